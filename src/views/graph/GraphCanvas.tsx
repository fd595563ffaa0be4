// Owns the sigma renderer of the explorer's graph, hands it to the render-less
// controllers below it, and shows the minimap. Sigma only reads the graph; nothing here
// mutates it.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ExplorerGraph } from '../../core/graph/explorerGraph.ts';
import { ExplorerRenderer } from './render/explorerRenderer.ts';
import { Minimap } from './Minimap.tsx';
import { SigmaContext, type ExplorerSigma } from './SigmaContext.ts';
import { explorerPrograms, webglRenderer } from './webglPrograms.ts';

interface Props {
  graph: ExplorerGraph;
  children?: ReactNode;
  onReady?: (sigma: ExplorerSigma | null) => void;
}

export function GraphCanvas({ graph, children, onReady }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [drawing, setDrawing] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!container.current) return undefined;
    let instance: ExplorerSigma;
    const programs = explorerPrograms(webglRenderer(), new URLSearchParams(window.location.search).get('drawing'));
    try {
      instance = new ExplorerRenderer(graph, container.current, {
        allowInvalidContainer: true,
        defaultEdgeType: 'arrow',
        nodeProgramClasses: programs.nodeProgramClasses,
        edgeProgramClasses: programs.edgeProgramClasses,
        renderEdgeLabels: true,
        enableEdgeEvents: true,
        zIndex: true,
        labelDensity: 0.8,
        labelGridCellSize: 80,
        labelRenderedSizeThreshold: 7,
        labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
        labelSize: 13,
        labelWeight: '500',
        edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
        edgeLabelSize: 11,
        edgeLabelColor: { color: '#394150' },
        minCameraRatio: 0.02,
        maxCameraRatio: 20,
        stagePadding: 40,
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    setSigma(instance);
    setDrawing(programs.drawing);
    onReady?.(instance);
    return () => {
      onReady?.(null);
      instance.kill();
      setSigma(null);
    };
    // The renderer lives as long as the graph; onReady is read once.
  }, [graph]);

  // The minimap sits beside the canvas, not in it: inside role="img" its button would be
  // invisible to assistive technology.
  return (
    <>
      <div
        className="graph-canvas"
        ref={container}
        aria-label="Graph of people, organizations and places"
        role="img"
        data-drawing={drawing}
      >
        {failure && (
          <div className="state-message state-error" role="alert">
            <h2>The graph cannot be drawn</h2>
            <p>This browser could not start WebGL ({failure}). The panels and search still work.</p>
          </div>
        )}
        <SigmaContext.Provider value={sigma}>{sigma && children}</SigmaContext.Provider>
      </div>
      {sigma && (
        <SigmaContext.Provider value={sigma}>
          <Minimap graph={graph} />
        </SigmaContext.Provider>
      )}
    </>
  );
}
