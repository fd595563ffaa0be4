// The edges between entities that a neighbourhood walks and draws, kept in this process so a
// graph view asks the engine for none of them: every typed relation (by source and by
// target) and every statement with its speaker and targets (by speaker and by target). At
// 10k articles a cold 2-hop neighbourhood read ~3,600 relation rows and ~1,100 statement rows
// from the engine, which spent most of its time projecting them. Filled from the store once
// (graph/all-relations, graph/all-spoke-about), then kept across writes: each committed
// batch adds the relations and statements it created (writeBatch sends the same rows). Like
// the entity index (entityIndex.ts, whose mention counts the neighbour rows carry), it belongs
// to one write generation of the store's ReadCache (generationKept.ts), moves to the next with each batch it
// applies, and empties itself when the generation moved without it (any other write, a
// rollback, a reset, a close) or when a batch refers to an entity it does not write (the
// index cannot tell whether the store holds it). It answers graph/relation-edges,
// graph/relation-neighbors, graph/spoke-about-edges and graph/statement-neighbors with the
// rows those queries would, in another order (their readers aggregate and sort), and chooses
// an entity's latest relations and its statements (by it, about it: graph/all-statement-speakers
// and -targets, loaded apart) in the order of entity/relations and the anchored statement lists, so the
// engine reads only those. The same edges are kept over entity numbers too (Numbered), for
// what a neighbourhood repeats over hundreds of entities: its strong neighbours, and the
// relations and statements among its nodes, counted and chosen in typed arrays;
// adjacencyIndex.test.ts, differential.test.ts and entityDetails.test.ts compare them.

import { NumberedMentions, type EntityIndex } from './entityIndex.ts';
import type { Params, Row } from './store.ts';
import type { Run } from './reads/decode.ts';
import { RELATION_TYPES } from '../contract/graph.ts';
import { compareText, str, strList } from './reads/decode.ts';
import { GenerationKept } from './generationKept.ts';
import type { WriteBatch } from './writes/plan.ts';

/** A row of graph/relation-edges (and of graph/all-relations). */
interface RelationRow extends Row {
  source: string;
  target: string;
  type: string;
  id: unknown;
  date: unknown;
}

/** A row of graph/spoke-about-edges (and of graph/all-spoke-about): one (statement, target). */
interface SpokeRow extends Row {
  source: string;
  target: string;
  id: string;
  date: unknown;
}

/** What orders a statement in statements/list-by-speaker and statements/list-about. */
interface StatementKey {
  id: string;
  date: unknown;
  articleId: unknown;
  start: unknown;
}

/** Every statement in an article, by its speaker and by each of its targets. */
interface StatementLinks {
  bySpeaker: Map<string, StatementKey[]>;
  byTarget: Map<string, StatementKey[]>;
}

interface Adjacency {
  relationsOut: Map<string, RelationRow[]>;
  relationsIn: Map<string, RelationRow[]>;
  /** type, id, source and target of every relation: write/relations MERGEs on them. */
  relationKeys: Set<string>;
  spokeOut: Map<string, SpokeRow[]>;
  spokeIn: Map<string, SpokeRow[]>;
  numbered: Numbered;
}

/**
 * The same edges over entity numbers, for the reads a neighbourhood repeats over hundreds of
 * entities with thousands of edges (hubs): counting in typed arrays indexed by numbers, not in
 * maps keyed by id strings.
 */
interface Numbered {
  number: Map<string, number>;
  ids: string[];
  /** Per entity: the other end of each of its relations of RELATION_TYPES (not itself), repeated per relation. */
  related: number[][];
  /**
   * Per entity: [neighbour, link, neighbour, link …] for each statement linking it to a
   * neighbour (speaker to target, target to speaker, not itself), `link` numbering the
   * (neighbour, statement) pair, so a statement reached from two centers counts once.
   */
  spoke: number[][];
  links: Map<string, number>;
  /** Per entity: relationsOut's list, and the number of each relation's target in it. */
  outRows: RelationRow[][];
  outTargets: number[][];
  /** Per entity: spokeOut's list, and the number of each (statement, target) row's target in it. */
  spokeRows: SpokeRow[][];
  spokeTargets: number[][];
}

function emptyNumbered(): Numbered {
  return {
    number: new Map(),
    ids: [],
    related: [],
    spoke: [],
    links: new Map(),
    outRows: [],
    outTargets: [],
    spokeRows: [],
    spokeTargets: [],
  };
}

function entityNumber(numbered: Numbered, id: string): number {
  let number = numbered.number.get(id);
  if (number === undefined) {
    number = numbered.ids.length;
    numbered.number.set(id, number);
    numbered.ids.push(id);
    numbered.related.push([]);
    numbered.spoke.push([]);
    numbered.outRows.push([]);
    numbered.outTargets.push([]);
    numbered.spokeRows.push([]);
    numbered.spokeTargets.push([]);
  }
  return number;
}

function linkNumber(numbered: Numbered, entity: number, statementId: string): number {
  const key = `${entity}\u0000${statementId}`;
  let link = numbered.links.get(key);
  if (link === undefined) {
    link = numbered.links.size;
    numbered.links.set(key, link);
  }
  return link;
}

const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function relationKey(row: RelationRow): string {
  return JSON.stringify([row.type, row.id, row.source, row.target]);
}

function addRelation(adjacency: Adjacency, row: RelationRow): void {
  adjacency.relationKeys.add(relationKey(row));
  push(adjacency.relationsOut, row.source, row);
  push(adjacency.relationsIn, row.target, row);
  const numbered = adjacency.numbered;
  const source = entityNumber(numbered, row.source);
  const target = entityNumber(numbered, row.target);
  numbered.outRows[source]!.push(row);
  numbered.outTargets[source]!.push(target);
  if (source !== target && RELATION_TYPE_SET.has(row.type)) {
    numbered.related[source]!.push(target);
    numbered.related[target]!.push(source);
  }
}

function addSpoke(adjacency: Adjacency, row: SpokeRow): void {
  push(adjacency.spokeOut, row.source, row);
  push(adjacency.spokeIn, row.target, row);
  const numbered = adjacency.numbered;
  const source = entityNumber(numbered, row.source);
  const target = entityNumber(numbered, row.target);
  numbered.spokeRows[source]!.push(row);
  numbered.spokeTargets[source]!.push(target);
  if (source !== target) {
    numbered.spoke[source]!.push(target, linkNumber(numbered, target, row.id));
    numbered.spoke[target]!.push(source, linkNumber(numbered, source, row.id));
  }
}

export class AdjacencyIndex extends GenerationKept {
  private adjacency: Adjacency | null = null;
  /** Scratch of the numbered reads, reused: a count per entity, a mark per entity and per link. */
  private weights = new Int32Array(0);
  private marks = new Int32Array(0);
  private linkMarks = new Int32Array(0);
  private mark = 0;
  private readonly numberedMentions = new NumberedMentions();
  private loading: Promise<Adjacency> | null = null;
  private links: StatementLinks | null = null;
  private linksLoading: Promise<StatementLinks> | null = null;

  /** `currentGeneration` reads the store's write generation; `entities` gives the mention counts. */
  constructor(
    currentGeneration: () => number,
    private readonly entities: EntityIndex,
  ) {
    super(currentGeneration);
  }

  protected drop(): void {
    this.adjacency = null;
    this.loading = null;
    this.links = null;
    this.linksLoading = null;
  }

  /**
   * A committed batch, applied as the store applied it: `generation` is the one its
   * transaction ended in. Anything missed since the index was filled empties it instead.
   */
  apply(batch: WriteBatch, generation: number): void {
    if (!this.follow(generation)) return;
    if (this.links !== null && !this.applyLinks(this.links, batch)) return this.clear(generation);
    const adjacency = this.adjacency;
    if (adjacency === null) return;
    // Every entity the batch links is one it writes (planBatches), so it is in the store
    // once the batch is; a link to any other entity may or may not have been made.
    const written = new Set(batch.entities.map((entity) => entity.id));
    const relations: RelationRow[] = [];
    for (const [type, rows] of batch.relations)
      for (const row of rows) {
        const relation: RelationRow = {
          source: str(row.source),
          target: str(row.target),
          type,
          id: row.id ?? null,
          date: row.date ?? null,
        };
        if (!written.has(relation.source) || !written.has(relation.target)) return this.clear(generation);
        relations.push(relation);
      }
    const dates = new Map(batch.statements.map((statement) => [str(statement.id), statement.date ?? null]));
    const targetsOf = new Map<string, string[]>();
    for (const row of batch.about) {
      const statementId = str(row.statementId);
      const target = str(row.entityId);
      if (!dates.has(statementId) || !written.has(target)) return this.clear(generation);
      push(targetsOf, statementId, target);
    }
    const spoke: SpokeRow[] = [];
    for (const row of batch.said) {
      const statementId = str(row.statementId);
      const source = str(row.speakerId);
      if (!dates.has(statementId) || !written.has(source)) return this.clear(generation);
      for (const target of targetsOf.get(statementId) ?? [])
        spoke.push({ source, target, id: statementId, date: dates.get(statementId) });
    }
    // write/relations MERGEs: a relation already stored with the same type, id and ends is kept as it was.
    for (const relation of relations)
      if (!adjacency.relationKeys.has(relationKey(relation))) addRelation(adjacency, relation);
    for (const row of spoke) addSpoke(adjacency, row);
  }

  /**
   * Adds the batch's statements to the kept links (write/statements creates each in its
   * article, write/said and write/about link it). False when a link names an entity the
   * batch does not write, which the store may or may not hold.
   */
  private applyLinks(links: StatementLinks, batch: WriteBatch): boolean {
    const written = new Set(batch.entities.map((entity) => entity.id));
    const keys = new Map<string, StatementKey>();
    for (const statement of batch.statements) {
      const id = str(statement.id);
      keys.set(id, {
        id,
        date: statement.date ?? null,
        articleId: statement.articleId ?? null,
        start: statement.start ?? null,
      });
    }
    const linked: [Map<string, StatementKey[]>, string, StatementKey][] = [];
    for (const [map, rows, field] of [
      [links.bySpeaker, batch.said, 'speakerId'],
      [links.byTarget, batch.about, 'entityId'],
    ] as const)
      for (const row of rows) {
        const key = keys.get(str(row.statementId));
        const entityId = str(row[field]);
        if (!key || !written.has(entityId)) return false;
        linked.push([map, entityId, key]);
      }
    for (const [map, entityId, key] of linked) push(map, entityId, key);
    return true;
  }

  /** The statement links, read once per write generation they are kept for (graph/all-statement-speakers, -targets). */
  private loadLinks(run: Run): Promise<StatementLinks> {
    this.fresh();
    if (this.links) return Promise.resolve(this.links);
    if (this.linksLoading) return this.linksLoading;
    const generation = this.generation;
    const loading = Promise.all([run('graph/all-statement-speakers', {}), run('graph/all-statement-targets', {})]).then(
      ([speakerRows, targetRows]) => {
        const links: StatementLinks = { bySpeaker: new Map(), byTarget: new Map() };
        for (const [map, rows] of [
          [links.bySpeaker, speakerRows],
          [links.byTarget, targetRows],
        ] as const)
          for (const row of rows)
            push(map, str(row.entity), { id: str(row.id), date: row.date, articleId: row.articleId, start: row.start });
        // Read across a write: answer it, keep nothing.
        if (this.generation !== generation || !this.fresh()) return links;
        if (this.linksLoading === loading) {
          this.links = links;
          this.linksLoading = null;
        }
        return links;
      },
    );
    this.linksLoading = loading;
    return loading;
  }

  /**
   * The ids of the statements of one speaker (`by`) or about one entity, in the order of
   * statements/list-by-speaker and statements/list-about (date descending, then article, start
   * and id), with how many there are (their count queries). Null when the kept links cannot
   * order them: a statement with no date, a non-string article or id, or a non-number start.
   */
  async statementsOf(
    run: Run,
    side: 'speaker' | 'about',
    id: string,
    skip: number,
    limit: number,
  ): Promise<{ ids: string[]; total: number } | null> {
    const links = await this.loadLinks(run);
    const keys = [...new Set((side === 'speaker' ? links.bySpeaker : links.byTarget).get(id) ?? [])];
    const ordered: { id: string; date: string; articleId: string; start: number }[] = [];
    for (const key of keys) {
      if (typeof key.date !== 'string' || typeof key.articleId !== 'string' || typeof key.start !== 'number')
        return null;
      ordered.push({ id: key.id, date: key.date, articleId: key.articleId, start: key.start });
    }
    ordered.sort(
      (a, b) =>
        compareText(b.date, a.date) ||
        compareText(a.articleId, b.articleId) ||
        a.start - b.start ||
        compareText(a.id, b.id),
    );
    const from = Math.max(0, skip);
    return { ids: ordered.slice(from, from + Math.max(0, limit)).map((key) => key.id), total: ordered.length };
  }

  /** Loads the kept edges and statement links, each once, and their entities' mention counts: what the first reads would. */
  async warm(run: Run): Promise<void> {
    const [adjacency, ranks] = await Promise.all([
      this.load(run),
      this.entities.mentionCounts(run),
      this.loadLinks(run),
    ]);
    if (adjacency === this.adjacency) this.numberedMentions.fill(ranks, adjacency.numbered, adjacency.numbered.ids);
  }

  private load(run: Run): Promise<Adjacency> {
    this.fresh();
    if (this.adjacency) return Promise.resolve(this.adjacency);
    if (this.loading) return this.loading;
    const generation = this.generation;
    const loading = Promise.all([run('graph/all-relations', {}), run('graph/all-spoke-about', {})]).then(
      ([relationRows, spokeRows]) => {
        const adjacency: Adjacency = {
          relationsOut: new Map(),
          relationsIn: new Map(),
          relationKeys: new Set(),
          spokeOut: new Map(),
          spokeIn: new Map(),
          numbered: emptyNumbered(),
        };
        for (const row of relationRows)
          addRelation(adjacency, {
            source: str(row.source),
            target: str(row.target),
            type: str(row.type),
            id: row.id,
            date: row.date,
          });
        for (const row of spokeRows)
          addSpoke(adjacency, { source: str(row.source), target: str(row.target), id: str(row.id), date: row.date });
        // Read across a write: answer it, keep nothing.
        if (this.generation !== generation || !this.fresh()) return adjacency;
        if (this.loading === loading) {
          this.adjacency = adjacency;
          this.loading = null;
        }
        return adjacency;
      },
    );
    this.loading = loading;
    return loading;
  }

  /** graph/relation-edges' rows: every relation out of each of `ids`. */
  async relationEdges(run: Run, params: Params): Promise<Row[]> {
    const adjacency = await this.load(run);
    return strList(params.ids).flatMap((id) => adjacency.relationsOut.get(id) ?? []);
  }

  /** graph/relation-edges' rows of `ids` whose target is one of `ids` too: the relations among them. */
  async relationEdgesAmong(run: Run, ids: string[]): Promise<Row[]> {
    const adjacency = await this.load(run);
    return this.rowsAmong(adjacency.numbered, ids, adjacency.numbered.outRows, adjacency.numbered.outTargets);
  }

  /** graph/spoke-about-edges' rows: every (statement, target) of each speaker of `ids`. */
  async spokeAboutEdges(run: Run, params: Params): Promise<Row[]> {
    const adjacency = await this.load(run);
    return strList(params.ids).flatMap((id) => adjacency.spokeOut.get(id) ?? []);
  }

  /** graph/spoke-about-edges' rows of `ids` whose target is one of `ids` too: the statements among them. */
  async spokeAboutEdgesAmong(run: Run, ids: string[]): Promise<Row[]> {
    const adjacency = await this.load(run);
    return this.rowsAmong(adjacency.numbered, ids, adjacency.numbered.spokeRows, adjacency.numbered.spokeTargets);
  }

  /** A new mark, and the per-entity scratch grown to every numbered entity. */
  private nextMark(numbered: Numbered): number {
    const entities = numbered.ids.length;
    if (this.marks.length < entities) {
      this.marks = new Int32Array(Math.max(entities, this.marks.length * 2));
      this.weights = new Int32Array(this.marks.length);
    }
    if (this.linkMarks.length < numbered.links.size)
      this.linkMarks = new Int32Array(Math.max(numbered.links.size, this.linkMarks.length * 2));
    // Marks are Int32: before they would wrap, every mark is cleared and counting starts again.
    if (this.mark === 0x7fffffff) {
      this.marks.fill(0);
      this.linkMarks.fill(0);
      this.mark = 0;
    }
    return ++this.mark;
  }

  /** The rows out of each of `ids` (each id as often as given) whose target is one of `ids`. */
  private rowsAmong<T extends Row>(numbered: Numbered, ids: string[], rowsOf: T[][], targetsOf: number[][]): T[] {
    const mark = this.nextMark(numbered);
    const marks = this.marks;
    const numbers: number[] = [];
    for (const id of ids) {
      const number = numbered.number.get(id);
      if (number === undefined) continue;
      marks[number] = mark;
      numbers.push(number);
    }
    const rows: T[] = [];
    for (const number of numbers) {
      const list = rowsOf[number]!;
      const targets = targetsOf[number]!;
      for (let k = 0; k < list.length; k++) if (marks[targets[k]!] === mark) rows.push(list[k]!);
    }
    return rows;
  }

  /**
   * The keys of entity/relations' rows for `id`: its latest `limit` relations of `types`
   * (either direction, each once), date descending then id, as the query orders them. Null
   * when the kept edges cannot say: a relation with no date or no string id, or two with the
   * same date and id, whose order the engine decides.
   */
  async latestRelations(
    run: Run,
    id: string,
    types: readonly string[],
    limit: number,
  ): Promise<{ source: string; target: string; type: string; id: string }[] | null> {
    const adjacency = await this.load(run);
    const wanted = new Set(types);
    const relations = [
      ...new Set([...(adjacency.relationsOut.get(id) ?? []), ...(adjacency.relationsIn.get(id) ?? [])]),
    ].filter((relation) => wanted.has(relation.type));
    const keyed: { source: string; target: string; type: string; id: string; date: string }[] = [];
    for (const relation of relations) {
      if (typeof relation.date !== 'string' || typeof relation.id !== 'string') return null;
      keyed.push({
        source: relation.source,
        target: relation.target,
        type: relation.type,
        id: relation.id,
        date: relation.date,
      });
    }
    keyed.sort((a, b) => compareText(b.date, a.date) || compareText(a.id, b.id));
    for (let index = 1; index < keyed.length; index++)
      if (keyed[index]!.date === keyed[index - 1]!.date && keyed[index]!.id === keyed[index - 1]!.id) return null;
    return keyed.slice(0, Math.max(0, limit)).map(({ source, target, type, id }) => ({ source, target, type, id }));
  }

  /** graph/relation-neighbors' rows: the other end of each relation of `ids`, counted per entity and type. */
  async relationNeighbors(run: Run, params: Params): Promise<Row[]> {
    const [adjacency, ranks] = await Promise.all([this.load(run), this.entities.mentionCounts(run)]);
    const weights = new Map<string, Map<string, number>>();
    const count = (neighbour: string, type: string): void => {
      let byType = weights.get(neighbour);
      if (!byType) {
        byType = new Map();
        weights.set(neighbour, byType);
      }
      byType.set(type, (byType.get(type) ?? 0) + 1);
    };
    for (const center of strList(params.ids)) {
      for (const relation of adjacency.relationsOut.get(center) ?? [])
        if (relation.target !== center) count(relation.target, relation.type);
      for (const relation of adjacency.relationsIn.get(center) ?? [])
        if (relation.source !== center) count(relation.source, relation.type);
    }
    const rows: Row[] = [];
    for (const [id, byType] of weights)
      for (const [type, weight] of byType) rows.push({ id, type, weight, mentions: ranks.get(id)?.mentions ?? 0 });
    return rows;
  }

  /**
   * GraphSources.strongNeighbors (reads/graph.ts) from the kept edges: per entity linked to
   * one of `ids`, its relations of RELATION_TYPES to them plus the statements linking them
   * (each statement once per neighbour, as graph/statement-neighbors counts them), summed over
   * entity numbers rather than counted per relation type first.
   */
  async strongNeighbors(run: Run, ids: string[]): Promise<Row[]> {
    const [adjacency, ranks] = await Promise.all([this.load(run), this.entities.mentionCounts(run)]);
    const numbered = adjacency.numbered;
    const mark = this.nextMark(numbered);
    const weights = this.weights;
    const linkMarks = this.linkMarks;
    const touched: number[] = [];
    for (const id of ids) {
      const center = numbered.number.get(id);
      if (center === undefined) continue;
      for (const neighbour of numbered.related[center]!) if (weights[neighbour]!++ === 0) touched.push(neighbour);
      const spoke = numbered.spoke[center]!;
      for (let k = 0; k < spoke.length; k += 2) {
        const link = spoke[k + 1]!;
        if (linkMarks[link] === mark) continue;
        linkMarks[link] = mark;
        const neighbour = spoke[k]!;
        if (weights[neighbour]!++ === 0) touched.push(neighbour);
      }
    }
    const rows: Row[] = new Array(touched.length);
    for (let k = 0; k < touched.length; k++) {
      const neighbour = touched[k]!;
      const id = numbered.ids[neighbour]!;
      rows[k] = {
        id,
        weight: weights[neighbour]!,
        mentions: this.numberedMentions.of(ranks, numbered, neighbour, id),
      };
      weights[neighbour] = 0;
    }
    return rows;
  }

  /**
   * graph/statement-neighbors' rows: the entities that spoke about one of `ids` or that one
   * of them spoke about (not itself), each with the statements linking them, counted once.
   */
  async statementNeighbors(run: Run, params: Params): Promise<Row[]> {
    const [adjacency, ranks] = await Promise.all([this.load(run), this.entities.mentionCounts(run)]);
    const statements = new Map<string, Set<string>>();
    const link = (neighbour: string, statementId: string): void => {
      let linked = statements.get(neighbour);
      if (!linked) {
        linked = new Set();
        statements.set(neighbour, linked);
      }
      linked.add(statementId);
    };
    for (const center of strList(params.ids)) {
      for (const row of adjacency.spokeOut.get(center) ?? []) if (row.target !== center) link(row.target, row.id);
      for (const row of adjacency.spokeIn.get(center) ?? []) if (row.source !== center) link(row.source, row.id);
    }
    return [...statements].map(([id, linked]) => ({
      id,
      weight: linked.size,
      mentions: ranks.get(id)?.mentions ?? 0,
    }));
  }
}
