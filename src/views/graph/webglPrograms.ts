// The WebGL programs the explorer draws nodes and edges with.
//
// Sigma's node and edge programs are instanced: one record per node or edge, and a few
// constant vertices the GPU repeats for each. On a GPU that is the cheap way. Software WebGL
// (SwiftShader, llvmpipe: a machine or virtual machine without a usable GPU, and headless
// Chromium) pays a fixed cost per instance instead: measured in Chromium's SwiftShader,
// 50,000 nodes took 1.2–1.5 s to draw and 75,000 straight edges as much again, a whole
// frame about 3 s. Drawn as plain triangles, each vertex carrying its record, the same
// shapes from the same shaders take a tenth of that.
//
// So, on software WebGL only, every program is rebuilt without instancing
// (`withoutInstancing`); with a GPU the explorer uses sigma's programs. The page parameter
// `drawing=plain` or `drawing=instanced` overrides the choice.
//
// Either way a program sends its buffer to WebGL only when it has changed (`withUploadCache`):
// sigma's programs copy their whole buffer at every frame they draw, 14 MB for 200,000 nodes
// drawn plain and ten times that for 600,000 edges, even when only the camera moved.
import {
  EdgeRectangleProgram,
  NodeCircleProgram,
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  getAttributesItemsCount,
  type EdgeProgramType,
  type NodeProgramType,
} from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { EdgeAttributes, NodeAttributes } from '../../core/graph/explorerGraph.ts';
import { NO_EDGE_TYPE, NoEdgeProgram } from './noEdgeProgram.ts';

/** Renderer names of WebGL implementations that run on the CPU. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** Whether a WebGL renderer name (UNMASKED_RENDERER_WEBGL, or RENDERER) is a software one. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

let probed: string | null | undefined;

/** This browser's WebGL renderer name, asked once from a throwaway context; null without WebGL. */
export function webglRenderer(): string | null {
  if (probed !== undefined) return probed;
  probed = null;
  const canvas = document.createElement('canvas');
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return probed;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  probed = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return probed;
}

interface AttributeSpec {
  name: string;
  size: number;
  type: number;
  normalized?: boolean;
}

interface Definition {
  VERTICES: number;
  ATTRIBUTES: AttributeSpec[];
  CONSTANT_ATTRIBUTES?: AttributeSpec[];
  CONSTANT_DATA?: number[][];
  [key: string]: unknown;
}

/** How one item of an instanced program is laid out once written per vertex. */
export interface Layout {
  vertices: number;
  /** Floats of the item's own record. */
  itemFloats: number;
  /** Floats of each vertex's constants, and all of them, vertex after vertex. */
  constantFloats: number;
  constants: Float32Array;
  /** Where the base program writes one record, and the same memory as words. */
  scratch: Float32Array;
  scratchWords: Uint32Array;
  /** The program's buffer as words, made again when sigma reallocates the buffer. */
  target: Float32Array | null;
  targetWords: Uint32Array;
}

/**
 * Writes one item for a non-instanced draw, from the record in `layout.scratch`: for each
 * vertex, the item's record (copied as
 * 32-bit words: colors and picking ids are bytes packed into floats, which a float copy
 * may not keep bit for bit) followed by that vertex's constants.
 */
export function writeVertices(target: Float32Array, start: number, layout: Layout): void {
  if (layout.target !== target) {
    layout.target = target;
    layout.targetWords = new Uint32Array(target.buffer, target.byteOffset, target.length);
  }
  const words = layout.targetWords;
  const recordWords = layout.scratchWords;
  const { vertices, itemFloats, constantFloats, constants } = layout;
  let at = start;
  for (let vertex = 0; vertex < vertices; vertex++) {
    for (let i = 0; i < itemFloats; i++) words[at++] = recordWords[i]!;
    for (let i = 0; i < constantFloats; i++) target[at++] = constants[vertex * constantFloats + i]!;
  }
}

/** What `withoutInstancing` needs of a sigma program class. */
interface InstancedProgram {
  array: Float32Array;
  getDefinition(): Definition;
  processVisibleItem(...args: unknown[]): void;
}

type ProgramClass = abstract new (...args: never[]) => object;

/**
 * The same program drawn without instancing: the constant attributes become ordinary
 * per-vertex attributes after the item's own, and each item is written once per vertex.
 * The shaders, uniforms and picking are the base program's.
 */
export function withoutInstancing<C extends ProgramClass>(Base: C): C {
  const layouts = new WeakMap<object, Layout>();
  const Instanced = Base as unknown as new (...args: unknown[]) => InstancedProgram;
  class Deinstanced extends Instanced {
    getDefinition(): Definition {
      const definition = super.getDefinition();
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA, ...rest } = definition;
      if (!CONSTANT_ATTRIBUTES || !CONSTANT_DATA) return definition;
      const itemFloats = getAttributesItemsCount(definition.ATTRIBUTES as never);
      const constantFloats = getAttributesItemsCount(CONSTANT_ATTRIBUTES as never);
      // Called from sigma's constructor, before this class's fields would exist.
      const scratch = new Float32Array(itemFloats);
      layouts.set(this, {
        vertices: definition.VERTICES,
        itemFloats,
        constantFloats,
        constants: Float32Array.from(CONSTANT_DATA.flat()),
        scratch,
        scratchWords: new Uint32Array(scratch.buffer),
        target: null,
        targetWords: new Uint32Array(0),
      });
      return { ...rest, ATTRIBUTES: [...definition.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    processVisibleItem(...args: unknown[]): void {
      const layout = layouts.get(this);
      if (!layout) return super.processVisibleItem(...args);
      const start = args[1] as number;
      const target = this.array;
      this.array = layout.scratch;
      try {
        super.processVisibleItem(args[0], 0, ...args.slice(2));
      } finally {
        this.array = target;
      }
      writeVertices(target, start, layout);
    }
  }
  Object.defineProperty(Deinstanced, 'name', { value: `${Base.name || 'Program'}WithoutInstancing` });
  return Deinstanced as unknown as C;
}

/** What `withUploadCache` needs of a sigma program (bindProgram is protected in sigma's types). */
interface UploadingProgram {
  array: Float32Array;
  process(...args: unknown[]): void;
  reallocate(capacity: number): void;
  bindProgram(info: { gl: WebGLRenderingContext | WebGL2RenderingContext }): void;
}

/** What each program info (a program's normal or picking WebGL program) was last sent. */
const sentBuffers = new WeakMap<object, { array: Float32Array; writes: number }>();

/** Stands in for bufferData while a program binds a buffer WebGL already holds. */
const keepBuffer = () => {};

/**
 * The same program, sending its buffer to WebGL only when it was written (process, reallocate)
 * or replaced since it was last sent for that WebGL program: a frame that only moves the
 * camera binds the buffers WebGL already holds. The count of writes is per program object,
 * so sigma's hover programs, rewritten at each frame, still send theirs.
 */
export function withUploadCache<C extends ProgramClass>(Base: C): C {
  const Uploading = Base as unknown as new (...args: unknown[]) => UploadingProgram;
  class UploadCached extends Uploading {
    private writes = 0;

    process(...args: unknown[]): void {
      this.writes++;
      super.process(...args);
    }

    reallocate(capacity: number): void {
      this.writes++;
      super.reallocate(capacity);
    }

    bindProgram(info: { gl: WebGLRenderingContext | WebGL2RenderingContext }): void {
      const sent = sentBuffers.get(info);
      if (!sent || sent.array !== this.array || sent.writes !== this.writes) {
        super.bindProgram(info);
        sentBuffers.set(info, { array: this.array, writes: this.writes });
        return;
      }
      // Everything else of the binding (attribute pointers, divisors) is done as usual.
      const gl = info.gl as unknown as { bufferData: unknown };
      gl.bufferData = keepBuffer;
      try {
        super.bindProgram(info);
      } finally {
        delete gl.bufferData;
      }
    }
  }
  Object.defineProperty(UploadCached, 'name', { value: Base.name || 'Program' });
  return UploadCached as unknown as C;
}

export interface ExplorerPrograms {
  /** 'instanced' (sigma's programs) or 'plain' (the same, without instancing). */
  drawing: 'instanced' | 'plain';
  nodeProgramClasses: Record<string, NodeProgramType<NodeAttributes, EdgeAttributes>>;
  edgeProgramClasses: Record<string, EdgeProgramType<NodeAttributes, EdgeAttributes>>;
}

// The curve programs are typed for any attributes; ours are a subset of those.
type NodePrograms = ExplorerPrograms['nodeProgramClasses'];
type EdgePrograms = ExplorerPrograms['edgeProgramClasses'];

let instanced: ExplorerPrograms | undefined;

function instancedPrograms(): ExplorerPrograms {
  instanced ??= {
    drawing: 'instanced',
    nodeProgramClasses: { circle: withUploadCache(NodeCircleProgram) } as unknown as NodePrograms,
    edgeProgramClasses: {
      // sigma's EdgeArrowProgram is this compound, with default options
      arrow: createEdgeCompoundProgram([
        withUploadCache(createEdgeClampedProgram()),
        withUploadCache(createEdgeArrowHeadProgram()),
      ]),
      line: withUploadCache(EdgeRectangleProgram),
      curved: withUploadCache(EdgeCurveProgram),
      curvedArrow: withUploadCache(EdgeCurvedArrowProgram),
      [NO_EDGE_TYPE]: NoEdgeProgram,
    } as unknown as EdgePrograms,
  };
  return instanced;
}

let plain: ExplorerPrograms | undefined;

function plainPrograms(): ExplorerPrograms {
  plain ??= {
    drawing: 'plain',
    nodeProgramClasses: { circle: withUploadCache(withoutInstancing(NodeCircleProgram)) } as unknown as NodePrograms,
    edgeProgramClasses: {
      arrow: createEdgeCompoundProgram([
        withUploadCache(withoutInstancing(createEdgeClampedProgram())),
        withUploadCache(withoutInstancing(createEdgeArrowHeadProgram())),
      ]),
      line: withUploadCache(withoutInstancing(EdgeRectangleProgram)),
      curved: withUploadCache(withoutInstancing(EdgeCurveProgram)),
      curvedArrow: withUploadCache(withoutInstancing(EdgeCurvedArrowProgram)),
      [NO_EDGE_TYPE]: NoEdgeProgram,
    } as unknown as EdgePrograms,
  };
  return plain;
}

/**
 * The programs for a WebGL renderer of this name: plain ones for software WebGL, sigma's
 * otherwise; `requested` ('plain' or 'instanced', from the page's `drawing` parameter)
 * overrides that, for a renderer taken for what it is not or a driver that draws wrongly.
 */
export function explorerPrograms(renderer: string | null, requested: string | null = null): ExplorerPrograms {
  if (requested === 'plain') return plainPrograms();
  if (requested === 'instanced') return instancedPrograms();
  return renderer !== null && isSoftwareRenderer(renderer) ? plainPrograms() : instancedPrograms();
}
