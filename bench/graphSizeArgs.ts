// The command line the Node benches of the page's graph work share: `[nodes:edges] [--repeat n]`,
// 200,000 nodes and 600,000 edges and three runs unless told otherwise.

export interface GraphSizeArgs {
  nodes: number;
  edges: number;
  repeat: number;
}

export function graphSizeArgs(args: readonly string[]): GraphSizeArgs {
  const [nodes, edges] = (args.find((a) => a.includes(':')) ?? '200000:600000').split(':').map(Number) as [
    number,
    number,
  ];
  const repeatAt = args.indexOf('--repeat');
  return { nodes, edges, repeat: repeatAt >= 0 ? Number(args[repeatAt + 1]) : 3 };
}
