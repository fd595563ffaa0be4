// Scores an extraction result against the hand-made gold of the seed articles
// (../shared/eval/seeds.gold.json), exactly as ../shared/eval/README.md says:
// entities by name/alias equality after normalization, statements by key
// substring, relations in either direction. Pure: no file access here.
import path from 'node:path';
import type { ExtractedDocument, ExtractedEntity, ExtractionResult } from '../../contract/extraction.ts';
import type { EntityType } from '../../contract/graph.ts';

export interface GoldEntity {
  id: string;
  type: EntityType;
  core: boolean;
  aliases: string[];
}

export interface GoldStatement {
  doc: string;
  speaker: string | null;
  anonymous?: string;
  key: string;
  kind: string;
  about?: string[];
}

export interface GoldRelation {
  a: string;
  b: string;
  kind: string;
  alt_b?: string[];
}

export interface SeedsGold {
  docs: Record<string, string>;
  entities: GoldEntity[];
  statements: GoldStatement[];
  relations: GoldRelation[];
}

export interface Ratio {
  hit: number;
  total: number;
  /** hit / total, or null when total is 0. */
  value: number | null;
}

export interface StatementMiss {
  doc: string;
  key: string;
  speaker: string;
  /** For a misattribution: the speakers the matching output statements gave (names, or null). */
  got?: (string | null)[];
}

export interface SeedsReport {
  coreRecall: Ratio;
  coreTypedRecall: Ratio;
  entityPrecision: Ratio;
  fragmentation: Ratio;
  quoteRecall: Ratio;
  attributionAccuracy: Ratio;
  /** Correctly attributed over all gold statements with a named speaker. */
  attributedRecall: Ratio;
  aboutRecall: Ratio;
  relationRecall: Ratio;
  /** Output entities (Events aside) that match no gold entity. */
  junk: { name: string; type: EntityType }[];
  /** Core gold entities matched by two or more output entities, with those entities' names. */
  fragmented: { gold: string; outputs: string[] }[];
  missedCore: { gold: string; type: EntityType; aliases: string[] }[];
  /** Core entities found only with another type. */
  mistypedCore: { gold: string; expected: EntityType; got: EntityType[] }[];
  missedStatements: StatementMiss[];
  misattributed: StatementMiss[];
  missedAbout: { doc: string; key: string; about: string }[];
  missedRelations: { a: string; b: string; kind: string }[];
  /** Output documents not found among the gold's documents (scored as empty). */
  unknownDocuments: string[];
}

/** Curly quotes, apostrophes and «» folded to plain ones, accents stripped, whitespace collapsed, lowercase. */
export function normalizeForEval(value: string): string {
  return value
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function ratio(hit: number, total: number): Ratio {
  return { hit, total, value: total === 0 ? null : hit / total };
}

/** The gold doc key of each output document, by file name. */
function documentKeys(
  gold: SeedsGold,
  documents: ExtractedDocument[],
): { keyOf: Map<string, string>; unknown: string[] } {
  const keyByFile = new Map(Object.entries(gold.docs).map(([key, file]) => [file, key]));
  const keyOf = new Map<string, string>();
  const unknown: string[] = [];
  for (const document of documents) {
    const key = keyByFile.get(path.basename(document.source));
    if (key === undefined) unknown.push(document.source);
    else keyOf.set(document.id, key);
  }
  return { keyOf, unknown };
}

/** Scores `result` against `gold`. */
export function scoreSeeds(gold: SeedsGold, result: ExtractionResult): SeedsReport {
  const goldByAlias = new Map<string, string[]>();
  for (const entity of gold.entities) {
    for (const alias of new Set(entity.aliases.map(normalizeForEval))) {
      goldByAlias.set(alias, [...(goldByAlias.get(alias) ?? []), entity.id]);
    }
  }
  /** Gold ids each output entity matches (by name or any alias). */
  const matchesOf = new Map<string, Set<string>>();
  for (const entity of result.entities) {
    const ids = new Set<string>();
    for (const form of [entity.name, ...entity.aliases])
      for (const id of goldByAlias.get(normalizeForEval(form)) ?? []) ids.add(id);
    matchesOf.set(entity.id, ids);
  }
  const outputById = new Map(result.entities.map((entity) => [entity.id, entity]));
  const outputsMatching = (goldId: string): ExtractedEntity[] =>
    result.entities.filter((entity) => matchesOf.get(entity.id)?.has(goldId));
  const isGold = (outputId: string | null, goldId: string): boolean =>
    outputId !== null && (matchesOf.get(outputId)?.has(goldId) ?? false);

  // Entities
  const core = gold.entities.filter((entity) => entity.core);
  const missedCore: SeedsReport['missedCore'] = [];
  const mistypedCore: SeedsReport['mistypedCore'] = [];
  const fragmented: SeedsReport['fragmented'] = [];
  let coreHit = 0;
  let coreTypedHit = 0;
  for (const entity of core) {
    const outputs = outputsMatching(entity.id);
    if (outputs.length === 0) {
      missedCore.push({ gold: entity.id, type: entity.type, aliases: entity.aliases });
      continue;
    }
    coreHit += 1;
    if (outputs.some((output) => output.type === entity.type)) coreTypedHit += 1;
    else
      mistypedCore.push({
        gold: entity.id,
        expected: entity.type,
        got: [...new Set(outputs.map((output) => output.type))],
      });
    if (outputs.length >= 2) fragmented.push({ gold: entity.id, outputs: outputs.map((output) => output.name) });
  }
  const scored = result.entities.filter((entity) => entity.type !== 'Event');
  const junk = scored
    .filter((entity) => (matchesOf.get(entity.id)?.size ?? 0) === 0)
    .map((entity) => ({ name: entity.name, type: entity.type }));

  // Statements
  const { keyOf, unknown } = documentKeys(gold, result.documents);
  const named = gold.statements.filter((statement) => statement.speaker !== null);
  const missedStatements: StatementMiss[] = [];
  const misattributed: StatementMiss[] = [];
  const missedAbout: SeedsReport['missedAbout'] = [];
  let found = 0;
  let attributed = 0;
  let aboutTotal = 0;
  let aboutHit = 0;
  for (const statement of named) {
    const speaker = statement.speaker ?? '';
    const key = normalizeForEval(statement.key);
    const candidates = result.statements.filter((output) => {
      if (keyOf.get(output.document) !== statement.doc) return false;
      const quote = normalizeForEval(output.quote);
      return quote.includes(key) || (quote.length >= 12 && key.includes(quote));
    });
    if (candidates.length === 0) {
      missedStatements.push({ doc: statement.doc, key: statement.key, speaker });
      continue;
    }
    found += 1;
    const right = candidates.filter((output) => isGold(output.speaker, speaker));
    if (right.length === 0) {
      misattributed.push({
        doc: statement.doc,
        key: statement.key,
        speaker,
        got: candidates.map((output) =>
          output.speaker === null ? null : (outputById.get(output.speaker)?.name ?? output.speaker),
        ),
      });
      continue;
    }
    attributed += 1;
    const goldAbout = statement.about ?? [];
    // Of several matching statements, the one that names the most gold `about` entities counts.
    const hits = Math.max(
      ...right.map((output) => goldAbout.filter((id) => output.about.some((outputId) => isGold(outputId, id))).length),
    );
    const best = right.find(
      (output) => goldAbout.filter((id) => output.about.some((outputId) => isGold(outputId, id))).length === hits,
    );
    aboutTotal += goldAbout.length;
    aboutHit += hits;
    for (const id of goldAbout) {
      if (!best?.about.some((outputId) => isGold(outputId, id)))
        missedAbout.push({ doc: statement.doc, key: statement.key, about: id });
    }
  }

  // Relations
  const missedRelations: SeedsReport['missedRelations'] = [];
  let relationHit = 0;
  for (const relation of gold.relations) {
    const targets = [relation.b, ...(relation.alt_b ?? [])];
    const hit = result.relations.some(
      (output) =>
        (isGold(output.source, relation.a) && targets.some((target) => isGold(output.target, target))) ||
        (isGold(output.target, relation.a) && targets.some((target) => isGold(output.source, target))),
    );
    if (hit) relationHit += 1;
    else missedRelations.push({ a: relation.a, b: targets.join('|'), kind: relation.kind });
  }

  const matchedCore = core.length - missedCore.length;
  return {
    coreRecall: ratio(coreHit, core.length),
    coreTypedRecall: ratio(coreTypedHit, core.length),
    entityPrecision: ratio(scored.length - junk.length, scored.length),
    fragmentation: ratio(fragmented.length, matchedCore),
    quoteRecall: ratio(found, named.length),
    attributionAccuracy: ratio(attributed, found),
    attributedRecall: ratio(attributed, named.length),
    aboutRecall: ratio(aboutHit, aboutTotal),
    relationRecall: ratio(relationHit, gold.relations.length),
    junk,
    fragmented,
    missedCore,
    mistypedCore,
    missedStatements,
    misattributed,
    missedAbout,
    missedRelations,
    unknownDocuments: unknown,
  };
}

/** Checks the gold file's shape; throws with the first problem found. */
export function parseSeedsGold(json: unknown): SeedsGold {
  const record = json as Partial<SeedsGold> | null;
  if (record === null || typeof record !== 'object') throw new Error('gold: not a JSON object');
  if (record.docs === undefined || typeof record.docs !== 'object') throw new Error('gold: missing "docs"');
  for (const field of ['entities', 'statements', 'relations'] as const) {
    if (!Array.isArray(record[field])) throw new Error(`gold: "${field}" is not an array`);
  }
  const gold = record as SeedsGold;
  const ids = new Set(gold.entities.map((entity) => entity.id));
  for (const statement of gold.statements) {
    for (const id of [statement.speaker, ...(statement.about ?? [])]) {
      if (id !== null && !ids.has(id))
        throw new Error(`gold: statement "${statement.key}" names unknown entity "${id}"`);
    }
    if (!(statement.doc in gold.docs))
      throw new Error(`gold: statement "${statement.key}" names unknown doc "${statement.doc}"`);
  }
  for (const relation of gold.relations) {
    for (const id of [relation.a, relation.b, ...(relation.alt_b ?? [])]) {
      if (!ids.has(id)) throw new Error(`gold: relation ${relation.a}–${relation.b} names unknown entity "${id}"`);
    }
  }
  return gold;
}
