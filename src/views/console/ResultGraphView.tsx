// The console's "Graph" tab: the result's nodes and relationships drawn in a small sigma
// view of their own (the explorer's graph is left as it is; "Add to graph" and "Replace
// graph" send the entities there). A click on an entity selects it in the explorer.
// The layout runs here, on the main thread, only for small results (a few hundred nodes
// take milliseconds); a larger one keeps its circle.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { CypherResult } from '../../../contract/cypher.ts';
import { resultGraph, type ResultEdge, type ResultNode } from '../../core/console/resultGraph.ts';

/** Most nodes laid out by ForceAtlas2 here; a larger result stays on its circle. */
const LAYOUT_MAX_NODES = 400;
const LAYOUT_ITERATIONS = 120;

export function ResultGraphView({
  result,
  onSelectNode,
}: {
  result: CypherResult;
  onSelectNode: (entityId: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The panel passes a new callback on each render; the renderer is made once per result.
  const select = useRef(onSelectNode);
  useEffect(() => {
    select.current = onSelectNode;
  }, [onSelectNode]);
  const graph = useMemo(() => {
    const built = resultGraph(result);
    if (built.order > 1 && built.order <= LAYOUT_MAX_NODES) {
      forceAtlas2.assign(built, {
        iterations: LAYOUT_ITERATIONS,
        settings: { ...forceAtlas2.inferSettings(built), adjustSizes: true },
      });
    }
    return built;
  }, [result]);

  useEffect(() => {
    if (!container.current || graph.order === 0) return undefined;
    let sigma: Sigma<ResultNode, ResultEdge>;
    try {
      sigma = new Sigma<ResultNode, ResultEdge>(graph, container.current, {
        allowInvalidContainer: true,
        defaultEdgeType: 'arrow',
        renderEdgeLabels: true,
        labelRenderedSizeThreshold: 0,
        labelSize: 12,
        edgeLabelSize: 10,
        stagePadding: 24,
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    sigma.on('clickNode', ({ node }) => {
      const id = graph.getNodeAttribute(node, 'entityId');
      if (id !== null) select.current(id);
    });
    return () => sigma.kill();
  }, [graph]);

  if (graph.order === 0) {
    return <p className="muted console-graph-empty">The result holds no nodes or relationships to draw.</p>;
  }
  return (
    <div className="console-result-graph-wrap">
      <div
        className="console-result-graph"
        ref={container}
        role="img"
        aria-label={`Graph of the result: ${graph.order} nodes, ${graph.size} relationships`}
        data-nodes={graph.order}
        data-edges={graph.size}
      />
      {failure && <p className="error">The graph cannot be drawn here: {failure}</p>}
    </div>
  );
}
