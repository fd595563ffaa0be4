// Render-less: moves the camera to a requested node, restores a camera from the URL,
// and reports camera moves (debounced) so the URL can follow.
import { useEffect, useRef } from 'react';
import { initialCameraOf } from '../../core/explorer/derived.ts';
import { useExplorer } from '../explorer/explorerContext.ts';
import { useSigma } from './SigmaContext.ts';

export function CameraController() {
  const { state, initialView, actions } = useExplorer();
  const { setCamera } = actions;
  const { focus } = state;
  /** A camera from the URL, applied once, when given (after the first layout has settled). */
  const initialCamera = initialCameraOf(initialView, state);
  const sigma = useSigma();
  const restored = useRef(false);

  useEffect(() => {
    if (!sigma || restored.current || !initialCamera) return;
    restored.current = true;
    sigma.getCamera().setState(initialCamera);
  }, [sigma, initialCamera]);

  useEffect(() => {
    if (!sigma) return undefined;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const camera = sigma.getCamera();
    const onUpdated = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = camera.getState();
        setCamera({ x, y, ratio });
      }, 400);
    };
    camera.on('updated', onUpdated);
    return () => {
      if (timer) clearTimeout(timer);
      camera.removeListener('updated', onUpdated);
    };
  }, [sigma, setCamera]);

  useEffect(() => {
    if (!sigma || !focus) return;
    // Display data exists once sigma has indexed the node; wait a frame when it was just added.
    let frame = 0;
    let tries = 0;
    const go = () => {
      if (!sigma.getNodeDisplayData(focus.node)) {
        if (tries++ < 30) frame = requestAnimationFrame(go);
        return;
      }
      // The camera works in sigma's normalized ("framed") space. Display data is in it only
      // once processed, with the normalization of the graph as it is now (it may have just
      // grown, or moved without a redraw yet): refresh, then read it.
      sigma.refresh();
      const framed = sigma.getNodeDisplayData(focus.node);
      if (!framed) return;
      const camera = sigma.getCamera();
      camera.animate({ x: framed.x, y: framed.y, ratio: Math.min(camera.getState().ratio, 0.6) }, { duration: 450 });
    };
    go();
    return () => cancelAnimationFrame(frame);
  }, [sigma, focus]);

  return null;
}
