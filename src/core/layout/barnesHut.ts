// One ForceAtlas2 iteration with Barnes–Hut repulsion, for big graphs, in the layout worker.
// Same forces and speed control as graphology-layout-forceatlas2's `iterate` (linear
// repulsion and attraction, strong or plain gravity, swing/traction speed per node; not
// linLog, not adjustSizes, not outbound distribution), on the same node and edge matrices,
// but its quadtree lives in typed arrays allocated once per run: graphology rebuilds its
// tree in a growing plain array at every iteration, which costs most of an iteration on
// 50,000 nodes. Nodes at the same spot share a leaf (a list), so the tree's depth is bounded.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { PPE, PPN } from './forceAtlas2Matrices.ts';

const X = 0;
const Y = 1;
const DX = 2;
const DY = 3;
const OLD_DX = 4;
const OLD_DY = 5;
const MASS = 6;
const CONVERGENCE = 7;
const FIXED = 9;

/** Below this depth a leaf holding a node splits when another arrives; deeper, they share it. */
const MAX_DEPTH = 24;

/** Settings this step honours; the others must be off (see the header). */
export type BarnesHutSettings = Pick<
  Required<ForceAtlas2Settings>,
  'scalingRatio' | 'gravity' | 'strongGravityMode' | 'slowDown' | 'edgeWeightInfluence' | 'barnesHutTheta'
>;

export class BarnesHutLayout {
  private readonly count: number;
  // Regions: centre, half width, mass and mass-weighted position sums; links for a walk
  // without a stack (first child, next region after this one's subtree); a leaf's nodes.
  private centerX: Float64Array;
  private centerY: Float64Array;
  private half: Float64Array;
  private mass: Float64Array;
  private massX: Float64Array;
  private massY: Float64Array;
  private firstChild: Int32Array;
  private next: Int32Array;
  private depth: Int32Array;
  /** First node (matrix offset / PPN) of a leaf, -1 when empty. */
  private leafHead: Int32Array;
  /** Next node in the same leaf, per node. */
  private readonly nodeNext: Int32Array;
  /** Nodes in leaf order (see leafOrder). */
  private readonly visit: Int32Array;
  /** Edge pull per edge: weight ** edgeWeightInfluence, computed once. */
  private readonly pull: Float64Array;
  private regions = 0;

  constructor(
    private readonly nodes: Float32Array,
    private readonly edges: Float32Array,
    private readonly settings: BarnesHutSettings,
  ) {
    this.count = nodes.length / PPN;
    // About 1.5 regions per node on spread-out layouts; nodes bunched together need more,
    // and the arrays grow (see grow).
    const capacity = Math.max(16, this.count * 2);
    this.centerX = new Float64Array(capacity);
    this.centerY = new Float64Array(capacity);
    this.half = new Float64Array(capacity);
    this.mass = new Float64Array(capacity);
    this.massX = new Float64Array(capacity);
    this.massY = new Float64Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.depth = new Int32Array(capacity);
    this.leafHead = new Int32Array(capacity);
    this.nodeNext = new Int32Array(this.count);
    this.visit = new Int32Array(this.count);
    const edgeCount = edges.length / PPE;
    this.pull = new Float64Array(edgeCount);
    for (let e = 0; e < edgeCount; e++) this.pull[e] = edges[e * PPE + 2]! ** settings.edgeWeightInfluence;
  }

  /** Regions in the tree built by the last iteration (for tests and profiling). */
  regionCount(): number {
    return this.regions;
  }

  /** One iteration: forces, then each node moves by its own speed. */
  iterate(): void {
    const nodes = this.nodes;
    for (let n = 0; n < nodes.length; n += PPN) {
      nodes[n + OLD_DX] = nodes[n + DX]!;
      nodes[n + OLD_DY] = nodes[n + DY]!;
      nodes[n + DX] = 0;
      nodes[n + DY] = 0;
    }
    this.buildTree();
    this.repulse();
    this.attract();
    this.move();
  }

  /** Forces only (no move), as the node matrix's dx/dy: for tests against an exact sum. */
  forces(): void {
    const nodes = this.nodes;
    for (let n = 0; n < nodes.length; n += PPN) {
      nodes[n + DX] = 0;
      nodes[n + DY] = 0;
    }
    this.buildTree();
    this.repulse();
    this.attract();
  }

  private region(cx: number, cy: number, half: number, depth: number): number {
    if (this.regions === this.half.length) this.grow();
    const r = this.regions++;
    this.centerX[r] = cx;
    this.centerY[r] = cy;
    this.half[r] = half;
    this.mass[r] = 0;
    this.massX[r] = 0;
    this.massY[r] = 0;
    this.firstChild[r] = -1;
    this.next[r] = -1;
    this.depth[r] = depth;
    this.leafHead[r] = -1;
    return r;
  }

  /** Child of internal region `r` whose quadrant holds (x, y). */
  private quadrant(r: number, x: number, y: number): number {
    return this.firstChild[r]! + (x < this.centerX[r]! ? 0 : 1) + (y < this.centerY[r]! ? 0 : 2);
  }

  private split(r: number): void {
    const half = this.half[r]! / 2;
    const cx = this.centerX[r]!;
    const cy = this.centerY[r]!;
    const depth = this.depth[r]! + 1;
    const first = this.region(cx - half, cy - half, half, depth);
    this.region(cx + half, cy - half, half, depth);
    this.region(cx - half, cy + half, half, depth);
    this.region(cx + half, cy + half, half, depth);
    for (let c = first; c < first + 3; c++) this.next[c] = c + 1;
    this.next[first + 3] = this.next[r]!;
    this.firstChild[r] = first;
  }

  private grow(): void {
    const capacity = this.half.length * 2;
    const wider = <T extends Float64Array | Int32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.centerX = wider(this.centerX, new Float64Array(capacity));
    this.centerY = wider(this.centerY, new Float64Array(capacity));
    this.half = wider(this.half, new Float64Array(capacity));
    this.mass = wider(this.mass, new Float64Array(capacity));
    this.massX = wider(this.massX, new Float64Array(capacity));
    this.massY = wider(this.massY, new Float64Array(capacity));
    this.firstChild = wider(this.firstChild, new Int32Array(capacity));
    this.next = wider(this.next, new Int32Array(capacity));
    this.depth = wider(this.depth, new Int32Array(capacity));
    this.leafHead = wider(this.leafHead, new Int32Array(capacity));
  }

  private addMass(r: number, m: number, x: number, y: number): void {
    this.mass[r]! += m;
    this.massX[r]! += m * x;
    this.massY[r]! += m * y;
  }

  private buildTree(): void {
    const nodes = this.nodes;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let n = 0; n < nodes.length; n += PPN) {
      const x = nodes[n + X]!;
      const y = nodes[n + Y]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    this.regions = 0;
    // A little wider than the extent, so that the largest coordinate falls inside.
    const half = Math.max(maxX - minX, maxY - minY, 1e-6) * 0.5001;
    this.region((minX + maxX) / 2, (minY + maxY) / 2, half, 0);
    for (let i = 0; i < this.count; i++) {
      const n = i * PPN;
      const x = nodes[n + X]!;
      const y = nodes[n + Y]!;
      const m = nodes[n + MASS]!;
      let r = 0;
      for (;;) {
        if (this.firstChild[r]! >= 0) {
          this.addMass(r, m, x, y);
          r = this.quadrant(r, x, y);
          continue;
        }
        const resident = this.leafHead[r]!;
        if (resident < 0 || this.depth[r]! >= MAX_DEPTH) {
          this.addMass(r, m, x, y);
          this.nodeNext[i] = resident;
          this.leafHead[r] = i;
          break;
        }
        // A leaf with one node: split it, move that node down, and go on from here.
        this.split(r);
        const p = resident * PPN;
        const q = this.quadrant(r, nodes[p + X]!, nodes[p + Y]!);
        this.leafHead[r] = -1;
        this.leafHead[q] = resident;
        this.nodeNext[resident] = -1;
        this.addMass(q, nodes[p + MASS]!, nodes[p + X]!, nodes[p + Y]!);
      }
    }
    for (let r = 0; r < this.regions; r++) {
      const m = this.mass[r]!;
      if (m > 0) {
        this.massX[r] = this.massX[r]! / m;
        this.massY[r] = this.massY[r]! / m;
      }
    }
  }

  /**
   * Nodes in the order of the tree's leaves: consecutive nodes are close in space and walk
   * nearly the same regions, which keeps those in the cache (twice as fast on 50,000 nodes).
   */
  private leafOrder(): Int32Array {
    const order = this.visit;
    let k = 0;
    let r = 0;
    while (r >= 0) {
      if (this.firstChild[r]! >= 0) {
        r = this.firstChild[r]!;
        continue;
      }
      for (let j = this.leafHead[r]!; j >= 0; j = this.nodeNext[j]!) order[k++] = j;
      r = this.next[r]!;
    }
    return order;
  }

  private repulse(): void {
    const nodes = this.nodes;
    const { scalingRatio, gravity, strongGravityMode } = this.settings;
    const theta2 = this.settings.barnesHutTheta ** 2;
    const { centerX, centerY, half, mass, massX, massY, firstChild, next, leafHead, nodeNext } = this;
    const order = this.leafOrder();
    for (let k = 0; k < this.count; k++) {
      const i = order[k]!;
      const n = i * PPN;
      const x = nodes[n + X]!;
      const y = nodes[n + Y]!;
      const m = nodes[n + MASS]! * scalingRatio;
      let fx = 0;
      let fy = 0;
      let r = 0;
      while (r >= 0) {
        const regionMass = mass[r]!;
        if (regionMass === 0) {
          r = next[r]!;
          continue;
        }
        const child = firstChild[r]!;
        if (child >= 0) {
          const dx = x - massX[r]!;
          const dy = y - massY[r]!;
          const distance2 = dx * dx + dy * dy;
          const h = half[r]!;
          // A region is one body when it is far enough, and never when it holds this node.
          if (4 * h * h < theta2 * distance2 && (Math.abs(x - centerX[r]!) > h || Math.abs(y - centerY[r]!) > h)) {
            const factor = (m * regionMass) / distance2;
            fx += dx * factor;
            fy += dy * factor;
            r = next[r]!;
          } else {
            r = child;
          }
          continue;
        }
        for (let j = leafHead[r]!; j >= 0; j = nodeNext[j]!) {
          if (j === i) continue;
          const o = j * PPN;
          const dx = x - nodes[o + X]!;
          const dy = y - nodes[o + Y]!;
          const distance2 = dx * dx + dy * dy;
          if (distance2 > 0) {
            const factor = (m * nodes[o + MASS]!) / distance2;
            fx += dx * factor;
            fy += dy * factor;
          }
        }
        r = next[r]!;
      }
      // Gravity, towards the origin.
      const distance = Math.sqrt(x * x + y * y);
      if (distance > 0) {
        const factor = strongGravityMode ? nodes[n + MASS]! * gravity : (nodes[n + MASS]! * gravity) / distance;
        fx -= x * factor;
        fy -= y * factor;
      }
      nodes[n + DX]! += fx;
      nodes[n + DY]! += fy;
    }
  }

  private attract(): void {
    const nodes = this.nodes;
    const edges = this.edges;
    const pull = this.pull;
    for (let e = 0, k = 0; e < edges.length; e += PPE, k++) {
      const s = edges[e]!;
      const t = edges[e + 1]!;
      const factor = -pull[k]!;
      if (factor === 0) continue;
      const dx = nodes[s + X]! - nodes[t + X]!;
      const dy = nodes[s + Y]! - nodes[t + Y]!;
      nodes[s + DX]! += dx * factor;
      nodes[s + DY]! += dy * factor;
      nodes[t + DX]! -= dx * factor;
      nodes[t + DY]! -= dy * factor;
    }
  }

  private move(): void {
    const nodes = this.nodes;
    const slowDown = this.settings.slowDown;
    for (let n = 0; n < nodes.length; n += PPN) {
      if (nodes[n + FIXED] === 1) continue;
      const dx = nodes[n + DX]!;
      const dy = nodes[n + DY]!;
      const oldDx = nodes[n + OLD_DX]!;
      const oldDy = nodes[n + OLD_DY]!;
      const swinging = nodes[n + MASS]! * Math.sqrt((oldDx - dx) ** 2 + (oldDy - dy) ** 2);
      const traction = Math.sqrt((oldDx + dx) ** 2 + (oldDy + dy) ** 2) / 2;
      const speed = (nodes[n + CONVERGENCE]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
      nodes[n + CONVERGENCE] = Math.min(1, Math.sqrt((speed * (dx * dx + dy * dy)) / (1 + Math.sqrt(swinging))));
      nodes[n + X] = nodes[n + X]! + dx * (speed / slowDown);
      nodes[n + Y] = nodes[n + Y]! + dy * (speed / slowDown);
    }
  }
}
