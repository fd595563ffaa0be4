// An edge program that draws nothing. Edges sigma should not draw at all (a big graph
// while it loads or lays out) are given this type instead of `hidden`: sigma still puts a
// hidden edge in its program and the GPU still processes its (empty) vertices, which with
// tens of thousands of edges and software WebGL costs as much as drawing them.
import { AbstractEdgeProgram } from 'sigma/rendering';
import type { EdgeAttributes, NodeAttributes } from '../../core/graph/explorerGraph.ts';

export const NO_EDGE_TYPE = 'none';

export class NoEdgeProgram extends AbstractEdgeProgram<NodeAttributes, EdgeAttributes> {
  drawLabel = undefined;

  reallocate(): void {}

  process(): void {}

  render(): void {}

  kill(): void {}
}
