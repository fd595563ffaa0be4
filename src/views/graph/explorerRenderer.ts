// The explorer's sigma renderer, with two changes that matter on big graphs:
// - settings changes are applied together, once, when the code that made them is done
//   (a microtask later, or at the next refresh), and a setting set to the value it already
//   has changes nothing: sigma re-runs the reducers over every node and edge on each
//   setSetting, and the page's effects set several at a time;
// - frames drawn for graph changes (a graph loading slice by slice, layout steps) are paced
//   by what the last frame cost (framePacing.ts): with software WebGL a frame of a big graph
//   costs seconds, and the page must still answer. Camera moves are drawn at once.
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, NodeAttributes } from '../../core/graph/explorerGraph.ts';
import { frameDelay } from './framePacing.ts';

type ExplorerSettings = Settings<NodeAttributes, EdgeAttributes>;

export class ExplorerRenderer extends Sigma<NodeAttributes, EdgeAttributes> {
  private lastCamera = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  private frameCost = 0;
  private frameEnd = 0;
  private pacedTimer: ReturnType<typeof setTimeout> | null = null;
  private costFrame = 0;
  // `declare`: sigma's constructor runs before field initializers would, and must not be undone.
  declare private pendingSettings: Partial<ExplorerSettings> | undefined;

  private readonly measureFrame = () => {
    const drawnAt = performance.now();
    // Compositing waits for WebGL to finish: the next animation frame shows the whole cost.
    cancelAnimationFrame(this.costFrame);
    this.costFrame = requestAnimationFrame(() => {
      this.frameEnd = performance.now();
      this.frameCost = this.frameEnd - drawnAt;
    });
  };

  constructor(...args: ConstructorParameters<typeof Sigma<NodeAttributes, EdgeAttributes>>) {
    super(...args);
    this.on('afterRender', this.measureFrame);
  }

  getSetting<K extends keyof ExplorerSettings>(key: K): ExplorerSettings[K] {
    const pending = this.pendingSettings;
    return pending && key in pending ? (pending[key] as ExplorerSettings[K]) : super.getSetting(key);
  }

  setSetting<K extends keyof ExplorerSettings>(key: K, value: ExplorerSettings[K]): this {
    return this.setSettings({ [key]: value } as Partial<ExplorerSettings>);
  }

  setSettings(settings: Partial<ExplorerSettings>): this {
    const keys = Object.keys(settings) as (keyof ExplorerSettings)[];
    if (!keys.some((key) => this.getSetting(key) !== settings[key])) return this;
    if (!this.pendingSettings) {
      this.pendingSettings = {};
      queueMicrotask(() => this.applySettings());
    }
    Object.assign(this.pendingSettings, settings);
    return this;
  }

  private applySettings(): void {
    const pending = this.pendingSettings;
    this.pendingSettings = undefined;
    if (pending) super.setSettings(pending);
  }

  refresh(options?: Parameters<Sigma<NodeAttributes, EdgeAttributes>['refresh']>[0]): this {
    this.applySettings();
    return super.refresh(options);
  }

  scheduleRender(): this {
    // Called from sigma's constructor too, before our fields exist.
    if (!this.lastCamera) return super.scheduleRender();
    const state = this.getCamera().getState();
    const seen = this.lastCamera;
    const moved = state.x !== seen.x || state.y !== seen.y || state.ratio !== seen.ratio || state.angle !== seen.angle;
    this.lastCamera = { ...state };
    const wait = frameDelay(performance.now(), this.frameEnd, this.frameCost, moved);
    if (wait === 0) {
      if (this.pacedTimer) clearTimeout(this.pacedTimer);
      this.pacedTimer = null;
      return super.scheduleRender();
    }
    this.pacedTimer ??= setTimeout(() => {
      this.pacedTimer = null;
      super.scheduleRender();
    }, wait);
    return this;
  }

  kill(): void {
    if (this.pacedTimer) clearTimeout(this.pacedTimer);
    this.pacedTimer = null;
    cancelAnimationFrame(this.costFrame);
    this.off('afterRender', this.measureFrame);
    super.kill();
  }
}
