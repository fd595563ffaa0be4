// Constants of the explorer: colors, caps, layout budgets.
import { EDGE_KINDS, type EdgeKind } from '../contract/api.ts';
import { ENTITY_TYPES, type EntityType, type SpeechAct, type StatementKind } from '../contract/graph.ts';

export const API_BASE = '/api';

export const ENTITY_TYPE_LIST: readonly EntityType[] = ENTITY_TYPES;
export const EDGE_KIND_LIST: readonly EdgeKind[] = EDGE_KINDS;

/** Colour-blind-friendly palette (Okabe–Ito based), one colour per entity type. */
export const TYPE_COLORS: Record<EntityType, string> = {
  Person: '#0072B2',
  Organization: '#E69F00',
  Place: '#009E73',
  Event: '#CC79A7',
  Work: '#8C6D1F',
  Other: '#7A7F87',
};

export const TYPE_LABELS: Record<EntityType, string> = {
  Person: 'People',
  Organization: 'Organizations',
  Place: 'Places',
  Event: 'Events',
  Work: 'Works',
  Other: 'Other',
};

export const EDGE_COLORS: Record<EdgeKind, string> = {
  spoke_about: '#C0392B',
  relation: '#4A5A7A',
  comention: '#CDD3DC',
};

export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  spoke_about: 'Spoke about',
  relation: 'Relations (roles, interactions)',
  comention: 'Mentioned together',
};

/**
 * Colours of the largest communities, largest first (Tableau 10, distinct from one another
 * and from the dimmed grey); the smaller communities share COMMUNITY_REST_COLOR.
 */
export const COMMUNITY_COLORS: readonly string[] = [
  '#4E79A7',
  '#F28E2B',
  '#E15759',
  '#76B7B2',
  '#59A14F',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
  '#9C755F',
  '#2F4B7C',
];
export const COMMUNITY_REST_COLOR = '#A9AEB6';

export const DIM_NODE_COLOR = '#E4E7EC';
export const DIM_EDGE_COLOR = '#EEF0F3';
export const SELECTED_EDGE_COLOR = '#111827';

/** Node sizes in screen pixels at ratio 1. */
export const NODE_SIZE_MIN = 3;
export const NODE_SIZE_MAX = 20;

/** Nodes requested for the first view. */
export const OVERVIEW_LIMIT = 2000;
/** Neighbours added by one double-click; "show more" adds this many again. */
export const EXPAND_CAP = 25;

/** Pixels kept between the viewport's edges and the nodes the camera frames after an expansion. */
export const FRAME_MARGIN = 48;
/** Framing a tight cluster zooms in no further than this camera ratio. */
export const FRAME_MIN_RATIO = 0.25;

/** Up to this many entities shown every one may be labelled, however small (labels still never overlap: labelPlacement.ts). */
export const SMALL_GRAPH = 150;

/** Above these sizes edges and labels are drawn only while the camera rests. */
export const LARGE_GRAPH_NODES = 2000;
export const LARGE_GRAPH_EDGES = 5000;

/** Payloads larger than this (nodes + edges) are added to the graph in slices, yielding to the page between them. */
export const PROGRESSIVE_THRESHOLD = 5000;
/**
 * An overview expected to hold this many nodes or more is fetched and parsed in a worker
 * (src/api/overviewLoader.ts): parsing it on the page's thread would be one task of seconds.
 */
export const WORKER_OVERVIEW_MIN_NODES = 5000;
/** Main-thread time (ms) one slice of a big load may take. */
export const LOAD_SLICE_MS = 12;
/**
 * Name of the performance measure recorded around each load of the graph, from the request
 * for the overview to its last node and edge added: bench/browser.ts reads it from its trace
 * to tell the main thread's work in it (receiving, building) and garbage collection apart.
 */
export const GRAPH_BUILD_MEASURE = 'newsgraph:graph-build';
/**
 * From this many nodes on, the renderer re-indexes the graph (a full refresh, and positions
 * after a layout step) in slices between frames (views/graph/render/slicedIndexing.ts).
 */
export const SLICED_INDEXING_MIN_NODES = 10_000;

/**
 * Above this many edges sigma's edge events are off (hovering and clicking an edge): they
 * draw every edge a second time, into a picking buffer, at each frame. Nodes still answer.
 */
export const EDGE_EVENTS_MAX_EDGES = 50_000;
/** Above this many edges, edges are drawn without arrowheads (cheaper programs). */
export const PLAIN_EDGES_MIN_EDGES = 50_000;

/** ForceAtlas2 runs at most this long (ms); it stops earlier once nodes barely move. */
export const LAYOUT_MIN_MS = 1500;
export const LAYOUT_MAX_MS = 12000;
/**
 * ...but not before this many iterations, whatever the time: on a big graph on a slow
 * machine the budget may end after a handful, leaving the initial circle. The worker keeps
 * iterating off the page; the page stays usable meanwhile.
 */
export const LAYOUT_MIN_ITERATIONS = 50;
/**
 * From this many nodes on, ForceAtlas2 uses the explorer's own Barnes–Hut step (approximation
 * threshold LARGE_LAYOUT_THETA, Gephi's default) and, when it lays out the whole graph, starts
 * from a coarse-to-fine placement; the fine graph then needs far fewer iterations, so its
 * minimum is LAYOUT_MIN_ITERATIONS_COARSE.
 */
export const LARGE_LAYOUT_NODES = 10_000;
export const LARGE_LAYOUT_THETA = 1.2;
export const LAYOUT_MIN_ITERATIONS_COARSE = 20;
/** Mean displacement per check, relative to the graph extent, under which the layout has settled. */
export const LAYOUT_SETTLED_RATIO = 0.002;
export const LAYOUT_CHECK_MS = 400;
/** noverlap stops after this long even if some nodes still overlap. */
export const NOVERLAP_MAX_MS = 2500;

/** Most statements listed at once in a panel before "show more". */
export const STATEMENT_PAGE = 50;

/** Most statements drawn as nodes at once; links beyond stay aggregated. */
export const STATEMENT_NODE_CAP = 150;
export const STATEMENT_NODE_COLOR = '#E07B6F';
export const STATEMENT_NODE_SIZE = 2.5;
/** Characters of the quote a statement node is labelled with. */
export const STATEMENT_LABEL_CHARS = 36;

/** The outlet of articles without one (read from files without a URL), as the API names it. */
export { NO_OUTLET } from '../contract/outlet.ts';

/** Statement kinds as the page names them; the keys are every kind there is (the type checks it). */
export const STATEMENT_KIND_LABELS: Record<StatementKind, string> = {
  direct: 'direct quote',
  partial: 'partial quote',
  indirect: 'reported speech',
};

/** Speech acts as the page names them; the keys are every act there is (the type checks it). */
export const SPEECH_ACT_LABELS: Record<SpeechAct, string> = {
  claim: 'claim',
  denial: 'denial',
  accusation: 'accusation',
  criticism: 'criticism',
  praise: 'praise',
  promise: 'promise',
  warning: 'warning',
  request: 'request',
  announcement: 'announcement',
  other: 'other',
};
