// Render-less: mouse interaction on the graph. Hover highlights, click selects a node
// or an edge, double-click expands a node's neighbours, dragging moves (and pins) a node.
import { useEffect, useRef } from 'react';
import type { ExplorerGraph } from '../../core/graph/explorerGraph.ts';
import type { Selection } from '../../core/url/urlState.ts';
import { useSigma } from './SigmaContext.ts';

interface Props {
  graph: ExplorerGraph;
  onHover: (node: string | null) => void;
  onSelect: (selection: Selection | null) => void;
  onExpand: (node: string) => void;
  onDragStart: () => void;
}

export function InteractionController({ graph, onHover, onSelect, onExpand, onDragStart }: Props) {
  const sigma = useSigma();
  const handlers = useRef({ onHover, onSelect, onExpand, onDragStart });
  handlers.current = { onHover, onSelect, onExpand, onDragStart };

  useEffect(() => {
    if (!sigma) return undefined;
    let dragged: string | null = null;
    let moved = false;
    const container = sigma.getContainer();

    sigma.on('enterNode', ({ node }) => {
      container.style.cursor = 'pointer';
      handlers.current.onHover(node);
    });
    sigma.on('leaveNode', () => {
      container.style.cursor = '';
      handlers.current.onHover(null);
    });
    sigma.on('enterEdge', () => {
      container.style.cursor = 'pointer';
    });
    sigma.on('leaveEdge', () => {
      container.style.cursor = '';
    });
    sigma.on('clickNode', ({ node }) => {
      if (moved) return;
      handlers.current.onSelect({ kind: 'node', id: node });
    });
    sigma.on('clickEdge', ({ edge }) => handlers.current.onSelect({ kind: 'edge', id: edge }));
    sigma.on('clickStage', () => handlers.current.onSelect(null));
    sigma.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      handlers.current.onExpand(event.node);
    });

    sigma.on('downNode', ({ node }) => {
      dragged = node;
      moved = false;
      // Freeze the frame while dragging, or the whole picture rescales under the pointer.
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    });
    const captor = sigma.getMouseCaptor();
    const onMove = (event: {
      x: number;
      y: number;
      preventSigmaDefault: () => void;
      original: MouseEvent | TouchEvent;
    }) => {
      if (!dragged || !graph.hasNode(dragged)) return;
      if (!moved) handlers.current.onDragStart();
      moved = true;
      const position = sigma.viewportToGraph(event);
      graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y, fixed: true });
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    };
    const onUp = () => {
      dragged = null;
      // a click event follows mouseup; let it see whether this was a drag
      setTimeout(() => {
        moved = false;
      }, 0);
    };
    captor.on('mousemovebody', onMove);
    captor.on('mouseup', onUp);
    return () => {
      sigma.removeAllListeners('enterNode');
      sigma.removeAllListeners('leaveNode');
      sigma.removeAllListeners('enterEdge');
      sigma.removeAllListeners('leaveEdge');
      sigma.removeAllListeners('clickNode');
      sigma.removeAllListeners('clickEdge');
      sigma.removeAllListeners('clickStage');
      sigma.removeAllListeners('doubleClickNode');
      sigma.removeAllListeners('downNode');
      captor.off('mousemovebody', onMove);
      captor.off('mouseup', onUp);
    };
  }, [sigma, graph]);
  return null;
}
