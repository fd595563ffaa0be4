// Render-less: moves the camera to a requested node (framing the nodes asked with it, such
// as an expansion's new neighbours), restores a camera from the URL, and reports camera
// moves (debounced) so the URL can follow.
import { useEffect, useRef } from 'react';
import type { CameraState } from 'sigma/types';
import { FRAME_MARGIN, FRAME_MIN_RATIO } from '../../consts.ts';
import { boxCentre, ratioToFit } from '../../core/camera/framing.ts';
import { initialCameraOf } from '../../core/explorer/derived.ts';
import { useExplorer } from '../explorer/explorerContext.ts';
import { useSigma, type ExplorerSigma } from './SigmaContext.ts';

/** The camera that shows every point (framed-graph coordinates) inside the viewport. */
function frameOf(sigma: ExplorerSigma, points: { x: number; y: number }[]): CameraState {
  const centre = boxCentre(points)!;
  const { angle } = sigma.getCamera().getState();
  const { width, height } = sigma.getDimensions();
  const probe: CameraState = { x: centre.x, y: centre.y, ratio: 1, angle };
  const offsets = points.map((point) => {
    const at = sigma.framedGraphToViewport(point, { cameraState: probe });
    return { dx: at.x - width / 2, dy: at.y - height / 2 };
  });
  return { ...probe, ratio: ratioToFit(offsets, width, height, FRAME_MARGIN, FRAME_MIN_RATIO) };
}

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
      const others = focus.framing.flatMap((node) => {
        const data = sigma.getNodeDisplayData(node);
        return data && !data.hidden ? [data] : [];
      });
      if (others.length === 0) {
        camera.animate({ x: framed.x, y: framed.y, ratio: Math.min(camera.getState().ratio, 0.6) }, { duration: 450 });
        return;
      }
      camera.animate(frameOf(sigma, [framed, ...others]), { duration: 450 });
    };
    go();
    return () => cancelAnimationFrame(frame);
  }, [sigma, focus]);

  return null;
}
