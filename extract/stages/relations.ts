// Relations between entities, each with its evidence sentence and offsets:
// roles and affiliations from role phrases ("il portavoce del Cremlino Dmitry
// Peskov" → SPOKESPERSON_OF), ownership ("Starlink di Musk"), nationality
// ("Javier Milei dell'Argentina"), and interactions from verbs ("Trump ha
// attaccato Wray" → ATTACKED) and from nouns ("la telefonata tra Putin e
// Biden" → CALLED, "i contatti Musk-Putin" → SPOKE_WITH).
import type { EntityType, RelationType } from '../../contract/graph.ts';
import { actorWords, indexActors, type Actor, type ActorIndex } from './actors.ts';
import { findDates } from '../engine/dates.ts';
import { classOf, LEXICON, perModel, relationClassOf, type Lexicon } from '../lang/lexicon.ts';
import { countryNames, type MentionCandidate } from './mentions.ts';
import type { DocEntities, LocalEntity } from './coreference.ts';
import type { RolePhrase } from './roles.ts';
import type { Segmentation, Sentence, Token } from '../engine/segment.ts';
import { endingPatternIn } from '../lang/morphology.ts';
import { keySet, normKey } from '../engine/text.ts';
import { holdsDisabled } from '../engine/ruleSwitches.ts';

export interface LocalRelation {
  type: RelationType;
  source: number;
  target: number;
  role: string | null;
  evidence: string;
  start: number;
  end: number;
  date: string | null;
  /** Ids of the rules that found the relation, in order. */
  trace: string[];
}

const PREP_OBJECT_TYPES = new Set<RelationType>([
  'SPOKE_WITH',
  'CALLED',
  'MET',
  'NEGOTIATED_WITH',
  'SUPPORTED',
  'ALLIED_WITH',
]);

/** The relations stage's words and endings in a model (word-classes/relations.txt, morphology.txt), built once per model. */
const relationWords = perModel((lex) => ({
  prepositions: actorWords(lex).prepositions,
  withPreps: new Set(classOf(lex, 'relations', 'with-preps')),
  transparent: new Set(classOf(lex, 'relations', 'transparent')),
  contactNouns: relationClassOf(lex, 'relations', 'contact-nouns'),
  negations: keySet(classOf(lex, 'relations', 'negations')),
  clauseKeys: keySet(classOf(lex, 'relations', 'clause-keys')),
  preReciprocal: keySet(classOf(lex, 'relations', 'pre-reciprocal')),
  beforeParticiple: keySet(classOf(lex, 'relations', 'before-participle')),
  /** "e" between two actors. */
  and: keySet(classOf(lex, 'relations', 'and')),
  /** "inclusi", "compresi": a list of members after the group. */
  including: keySet(classOf(lex, 'relations', 'including')),
  /** "che", ending the object of a relation verb. */
  that: keySet(classOf(lex, 'relations', 'that')),
  /** "di", "del", "della" before the topic of an investigation. */
  ofTopic: keySet(classOf(lex, 'relations', 'of-topic')),
  /** "su", "sul", "sulla": "indaga su X" names what is investigated. */
  on: keySet(classOf(lex, 'relations', 'on')),
  /** The auxiliary and the "si" of a reciprocal verb ("si sono parlati"). */
  reciprocalAux: keySet(classOf(lex, 'relations', 'reciprocal-aux')),
  reciprocalSi: keySet(classOf(lex, 'relations', 'reciprocal-si')),
  /** "tra", "fra": "un incontro tra X e Y". */
  between: keySet(classOf(lex, 'relations', 'between')),
  /** "con": "un colloquio con X". */
  with: keySet(classOf(lex, 'relations', 'with')),
  /** The passive's "stato"/"stata" just before a participle, or "stato" two before ("è stato duramente criticato"). */
  passiveBefore: keySet(classOf(lex, 'relations', 'passive-before')),
  passiveTwoBefore: keySet(classOf(lex, 'relations', 'passive-two-before')),
  participleEnding: endingPatternIn(lex.morphology, 'participle'),
  reciprocal: relationClassOf(lex, 'relations', 'reciprocal'),
  ofPreps: classOf(lex, 'relations', 'of-preps'),
  betweenWith: classOf(lex, 'relations', 'between-with'),
  betweenArticles: classOf(lex, 'relations', 'between-articles'),
}));

/** Finds or adds (without mentions) a local entity for a name the text implies ("russo" → Russia). */
export function ensureEntity(ents: DocEntities, name: string, type: EntityType, lex: Lexicon): number {
  const key = normKey(name);
  const gz = lex.gazetteer.get(key) ?? null;
  const canonical = gz?.canonical ?? name;
  const canonicalKey = normKey(canonical);
  const found = ents.entities.find((e) => normKey(e.name) === canonicalKey || (gz !== null && e.gazetteer === gz));
  if (found) return found.index;
  const e: LocalEntity = {
    index: ents.entities.length,
    type: gz?.type ?? type,
    name: canonical,
    gazetteer: gz,
    mentions: [],
    aliases: new Set(),
    votes: new Map([[gz?.type ?? type, 3]]),
  };
  // Named by no mention, typed by the gazetteer entry the word pointed to ("russo" → Russia).
  if (gz !== null) e.trace = ['type.gazetteer'];
  ents.entities.push(e);
  return e.index;
}

/** The country an article is about, by mentions of countries, nationality adjectives and seats of government (those in the sentence count five times). */
function contextCountry(seg: Segmentation, ents: DocEntities, lex: Lexicon, sentence: number | null): string | null {
  const counts = new Map<string, number>();
  const bump = (c: string, w: number) => counts.set(c, (counts.get(c) ?? 0) + w);
  const countries = new Set(lex.demonyms.values());
  for (const t of seg.tokens) {
    const d = lex.demonyms.get(t.key);
    if (d && !t.cap) bump(d, t.sentence === sentence ? 5 : 1);
  }
  for (const e of ents.entities) {
    const c = e.gazetteer?.country ?? (countries.has(e.name) ? e.name : null);
    if (!c) continue;
    for (const m of e.mentions) bump(c, m.sentence === sentence ? 5 : 1);
  }
  let best: string | null = null;
  let score = 0;
  for (const [c, n] of counts) if (n > score) [best, score] = [c, n];
  return best;
}

interface Ctx {
  seg: Segmentation;
  /** The rules disabled in this run (engine/ruleSwitches.ts), null when none is. */
  disabled: ReadonlySet<string> | null;
  mentions: MentionCandidate[];
  actors: Actor[];
  ents: DocEntities;
  lex: Lexicon;
  date: string | null;
  out: LocalRelation[];
  index: ActorIndex;
  /** The words of the document's model. */
  words: ReturnType<typeof relationWords>;
}

function add(
  ctx: Ctx,
  trace: string[],
  type: RelationType,
  source: number | null,
  target: number | null,
  role: string | null,
  sentence: number,
  start: number,
  end: number,
  dated: boolean,
): void {
  if (source === null || target === null || source === target) return;
  if (ctx.disabled !== null && holdsDisabled(trace, ctx.disabled)) return;
  const s = ctx.seg.sentences[sentence] as Sentence;
  const dates = dated ? findDates(ctx.seg.text, s.start, s.end, ctx.date, ctx.lex) : [];
  ctx.out.push({
    type,
    source,
    target,
    role,
    evidence: ctx.seg.text.slice(s.start, s.end),
    start,
    end,
    date: dates[0]?.date ?? null,
    trace,
  });
}

function roleRelations(ctx: Ctx, roles: RolePhrase[]): void {
  const { and: AND } = ctx.words;
  const { ents, lex, seg } = ctx;
  for (const r of roles) {
    const person = r.person !== null ? (ents.ofMention[r.person] ?? null) : (ents.ofRole.get(r) ?? null);
    if (person === null || r.relType === null) continue;
    const holder = ents.entities[person] as LocalEntity;
    const targets: { entity: number; rule: string }[] = [];
    if (r.qualifierMention !== null) {
      const t = ents.ofMention[r.qualifierMention];
      if (t !== undefined) targets.push({ entity: t, rule: 'relation.role-qualifier' });
      // "dietro SpaceX e la piattaforma social X": a coordinated second target.
      const qm = ctx.mentions[r.qualifierMention] as MentionCandidate;
      let k = qm.last;
      if (AND.has((seg.tokens[k] as Token | undefined)?.key ?? '')) {
        k++;
        let steps = 0;
        while (
          k < seg.tokens.length &&
          steps < 4 &&
          !(seg.tokens[k] as Token).cap &&
          (seg.tokens[k] as Token).kind === 'word'
        ) {
          k++;
          steps++;
        }
        const second = ctx.mentions.findIndex((m) => m.first === k && m.sentence === qm.sentence);
        if (second >= 0 && ents.ofMention[second] !== undefined)
          targets.push({ entity: ents.ofMention[second] as number, rule: 'relation.role-second-qualifier' });
      }
    } else if (r.qualifierPlace)
      targets.push({
        entity: ensureEntity(ents, r.qualifierPlace, 'Place', lex),
        rule: 'relation.role-qualifier-place',
      });
    else if (r.qualifierRole) {
      const t = ents.describe(r.qualifierRole);
      if (t !== null) targets.push({ entity: t, rule: 'relation.role-qualifier-role' });
    } else {
      // No qualifier: the office the lexicon knows, else the country in context for ministers and spokespersons.
      const office = holder.gazetteer?.offices.find((o) => o.type === r.relType);
      if (office)
        targets.push({ entity: ensureEntity(ents, office.target, 'Place', lex), rule: 'relation.role-known-office' });
      else if (r.relType === 'MINISTER_OF' || r.relType === 'SPOKESPERSON_OF' || r.relType === 'AMBASSADOR_OF') {
        const c = contextCountry(seg, ents, lex, r.sentence);
        if (c) targets.push({ entity: ensureEntity(ents, c, 'Place', lex), rule: 'relation.role-country-in-context' });
      }
    }
    const role = seg.text.slice(seg.text.indexOf(r.title, r.start), r.end);
    let start = r.start;
    let end = r.end;
    if (r.person !== null) {
      const p = ctx.mentions[r.person] as MentionCandidate;
      start = Math.min(start, p.start);
      end = Math.max(end, p.end);
    }
    const holderRule = r.person !== null ? 'relation.role-phrase-with-name' : 'relation.role-phrase-resolved';
    for (const t of targets)
      add(ctx, [holderRule, t.rule], r.relType, person, t.entity, role || r.title, r.sentence, start, end, false);
  }
}

function adjacencyRelations(ctx: Ctx): void {
  const { including: INCLUDING, ofPreps: OF_PREPS } = ctx.words;
  const { seg, mentions, ents } = ctx;
  const at = new Map<number, number>();
  mentions.forEach((m, i) => at.set(m.first, i));
  mentions.forEach((m, i) => {
    const prep = seg.tokens[m.last];
    if (!prep || !OF_PREPS.includes(prep.key)) return;
    const j = at.get(m.last + 1);
    if (j === undefined) return;
    const a = ents.entities[ents.ofMention[i] as number] as LocalEntity;
    const b = ents.entities[ents.ofMention[j] as number] as LocalEntity;
    const other = mentions[j] as MentionCandidate;
    if (!a || !b) return;
    if (a.type === 'Person' && b.type === 'Place') {
      // "Javier Milei dell'Argentina": the office the lexicon knows, else citizenship.
      const office = a.gazetteer?.offices.find((o) => normKey(o.target) === normKey(b.name));
      add(
        ctx,
        [office ? 'relation.name-of-place-known-office' : 'relation.name-of-place-citizen'],
        office ? office.type : 'CITIZEN_OF',
        a.index,
        b.index,
        office ? office.role : null,
        m.sentence,
        m.start,
        other.end,
        false,
      );
    } else if (a.type === 'Organization' && b.type === 'Person') {
      // "Starlink di Musk".
      add(
        ctx,
        ['relation.organization-of-person'],
        'OWNS',
        b.index,
        a.index,
        null,
        m.sentence,
        m.start,
        other.end,
        false,
      );
    } else if (a.type === 'Organization' && b.type === 'Place' && !a.gazetteer?.country) {
      add(
        ctx,
        ['relation.organization-of-place'],
        'LOCATED_IN',
        a.index,
        b.index,
        null,
        m.sentence,
        m.start,
        other.end,
        false,
      );
    } else if (a.type === 'Organization' && b.type === 'Organization') {
      // "il Consiglio di sicurezza dell'ONU".
      add(
        ctx,
        ['relation.organization-of-organization'],
        'PART_OF',
        a.index,
        b.index,
        null,
        m.sentence,
        m.start,
        other.end,
        false,
      );
    }
  });
  // "L'impero di Musk (inclusi SpaceX e Starlink)".
  for (let i = 0; i < seg.tokens.length; i++) {
    const t = seg.tokens[i] as Token;
    if (!INCLUDING.has(t.key)) continue;
    if ((seg.tokens[i - 1] as Token | undefined)?.text !== '(') continue;
    const owner = mentions.findIndex(
      (m, k) => m.last === i - 1 && ents.entities[ents.ofMention[k] as number]?.type === 'Person',
    );
    if (owner < 0) continue;
    const ownerEntity = ents.ofMention[owner] as number;
    for (let k = i + 1; k < seg.tokens.length && (seg.tokens[k] as Token).text !== ')'; k++) {
      const j = at.get(k);
      if (j !== undefined && (ents.entities[ents.ofMention[j] as number] as LocalEntity).type === 'Organization')
        add(
          ctx,
          ['relation.including-list'],
          'OWNS',
          ownerEntity,
          ents.ofMention[j] as number,
          null,
          t.sentence,
          (mentions[owner] as MentionCandidate).start,
          (seg.tokens[k] as Token).end,
          false,
        );
    }
  }
}

function actorAt(ctx: Ctx, tokenIndex: number): Actor | undefined {
  return ctx.index.byFirst.get(tokenIndex);
}

function subjectOf(ctx: Ctx, s: Sentence, verb: number): Actor | null {
  const { prepositions: PREPOSITIONS, clauseKeys: CLAUSE_KEYS } = ctx.words;
  const { tokens } = ctx.seg;
  let boundary = s.first;
  for (let j = verb - 1; j >= s.first; j--) {
    const t = tokens[j] as Token;
    if ([';', ':', '«', '»', '“', '”', '"', '(', ')'].includes(t.text) || CLAUSE_KEYS.has(t.key)) {
      boundary = j + 1;
      break;
    }
  }
  const candidates = (ctx.index.bySentence[(tokens[verb] as Token).sentence] ?? []).filter(
    (a) =>
      a.first >= boundary &&
      a.last <= verb &&
      a.entity !== null &&
      !PREPOSITIONS.has((tokens[a.first - 1] as Token | undefined)?.key ?? ''),
  );
  // Sentence-initial actors may follow a preposition of the clause before; keep the first non-prepositional.
  return candidates[0] ?? null;
}

/**
 * "ha parlato ieri a Genova": a town or a region after "a" is where it happened, never a party one speaks to or meets;
 * after "con" it is its government ("Kiev ha negoziato con Mosca"). A country may be its state ("ha telefonato alla
 * Francia"), as a mention read as acting is.
 */
function placeOnly(ctx: Ctx, a: Actor): boolean {
  const e = a.entity === null ? undefined : ctx.ents.entities[a.entity];
  if (e?.type !== 'Place' || countryNames(ctx.lex).has(e.gazetteer?.canonical ?? e.name)) return false;
  const m = ctx.mentions.find((x) => x.first <= a.head && a.head < x.last);
  return m?.reading?.type !== 'Organization';
}

function objectOf(ctx: Ctx, s: Sentence, verb: number, type: RelationType): Actor | null {
  const {
    prepositions: PREPOSITIONS,
    withPreps: WITH_PREPS,
    transparent: TRANSPARENT,
    that: THAT,
    ofTopic: OF_TOPIC,
    on: ON,
    with: WITH,
  } = ctx.words;
  const { tokens } = ctx.seg;
  for (let k = verb + 1, steps = 0; k < s.last && steps < 8; k++, steps++) {
    const t = tokens[k] as Token;
    if (t.text === '.' || t.text === ';' || t.text === ':' || THAT.has(t.key) || (t.text === ',' && steps > 0))
      return null;
    if (TRANSPARENT.has(t.key)) {
      // "la campagna (elettorale) di Trump": the object is the owner.
      for (let j = k + 1; j < Math.min(s.last, k + 5); j++) {
        const tj = tokens[j] as Token;
        if (OF_TOPIC.has(tj.key)) {
          const a = actorAt(ctx, j + 1);
          if (a && a.entity !== null) return a;
        }
      }
    }
    const a = actorAt(ctx, k);
    if (!a) continue;
    if (a.entity === null) return null;
    const prev = tokens[k - 1] as Token;
    if (PREPOSITIONS.has(prev.key)) {
      if (WITH_PREPS.has(prev.key) && PREP_OBJECT_TYPES.has(type) && !(placeOnly(ctx, a) && !WITH.has(prev.key)))
        return a;
      if (ON.has(prev.key) && type === 'INVESTIGATED') return a;
      k = a.last - 1;
      continue;
    }
    return a;
  }
  return null;
}

function verbRelations(ctx: Ctx): void {
  const {
    contactNouns: CONTACT_NOUNS,
    negations: NEGATIONS,
    preReciprocal: PRE_RECIPROCAL,
    beforeParticiple: BEFORE_PARTICIPLE,
    and: AND,
    reciprocalAux: RECIPROCAL_AUX,
    reciprocalSi: RECIPROCAL_SI,
    between: BETWEEN,
    with: WITH,
    passiveBefore: PASSIVE_BEFORE,
    passiveTwoBefore: PASSIVE_TWO_BEFORE,
    participleEnding: PARTICIPLE_ENDING,
    reciprocal: RECIPROCAL,
    betweenWith: BETWEEN_WITH,
    betweenArticles: BETWEEN_ARTICLES,
  } = ctx.words;
  const { seg, lex } = ctx;
  const { tokens } = seg;
  seg.sentences.forEach((s, si) => {
    if (s.boilerplate) return;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word') continue;
      // Reciprocal: "Putin e Musk si sono parlati".
      const rec = RECIPROCAL.get(t.key);
      if (rec && RECIPROCAL_AUX.has(tokens[i - 1]?.key ?? '') && RECIPROCAL_SI.has(tokens[i - 2]?.key ?? '')) {
        let k = i - 3;
        while (k >= s.first && PRE_RECIPROCAL.has((tokens[k] as Token).key)) k--;
        const b = ctx.index.byLast.get(k + 1);
        if (b && b.entity !== null && AND.has(tokens[b.first - 1]?.key ?? '')) {
          const a = ctx.index.byLast.get(b.first - 1);
          if (a && a.entity !== null)
            add(ctx, ['relation.reciprocal-verb'], rec, a.entity, b.entity, null, si, a.start, t.end, true);
        }
        continue;
      }
      // Contact nouns between two parties: "tra A e B", "A-B".
      const noun = CONTACT_NOUNS.get(t.key);
      if (noun && seg.tokenInQuote[i] !== 1) {
        const negated = [1, 2, 3].some((d) => NEGATIONS.has(tokens[i - d]?.key ?? ''));
        if (!negated) {
          let k = i + 1;
          while (
            k < s.last &&
            k - i < 4 &&
            (tokens[k] as Token).kind === 'word' &&
            !(tokens[k] as Token).cap &&
            !BETWEEN_WITH.includes((tokens[k] as Token).key)
          )
            k++;
          const tk = tokens[k];
          if (tk && BETWEEN.has(tk.key)) {
            let j = k + 1;
            while (j < s.last && BETWEEN_ARTICLES.includes((tokens[j] as Token).key)) j++;
            const a = actorAt(ctx, j);
            if (a && AND.has(tokens[a.last]?.key ?? '')) {
              const b = [a.last + 1, a.last + 2, a.last + 3]
                .map((k) => actorAt(ctx, k))
                .find((x) => x !== undefined && x.entity !== null);
              if (b)
                add(ctx, ['relation.contact-noun-between'], noun, a.entity, b.entity, null, si, t.start, b.end, true);
            }
          } else if (tk && WITH.has(tk.key)) {
            const b = actorAt(ctx, k + 1) ?? actorAt(ctx, k + 2);
            const a = subjectOf(ctx, s, i);
            if (a && b && b.entity !== null)
              add(ctx, ['relation.contact-noun-with'], noun, a.entity, b.entity, null, si, a.start, b.end, true);
          } else {
            // "Chiamata Putin-Biden", "i contatti Musk-Putin".
            const a = actorAt(ctx, i + 1);
            if (a && tokens[a.last]?.text === '-' && !tokens[a.last]?.spaceBefore) {
              const b = actorAt(ctx, a.last + 1);
              if (b)
                add(ctx, ['relation.contact-noun-hyphen'], noun, a.entity, b.entity, null, si, t.start, b.end, true);
            }
          }
        }
      }
      const type = lex.relationVerbs.get(t.key);
      if (!type) continue;
      if (seg.tokenInQuote[i] === 1) continue;
      // A participle needs an auxiliary (or a reflexive "si è"); present forms stand alone.
      const prev = tokens[i - 1];
      const participle = PARTICIPLE_ENDING.test(t.key);
      if (participle && !prev) continue;
      if (participle && !BEFORE_PARTICIPLE.has(prev?.key ?? '')) continue;
      // Passive ("è stato accusato") reverses roles: skip, the agent is rarely an entity.
      if (PASSIVE_BEFORE.has(prev?.key ?? '') || PASSIVE_TWO_BEFORE.has(tokens[i - 2]?.key ?? '')) continue;
      const subj = subjectOf(ctx, s, i);
      if (!subj || subj.entity === null) continue;
      const obj = objectOf(ctx, s, i, type);
      if (!obj || obj.entity === null) continue;
      let role: string | null = null;
      if (type === 'OWNS' || type === 'LEADS' || type === 'FOUNDED') role = t.text;
      add(ctx, ['relation.subject-verb-object'], type, subj.entity, obj.entity, role, si, subj.start, obj.end, true);
    }
  });
}

export function extractRelations(
  seg: Segmentation,
  mentions: MentionCandidate[],
  roles: RolePhrase[],
  actors: Actor[],
  ents: DocEntities,
  date: string | null,
  lex: Lexicon = LEXICON,
  disabled: ReadonlySet<string> | null = null,
): LocalRelation[] {
  const ctx: Ctx = {
    seg,
    disabled,
    mentions,
    actors,
    ents,
    lex,
    date,
    out: [],
    index: indexActors(actors, seg.sentences.length),
    words: relationWords(lex),
  };
  roleRelations(ctx, roles);
  adjacencyRelations(ctx);
  verbRelations(ctx);
  return ctx.out;
}
