// Scores statements against an exhaustive per-article who-said-what gold
// (../shared/eval/attribution: gold/<doc>.json beside docs/<doc>.txt), the way
// quote-attribution systems are compared and as that folder's README defines it:
// quote spans located in the normalised article, paired one-to-one greedily by
// overlap |a∩b| / max(|a|,|b|) at a lenient (≥ 0.3) and a strict (≥ 0.8)
// threshold; speaker accuracy on the pairs; attribution P/R/F1 end to end;
// about recall on correctly attributed pairs. Pure: no file access here.
import path from 'node:path';
import type { ExtractedEntity, ExtractedStatement, ExtractionResult } from '../../contract/extraction.ts';
import { normalizeForEval } from './seeds.ts';

export interface AttributionGoldStatement {
  speaker: string | null;
  speakerText?: string | null;
  cue?: string | null;
  kind: string;
  quote: string;
  about?: string[];
}

export interface AttributionGoldDocument {
  doc: string;
  entities: { id: string; type: string; aliases: string[] }[];
  statements: AttributionGoldStatement[];
}

export interface AttributionScores {
  quoteP: number;
  quoteR: number;
  quoteF1: number;
  speakerAccuracy: number;
  attributionP: number;
  attributionR: number;
  attributionF1: number;
}

export interface AttributionMiss {
  doc: string;
  problem: 'missed' | 'wrong speaker' | 'spurious';
  kind: string;
  /** Gold speaker id (missed, wrong speaker) or the output speaker's name (spurious). */
  expected: string | null;
  /** The output speaker's name or text (wrong speaker, spurious). */
  got: string | null;
  quote: string;
  /** The output statement's rule trace (wrong speaker, spurious); empty for a miss. */
  trace: string[];
}

export interface AttributionReport {
  articles: number;
  goldStatements: number;
  outputStatements: number;
  /** Output statements whose quote is not found in their article: false positives. */
  unlocated: number;
  /** Gold articles no output document was read from. */
  missingDocuments: string[];
  lenient: AttributionScores;
  strict: AttributionScores;
  /** Lenient recall of quotes and of right-speaker pairs by gold kind. */
  byKind: Record<string, { gold: number; quoteR: number; attributionR: number }>;
  /** Gold statements of an unnamed source matched with a null speaker. */
  anonymous: { hit: number; total: number };
  aboutRecall: { hit: number; total: number };
  misses: AttributionMiss[];
}

export const LENIENT_OVERLAP = 0.3;
export const STRICT_OVERLAP = 0.8;

type Span = [number, number];

function stripMarks(value: string): string {
  return value
    .trim()
    .replace(/^"+|"+$/g, '')
    .trim();
}

/** Where a quote lies in a normalised article, or null when it is not there. */
export function locateQuote(normalisedText: string, quote: string): Span | null {
  const needle = stripMarks(normalizeForEval(quote));
  if (needle.length < 2) return null;
  const at = normalisedText.indexOf(needle);
  return at < 0 ? null : [at, at + needle.length];
}

export function spanOverlap(a: Span, b: Span): number {
  const shared = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  return shared / Math.max(a[1] - a[0], b[1] - b[0]);
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Gold index → output index, paired greedily by decreasing overlap at or above the threshold. */
export function pairSpans(gold: Span[], output: Span[], threshold: number): Map<number, number> {
  const candidates: { overlap: number; g: number; o: number }[] = [];
  gold.forEach((goldSpan, g) =>
    output.forEach((outputSpan, o) => {
      const overlap = spanOverlap(goldSpan, outputSpan);
      if (overlap >= threshold) candidates.push({ overlap, g, o });
    }),
  );
  candidates.sort((a, b) => b.overlap - a.overlap || b.g - a.g || b.o - a.o);
  const pairs = new Map<number, number>();
  const usedOutput = new Set<number>();
  for (const { g, o } of candidates) {
    if (pairs.has(g) || usedOutput.has(o)) continue;
    pairs.set(g, o);
    usedOutput.add(o);
  }
  return pairs;
}

interface Tally {
  gold: number;
  output: number;
  matched: number;
  rightSpeaker: number;
}

function scores(t: Tally): AttributionScores {
  const quoteP = t.output === 0 ? 0 : t.matched / t.output;
  const quoteR = t.gold === 0 ? 0 : t.matched / t.gold;
  const attributionP = t.output === 0 ? 0 : t.rightSpeaker / t.output;
  const attributionR = t.gold === 0 ? 0 : t.rightSpeaker / t.gold;
  return {
    quoteP,
    quoteR,
    quoteF1: f1(quoteP, quoteR),
    speakerAccuracy: t.matched === 0 ? 0 : t.rightSpeaker / t.matched,
    attributionP,
    attributionR,
    attributionF1: f1(attributionP, attributionR),
  };
}

/**
 * Scores `result` against gold articles; `texts` maps each gold doc key to its
 * article text. Output documents are matched to gold files by the base name of
 * the file they were read from.
 */
export function scoreAttribution(
  golds: AttributionGoldDocument[],
  texts: Map<string, string>,
  result: ExtractionResult,
): AttributionReport {
  const entities = new Map<string, ExtractedEntity>(result.entities.map((e) => [e.id, e]));
  const namesOf = (id: string | null): Set<string> => {
    const entity = id === null ? undefined : entities.get(id);
    if (entity === undefined) return new Set();
    return new Set([entity.name, ...entity.aliases].map(normalizeForEval));
  };
  const documentOf = new Map<string, string>();
  for (const document of result.documents)
    documentOf.set(path.basename(document.source).replace(/\.[^.]*$/, ''), document.id);
  const statementsOf = new Map<string, ExtractedStatement[]>();
  for (const statement of result.statements) {
    const list = statementsOf.get(statement.document);
    if (list === undefined) statementsOf.set(statement.document, [statement]);
    else list.push(statement);
  }

  const tally = {
    lenient: { gold: 0, output: 0, matched: 0, rightSpeaker: 0 },
    strict: { gold: 0, output: 0, matched: 0, rightSpeaker: 0 },
  };
  const byKind = new Map<string, { gold: number; matched: number; right: number }>();
  const anonymous = { hit: 0, total: 0 };
  const aboutRecall = { hit: 0, total: 0 };
  const misses: AttributionMiss[] = [];
  const missingDocuments: string[] = [];
  let unlocated = 0;

  for (const gold of [...golds].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0))) {
    const text = normalizeForEval(texts.get(gold.doc) ?? '');
    const aliases = new Map(gold.entities.map((e) => [e.id, new Set(e.aliases.map(normalizeForEval))]));
    const goldStatements: { statement: AttributionGoldStatement; span: Span }[] = [];
    for (const statement of gold.statements) {
      const span = locateQuote(text, statement.quote);
      if (span !== null) goldStatements.push({ statement, span });
    }
    const documentId = documentOf.get(gold.doc);
    if (documentId === undefined) missingDocuments.push(gold.doc);
    const outputs: { statement: ExtractedStatement; span: Span }[] = [];
    for (const statement of documentId === undefined ? [] : (statementsOf.get(documentId) ?? [])) {
      const span = locateQuote(text, statement.quote);
      if (span === null) unlocated++;
      else outputs.push({ statement, span });
    }
    const speakerName = (s: ExtractedStatement): string | null =>
      (s.speaker === null ? undefined : entities.get(s.speaker)?.name) ?? s.speakerText;
    for (const [name, threshold] of [
      ['lenient', LENIENT_OVERLAP],
      ['strict', STRICT_OVERLAP],
    ] as const) {
      const t = tally[name];
      t.gold += goldStatements.length;
      t.output += outputs.length;
      const pairs = pairSpans(
        goldStatements.map((g) => g.span),
        outputs.map((o) => o.span),
        threshold,
      );
      t.matched += pairs.size;
      const lenient = name === 'lenient';
      goldStatements.forEach(({ statement: g }, i) => {
        if (lenient) {
          const kind = byKind.get(g.kind) ?? { gold: 0, matched: 0, right: 0 };
          kind.gold++;
          byKind.set(g.kind, kind);
          if (g.speaker === null) anonymous.total++;
        }
        const o = pairs.get(i);
        if (o === undefined) {
          if (lenient)
            misses.push({
              doc: gold.doc,
              problem: 'missed',
              kind: g.kind,
              expected: g.speaker,
              got: null,
              quote: g.quote,
              trace: [],
            });
          return;
        }
        const output = outputs[o]!.statement; // o comes from pairSpans over these outputs
        let right: boolean;
        if (g.speaker === null) right = output.speaker === null;
        else {
          const expected = aliases.get(g.speaker) ?? new Set<string>();
          right = [...namesOf(output.speaker)].some((n) => expected.has(n));
        }
        if (!lenient) {
          if (right) t.rightSpeaker++;
          return;
        }
        const kind = byKind.get(g.kind)!;
        kind.matched++;
        if (!right) {
          misses.push({
            doc: gold.doc,
            problem: 'wrong speaker',
            kind: g.kind,
            expected: g.speaker,
            got: speakerName(output),
            quote: g.quote,
            trace: output.trace ?? [],
          });
          return;
        }
        t.rightSpeaker++;
        kind.right++;
        if (g.speaker === null) anonymous.hit++;
        const wanted = new Set(g.about ?? []);
        if (wanted.size > 0) {
          const found = new Set<string>();
          for (const about of output.about) {
            const names = namesOf(about);
            for (const [id, al] of aliases) if ([...names].some((n) => al.has(n))) found.add(id);
          }
          aboutRecall.total += wanted.size;
          for (const id of wanted) if (found.has(id)) aboutRecall.hit++;
        }
      });
      if (lenient) {
        const used = new Set(pairs.values());
        outputs.forEach(({ statement }, j) => {
          if (!used.has(j))
            misses.push({
              doc: gold.doc,
              problem: 'spurious',
              kind: statement.kind,
              expected: null,
              got: speakerName(statement),
              quote: statement.quote,
              trace: statement.trace ?? [],
            });
        });
      }
    }
  }
  tally.lenient.output += unlocated;
  tally.strict.output += unlocated;
  return {
    articles: golds.length,
    goldStatements: tally.lenient.gold,
    outputStatements: tally.lenient.output,
    unlocated,
    missingDocuments,
    lenient: scores(tally.lenient),
    strict: scores(tally.strict),
    byKind: Object.fromEntries(
      [...byKind.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([kind, v]) => [
          kind,
          {
            gold: v.gold,
            quoteR: v.gold === 0 ? 0 : v.matched / v.gold,
            attributionR: v.gold === 0 ? 0 : v.right / v.gold,
          },
        ]),
    ),
    anonymous,
    aboutRecall,
    misses,
  };
}

/** Checks the shape of one gold file; throws naming what is wrong. */
export function parseAttributionGold(value: unknown, file: string): AttributionGoldDocument {
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (typeof value !== 'object' || value === null) return fail('not a JSON object');
  const gold = value as Partial<AttributionGoldDocument>;
  if (typeof gold.doc !== 'string') fail('"doc" is not a string');
  if (!Array.isArray(gold.entities)) fail('"entities" is not an array');
  if (!Array.isArray(gold.statements)) fail('"statements" is not an array');
  for (const entity of gold.entities!)
    if (typeof entity?.id !== 'string' || !Array.isArray(entity.aliases)) fail('an entity lacks "id" or "aliases"');
  for (const statement of gold.statements!)
    if (typeof statement?.quote !== 'string' || typeof statement.kind !== 'string' || !('speaker' in statement))
      fail('a statement lacks "quote", "kind" or "speaker"');
  return gold as AttributionGoldDocument;
}
