// Sigma's private members that the explorer's renderer (explorerRenderer.ts, its label layer,
// labelLayer.ts, and its sliced indexing, slicedIndexing.ts) touches: the
// one place that names them. Reaching into sigma is the price of the renderer's savings on
// big graphs; listing it here keeps an upgrade of sigma honest (see the canary test).
import type Graph from 'graphology';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../../core/graph/explorerGraph.ts';

/**
 * The parts of sigma's internals this renderer touches, and nothing else: every access to a
 * private member goes through this interface. SIGMA_PRIVATE_MEMBERS lists the same names;
 * the canary test (sigmaInternals.test.ts) fails when sigma no longer has one of them.
 */
/** The parts of a sigma program (node or edge) that sliced indexing (slicedIndexing.ts) uses. */
export interface SigmaProgram {
  array: Float32Array;
  capacity: number;
  verticesCount: number;
  /** A compound program's parts, each with a buffer of its own. */
  programs?: SigmaProgram[];
  reallocate(capacity: number): void;
  process(fingerprint: number, position: number, data: NodeDisplayData): void;
}

export interface SigmaInternals {
  graph: Graph<NodeAttributes, EdgeAttributes>;
  addNode(key: string): void;
  addEdge(key: string): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
  process(): unknown;
  needToProcess: boolean;
  edgeProgramIndex: Record<string, number>;
  edgeDataCache: Record<string, { zIndex: number; type: string }>;
  edgesWithForcedLabels: Set<string>;
  edgeZExtent: [number, number];
  getNodeAtPosition(position: { x: number; y: number }): string | null;
  renderEdgeLabels(): unknown;
  canvasContexts: Record<string, CanvasRenderingContext2D>;
  width: number;
  height: number;
  hoveredNode: string | null;
  registerEdgeProgram(
    type: string,
    program: Settings<NodeAttributes, EdgeAttributes>['edgeProgramClasses'][string],
  ): void;
  webGLContexts: Record<string, WebGLRenderingContext | WebGL2RenderingContext>;
  frameBuffers: Record<string, WebGLFramebuffer | undefined>;
  pickingLayers: Set<string>;
  textures: Record<string, WebGLTexture | undefined>;
  renderLabels(): unknown;
  nodeDataCache: Record<string, NodeDisplayData>;
  nodesWithForcedLabels: Set<string>;
  highlightedNodes: Set<string>;
  displayedNodeLabels: Set<string>;
  nodeZExtent: [number, number];
  nodeProgramIndex: Record<string, number>;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  nodePrograms: Record<string, SigmaProgram>;
  edgePrograms: Record<string, SigmaProgram>;
  nodeExtent: { x: [number, number]; y: [number, number] };
  customBBox: { x: [number, number]; y: [number, number] } | null;
  normalizationFunction: ((data: { x: number; y: number }) => { x: number; y: number }) & {
    applyTo(data: { x: number; y: number }): void;
    ratio: number;
  };
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }>;
}

/** Every private member of sigma's Sigma class the renderer reads, writes or replaces. */
export const SIGMA_PRIVATE_MEMBERS = [
  'graph',
  'addNode',
  'addEdge',
  'addEdgeToProgram',
  'process',
  'needToProcess',
  'edgeProgramIndex',
  'edgeDataCache',
  'edgesWithForcedLabels',
  'edgeZExtent',
  'getNodeAtPosition',
  'renderEdgeLabels',
  'canvasContexts',
  'width',
  'height',
  'hoveredNode',
  'registerEdgeProgram',
  'webGLContexts',
  'frameBuffers',
  'pickingLayers',
  'textures',
  'renderLabels',
  'nodeDataCache',
  'nodesWithForcedLabels',
  'highlightedNodes',
  'displayedNodeLabels',
  'nodeZExtent',
  'nodeProgramIndex',
  'addNodeToProgram',
  'nodePrograms',
  'edgePrograms',
  'nodeExtent',
  'customBBox',
  'normalizationFunction',
  'nodeIndices',
  'edgeIndices',
  'itemIDsIndex',
] as const satisfies readonly (keyof SigmaInternals)[];

/** Private methods of sigma that the renderer replaces on each instance. */
export const SIGMA_REPLACED_METHODS = [
  'getNodeAtPosition',
  'process',
  'renderEdgeLabels',
  'addEdgeToProgram',
  'addEdge',
  'renderLabels',
] as const satisfies readonly (typeof SIGMA_PRIVATE_MEMBERS)[number][];

// The list names every member of the interface (a member left out does not compile).
const LISTED: [Exclude<keyof SigmaInternals, (typeof SIGMA_PRIVATE_MEMBERS)[number]>] extends [never] ? true : never =
  true;
void LISTED;
