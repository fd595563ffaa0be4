// Render-less: mouse interaction on the graph. Hover highlights, click selects a node
// or an edge, double-click expands a node's neighbours, dragging moves (and pins) a node.
import { useEffect } from 'react';
import { useExplorer } from '../explorer/explorerContext.ts';
import { useSigma } from './SigmaContext.ts';

export function InteractionController() {
  const { graph, actions } = useExplorer();
  const sigma = useSigma();

  useEffect(() => {
    if (!sigma) return undefined;
    let dragged: string | null = null;
    let moved = false;
    const container = sigma.getContainer();

    sigma.on('enterNode', ({ node }) => {
      container.style.cursor = 'pointer';
      actions.hover(node);
    });
    sigma.on('leaveNode', () => {
      container.style.cursor = '';
      actions.hover(null);
    });
    sigma.on('enterEdge', () => {
      container.style.cursor = 'pointer';
    });
    sigma.on('leaveEdge', () => {
      container.style.cursor = '';
    });
    sigma.on('clickNode', ({ node }) => {
      if (moved) return;
      actions.selectOnCanvas({ kind: 'node', id: node });
    });
    sigma.on('clickEdge', ({ edge }) => actions.selectOnCanvas({ kind: 'edge', id: edge }));
    sigma.on('clickStage', () => actions.selectOnCanvas(null));
    sigma.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      void actions.expand(event.node);
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
      if (!moved) actions.stopLayout();
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
  }, [sigma, graph, actions]);
  return null;
}
