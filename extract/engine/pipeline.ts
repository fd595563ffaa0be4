// The extraction pipeline: the stages, in order, that turn raw articles into
// an ExtractionResult. Per article: segment → mentions → roles → typing →
// resolve → actors → statements → relations → events; then across the batch:
// merge entities (and land them on known ones) → assemble the output with
// stable ids. Every stage is pure; the timings are kept for the benchmark.
// Each article is read with the language model of its detected language (the
// default model when none has that code); the document record's `language`
// names it.
import type {
  ExtractedDocument,
  ExtractedEvent,
  ExtractedRelation,
  ExtractedStatement,
  ExtractionResult,
  KnownEntity,
  RawDocument,
} from '../../contract/extraction.ts';
import { buildActors, type Actor } from '../stages/actors.ts';
import { mergeBatch } from '../resolve/crossDocument.ts';
import { eventRelations, eventRule, extractEvents, type LocalEvent } from '../stages/events.ts';
import { languageFor } from '../lang/language.ts';
import type { Lexicon } from '../lang/lexicon.ts';
import { detectMentions, type MentionCandidate } from '../stages/mentions.ts';
import { extractRelations, type LocalRelation } from '../stages/relations.ts';
import { resolveDocument, type DocEntities, type LocalEntity } from '../stages/coreference.ts';
import { findRolePhrases, type RolePhrase } from '../stages/roles.ts';
import { segment, type Segmentation } from './segment.ts';
import { extractStatements, type LocalStatement } from '../stages/statements.ts';
import { typeMentions } from '../stages/typing.ts';
import { articleId, relationId, statementId } from '../resolve/ids.ts';
import { ruleSwitches, type RuleSwitches } from './ruleSwitches.ts';

export interface DocAnalysis {
  doc: RawDocument;
  id: string;
  seg: Segmentation;
  mentions: MentionCandidate[];
  roles: RolePhrase[];
  ents: DocEntities;
  actors: Actor[];
  statements: LocalStatement[];
  relations: LocalRelation[];
  events: LocalEvent[];
}

export const STAGE_NAMES = [
  'segment',
  'mentions',
  'roles',
  'typing',
  'coreference',
  'actors',
  'statements',
  'relations',
  'events',
  'crossDocument',
] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** Cumulative milliseconds per stage since the process started (for `npm run bench`). */
export const stageTimings: Record<StageName, number> = Object.fromEntries(STAGE_NAMES.map((n) => [n, 0])) as Record<
  StageName,
  number
>;

function timed<T>(name: StageName, f: () => T): T {
  const t0 = performance.now();
  const r = f();
  stageTimings[name] += performance.now() - t0;
  return r;
}

/** Words written in lowercase anywhere in the batch: a capitalized one of them inside a name is a common word, not a given name or surname. */
export function lowercaseVocabulary(segs: Segmentation[]): Set<string> {
  const vocab = new Set<string>();
  for (const seg of segs)
    for (const t of seg.tokens) if (t.kind === 'word' && !t.cap && t.text.length > 2) vocab.add(t.key);
  return vocab;
}

export function analyzeDocument(
  doc: RawDocument,
  lex: Lexicon = languageFor(doc.language).lexicon,
  segmented?: Segmentation,
  vocabulary?: Set<string>,
  switches: RuleSwitches | null = null,
): DocAnalysis {
  const id = articleId(doc);
  const seg = segmented ?? timed('segment', () => segment(doc.text, lex));
  vocabulary ??= lowercaseVocabulary([seg]);
  const mentions = timed('mentions', () => detectMentions(seg, lex, vocabulary, doc.language));
  const roles = timed('roles', () => findRolePhrases(seg, mentions, lex));
  timed('typing', () => typeMentions(seg, mentions, roles, lex, vocabulary, switches?.strength));
  const ents = timed('coreference', () => resolveDocument(seg, mentions, roles, lex));
  const actors = timed('actors', () => buildActors(seg, mentions, roles, ents, lex));
  const disabled = switches?.disabled ?? null;
  const statements = timed('statements', () => extractStatements(seg, actors, ents, lex, disabled));
  const relations = timed('relations', () =>
    extractRelations(seg, mentions, roles, actors, ents, doc.date, lex, disabled),
  );
  let events = timed('events', () => extractEvents(seg, mentions, actors, ents, doc.date, lex));
  // A disabled event rule finds no event (its entity stays) and so no relation of one.
  if (disabled !== null) events = events.filter((e) => !disabled.has(eventRule(e.kind)));
  for (const r of eventRelations(events)) {
    if (disabled?.has(relationRuleOf(r.type)) === true) continue;
    relations.push({
      type: r.type,
      source: r.source,
      target: r.target,
      role: null,
      evidence: r.event.evidence,
      start: r.event.start,
      end: r.event.end,
      date: r.event.date,
      trace: [eventRule(r.event.kind), relationRuleOf(r.type)],
    });
  }
  return { doc, id, seg, mentions, roles, ents, actors, statements, relations, events };
}

/** The rule of a relation an event gives. */
function relationRuleOf(
  type: string,
): 'relation.event-participant' | 'relation.event-place' | 'relation.event-parties' {
  return type === 'PARTICIPATED_IN'
    ? 'relation.event-participant'
    : type === 'HELD_IN'
      ? 'relation.event-place'
      : 'relation.event-parties';
}

export interface PipelineOptions {
  /** Entities already in the store: mentions that resolve to them reuse their id and name. */
  known?: KnownEntity[];
  /** Rule ids to run without (engine/ruleSwitches.ts says what that does to each kind of rule). */
  disabledRules?: Iterable<string>;
}

export function runPipeline(docs: RawDocument[], options: PipelineOptions = {}): ExtractionResult {
  // The one check of a run: with no rule disabled, every stage runs as it does without the option.
  const switches = ruleSwitches(options.disabledRules);
  const segs = timed('segment', () => docs.map((d) => segment(d.text, languageFor(d.language).lexicon)));
  const vocabulary = timed('segment', () => lowercaseVocabulary(segs));
  const analyses = docs.map((d, i) =>
    analyzeDocument(d, languageFor(d.language).lexicon, segs[i], vocabulary, switches),
  );
  return assembleBatch(docs, analyses.map(projectAnalysis), options.known ?? []);
}

/** What the batch stage needs of one article's analysis: plain data, so it crosses threads. */
export interface ArticleAnalysis {
  id: string;
  entities: LocalEntity[];
  statements: LocalStatement[];
  relations: LocalRelation[];
  events: LocalEvent[];
}

export function projectAnalysis(analysis: DocAnalysis): ArticleAnalysis {
  return {
    id: analysis.id,
    entities: analysis.ents.entities,
    statements: analysis.statements,
    relations: analysis.relations,
    events: analysis.events,
  };
}

/** The batch stage of the pipeline on analyses made elsewhere: `docs[i]` is the article of `analyses[i]`. */
export function assembleBatch(
  docs: RawDocument[],
  analyses: ArticleAnalysis[],
  known: KnownEntity[],
): ExtractionResult {
  if (docs.length !== analyses.length)
    throw new Error(`assembleBatch: ${docs.length} articles but ${analyses.length} analyses`);
  const { entities, idOf } = timed('crossDocument', () =>
    mergeBatch(
      analyses.map((a, i) => ({
        documentId: a.id,
        entities: a.entities,
        lex: languageFor((docs[i] as RawDocument).language).lexicon,
      })),
      known,
    ),
  );
  const documents: ExtractedDocument[] = [];
  const statements: ExtractedStatement[] = [];
  const relations: ExtractedRelation[] = [];
  const events: ExtractedEvent[] = [];
  const seenDocs = new Set<string>();
  analyses.forEach((a, di) => {
    const doc = docs[di] as RawDocument;
    const ids = idOf[di] as string[];
    const gid = (local: number | null): string | null => (local === null ? null : (ids[local] ?? null));
    if (!seenDocs.has(a.id)) {
      seenDocs.add(a.id);
      documents.push({
        id: a.id,
        source: doc.source,
        ...(doc.sourceName ? { sourceName: doc.sourceName } : {}),
        title: doc.title,
        date: doc.date,
        url: doc.url,
        language: doc.language,
        errors: doc.errors,
        text: doc.text,
      });
    }
    for (const s of a.statements) {
      const speaker = gid(s.speaker);
      statements.push({
        id: statementId(a.id, s.start, s.end),
        document: a.id,
        speaker,
        speakerText: s.speakerText,
        quote: s.quote,
        kind: s.kind,
        act: s.act,
        cue: s.cue,
        about: [...new Set(s.about.map((x) => gid(x)).filter((x): x is string => x !== null && x !== speaker))],
        sentence: s.sentence,
        start: s.start,
        end: s.end,
        confidence: s.confidence,
        trace: s.trace,
      });
    }
    const relSeen = new Set<string>();
    for (const r of a.relations) {
      const source = gid(r.source);
      const target = gid(r.target);
      if (!source || !target || source === target) continue;
      const id = relationId(r.type, source, target, a.id, r.start);
      if (relSeen.has(id)) continue;
      relSeen.add(id);
      relations.push({
        id,
        source,
        target,
        type: r.type,
        role: r.role,
        document: a.id,
        evidence: r.evidence,
        start: r.start,
        end: r.end,
        date: r.date,
        trace: r.trace,
      });
    }
    for (const e of a.events) {
      const entity = gid(e.entity);
      if (!entity) continue;
      events.push({
        entity,
        document: a.id,
        participants: [...new Set(e.participants.map((p) => gid(p)).filter((x): x is string => x !== null))],
        date: e.date,
        place: gid(e.place),
        evidence: e.evidence,
        start: e.start,
        end: e.end,
        trace: [eventRule(e.kind)],
      });
    }
  });
  return { documents, entities, statements, relations, events };
}
