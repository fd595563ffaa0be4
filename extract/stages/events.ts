// Events named in the text: an event noun ("telefonata", "guerra",
// "avvelenamento", "colloqui", "elezioni") qualified by participants ("tra
// Putin e Biden", "Russia-Ucraina", "di Navalny"), a place ("di Ginevra",
// "negli Stati Uniti") or a date ("del 3 novembre"). Each becomes an Event
// entity with participants, place and date (resolved against the
// publication date), and calls or meetings between two parties also give
// CALLED/MET relations.
import type { RelationType } from '../../contract/graph.ts';
import type { EventRuleId } from '../../contract/rules.ts';
import type { Actor } from './actors.ts';
import { findDates, type FoundDate } from '../engine/dates.ts';
import { classOf, LEXICON, oneWordOf, perModel, type EventKind, type Lexicon } from '../lang/lexicon.ts';
import type { MentionCandidate } from './mentions.ts';
import { ensureEntity } from './relations.ts';
import type { DocEntities, LocalEntity } from './coreference.ts';
import type { Segmentation, Token } from '../engine/segment.ts';
import { normKey } from '../engine/text.ts';

export interface LocalEvent {
  entity: number;
  kind: EventKind;
  participants: number[];
  date: string | null;
  place: number | null;
  evidence: string;
  start: number;
  end: number;
  sentence: number;
}

/** The events stage's words in a model (word-classes/events.txt), built once per model. */
const eventWords = perModel((lex) => ({
  qualPreps: new Set(classOf(lex, 'events', 'qual-preps')),
  negations: new Set(classOf(lex, 'events', 'negations')),
  /** "tra", "fra": "un incontro tra X e Y". */
  between: new Set(classOf(lex, 'events', 'between')),
  /** "e" between the participants. */
  and: new Set(classOf(lex, 'events', 'and')),
  /** "contro": a place after it is an opponent, not where the event took place. */
  against: new Set(classOf(lex, 'events', 'against')),
  /** The words of an event's name: "telefonata con X", "vertice di X", "incontro di Roma", "vertice in X", "vertice del 2022-03-01". */
  nameCall: oneWordOf(lex, 'events', 'name-call'),
  nameWith: oneWordOf(lex, 'events', 'name-with'),
  nameOf: oneWordOf(lex, 'events', 'name-of'),
  nameMeetingPlace: oneWordOf(lex, 'events', 'name-meeting-place'),
  namePlace: oneWordOf(lex, 'events', 'name-place'),
  nameDate: oneWordOf(lex, 'events', 'name-date'),
  notEventVerbs: classOf(lex, 'events', 'not-event-verbs'),
  betweenArticles: classOf(lex, 'events', 'between-articles'),
  /** Each word that names a recurring event written big alone → the index of its line: one line, one event. */
  namedEventWords: new Map(
    classOf(lex, 'events', 'named-event-words').flatMap((line, index) =>
      line.split(/\s+/).map((word) => [normKey(word), index] as const),
    ),
  ),
}));

function shortName(e: LocalEntity): string {
  if (e.type === 'Person') return e.name.split(/\s+/).pop() ?? e.name;
  return e.name;
}

/** Most characters between an event's noun and the date that alone names it (" del 3 novembre 2024" is 4). */
const EVENT_DATE_GAP = 24;

export function extractEvents(
  seg: Segmentation,
  mentions: MentionCandidate[],
  actors: Actor[],
  ents: DocEntities,
  date: string | null,
  lex: Lexicon = LEXICON,
): LocalEvent[] {
  const {
    qualPreps: QUAL_PREPS,
    negations: NEGATIONS,
    between: BETWEEN,
    and: AND,
    against: AGAINST,
    nameCall: NAME_CALL,
    nameWith: NAME_WITH,
    nameOf: NAME_OF,
    nameMeetingPlace: NAME_MEETING_PLACE,
    namePlace: NAME_PLACE,
    nameDate: NAME_DATE,
    notEventVerbs: NOT_EVENT_VERBS,
    betweenArticles: BETWEEN_ARTICLES,
  } = eventWords(lex);
  const { tokens, text } = seg;
  const out: LocalEvent[] = [];
  const actorAt = new Map<number, Actor>();
  for (const a of actors) actorAt.set(a.first, a);
  // A sentence's dates, read once however many event nouns it holds.
  const datesBySentence = new Map<number, FoundDate[]>();
  eventsNamedAlone(seg, mentions, ents, eventWords(lex).namedEventWords);
  for (const s of seg.sentences) {
    if (s.boilerplate) continue;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word' || t.cap || !lex.eventNounFirst.has(t.key)) continue;
      // Longest event noun at i ("conversazione telefonica" before "conversazione").
      let kind: EventKind | undefined;
      let nounEnd = i + 1;
      for (let n = Math.min(lex.eventNounMaxTokens, s.last - i); n >= 1; n--) {
        const key = normKey(text.slice(t.start, (tokens[i + n - 1] as Token).end));
        const k = lex.eventNouns.get(key);
        if (k) {
          kind = k;
          nounEnd = i + n;
          break;
        }
      }
      if (!kind) continue;
      if ([1, 2].some((d) => NEGATIONS.has(tokens[i - d]?.key ?? ''))) continue;
      const participants: number[] = [];
      let place: number | null = null;
      let end = nounEnd;
      let k = nounEnd;
      // Adjectives right after the noun ("telefonica", "presidenziali", "americane").
      const adjectives: string[] = [];
      while (
        k < s.last &&
        (tokens[k] as Token).kind === 'word' &&
        !(tokens[k] as Token).cap &&
        !QUAL_PREPS.has((tokens[k] as Token).key) &&
        k - nounEnd < 2 &&
        /[aeio]$/.test((tokens[k] as Token).key) &&
        !lex.speechCues.has((tokens[k] as Token).key) &&
        !NOT_EVENT_VERBS.includes((tokens[k] as Token).key)
      ) {
        const country = lex.demonyms.get((tokens[k] as Token).key);
        if (country) place = ensureEntity(ents, country, 'Place', lex);
        adjectives.push((tokens[k] as Token).text);
        k++;
      }
      if (adjectives.length > 0 && place !== null) end = k;
      const a = actorAt.get(k);
      const tk = tokens[k];
      if (a && a.entity !== null && tokens[a.last]?.text === '-') {
        // "guerra Russia-Ucraina", "telefonata Putin-Biden".
        const b = actorAt.get(a.last + 1);
        if (b && b.entity !== null) {
          participants.push(a.entity, b.entity);
          end = b.last;
        }
      } else if (tk && BETWEEN.has(tk.key)) {
        let j = k + 1;
        while (j < s.last && BETWEEN_ARTICLES.includes((tokens[j] as Token).key)) j++;
        const x = actorAt.get(j);
        if (x && x.entity !== null && AND.has(tokens[x.last]?.key ?? '')) {
          const y = [x.last + 1, x.last + 2, x.last + 3, x.last + 4]
            .map((k) => actorAt.get(k))
            .find((b) => b !== undefined && b.entity !== null);
          if (y && y.entity !== null) {
            participants.push(x.entity, y.entity);
            end = y.last;
          }
        }
      } else if (tk && QUAL_PREPS.has(tk.key)) {
        const x = actorAt.get(k + 1);
        if (x && x.entity !== null) {
          const e = ents.entities[x.entity] as LocalEntity;
          if (e.type === 'Place' && !AGAINST.has(tk.key)) place = x.entity;
          else participants.push(x.entity);
          end = x.last;
          // "colloqui di Ginevra … a Vienna": one qualifier is enough.
        }
      } else if (a && a.entity !== null && (ents.entities[a.entity] as LocalEntity).type !== 'Person') {
        // "le elezioni Usa", "l'accesso Starlink" is not an event: only places qualify bare.
        if ((ents.entities[a.entity] as LocalEntity).type === 'Place') {
          place = a.entity;
          end = a.last;
        }
      }
      const sent = seg.sentences[t.sentence] ?? s;
      // The date written nearest after the event noun in its sentence, else the one before it.
      let dates = datesBySentence.get(t.sentence);
      if (dates === undefined) {
        dates = findDates(text, sent.start, sent.end, date, lex);
        datesBySentence.set(t.sentence, dates);
      }
      let eventDate = (dates.find((d) => d.start >= t.start) ?? dates[dates.length - 1])?.date ?? null;
      if (participants.length === 0 && place === null) {
        // Named by its date alone, the date must be the noun's own ("il vertice del 3 marzo"), not one of
        // another clause ("durante la conferenza: il porto sarà pronto nel 2028").
        const nounEndAt = (tokens[end - 1] as Token).end;
        const own = dates.find(
          (d) =>
            d.start >= nounEndAt &&
            d.start - nounEndAt <= EVENT_DATE_GAP &&
            !/[,:;]/.test(text.slice(nounEndAt, d.start)),
        );
        eventDate = own?.date ?? null;
      }
      if (participants.length === 0 && place === null && !eventDate) continue;
      const start = t.start;
      const endOff = (tokens[end - 1] as Token).end;
      const nounText = text.slice(t.start, (tokens[nounEnd - 1] as Token).end).toLowerCase();
      const nounName = kind === 'call' ? NAME_CALL : nounText;
      let name: string;
      if (participants.length >= 2)
        name = `${nounName} ${participants.map((p) => shortName(ents.entities[p] as LocalEntity)).join('-')}`;
      else if (participants.length === 1)
        name = `${nounName} ${kind === 'call' ? NAME_WITH : NAME_OF} ${shortName(ents.entities[participants[0] as number] as LocalEntity)}`;
      else if (place !== null)
        name = `${nounName} ${kind === 'meeting' ? NAME_MEETING_PLACE : NAME_PLACE} ${(ents.entities[place] as LocalEntity).name}`;
      else name = `${nounName} ${NAME_DATE} ${eventDate}`;
      const mentionText = text.slice(start, endOff);
      let entity = ents.entities.find((e) => e.type === 'Event' && normKey(e.name) === normKey(name));
      if (!entity) entity = addEventEntity(ents, name, eventRule(kind), undefined);
      entity.mentions.push({ start, end: endOff, text: mentionText, sentence: t.sentence, description: false });
      if (mentionText !== name) entity.aliases.add(mentionText);
      out.push({
        entity: entity.index,
        kind,
        participants,
        date: eventDate,
        place,
        evidence: text.slice(sent.start, sent.end),
        start,
        end: endOff,
        sentence: t.sentence,
      });
      i = Math.max(i, end - 1);
    }
  }
  return out;
}

/**
 * "le Olimpiadi … i Giochi", "ai Mondiali": a word for a recurring event written big alone after a small word inside a
 * sentence names that event, one per article whatever word of its line the article uses. Which edition it is the word
 * does not say, so the event is kept to its article.
 */
function eventsNamedAlone(
  seg: Segmentation,
  mentions: MentionCandidate[],
  ents: DocEntities,
  namedEventWords: ReadonlyMap<string, number>,
): void {
  const { tokens } = seg;
  // Built at the first word of the class: most articles hold none.
  let inMention: Set<number> | null = null;
  const entityOf = new Map<number, LocalEntity>();
  tokens.forEach((t, k) => {
    const line = namedEventWords.get(t.key);
    if (line === undefined || t.kind !== 'word' || !t.cap || t.upper) return;
    if (inMention === null) {
      inMention = new Set<number>();
      for (const m of mentions) for (let j = m.first; j < m.last; j++) inMention.add(j);
    }
    if (inMention.has(k)) return;
    const before = tokens[k - 1];
    if (before === undefined || before.kind !== 'word' || before.cap || before.sentence !== t.sentence) return;
    if (seg.sentences[t.sentence]?.boilerplate === true) return;
    let entity = entityOf.get(line);
    if (entity === undefined) {
      entity = addEventEntity(ents, t.text, eventRule('other'), true);
      entityOf.set(line, entity);
    }
    entity.mentions.push({ start: t.start, end: t.end, text: t.text, sentence: t.sentence, description: false });
    if (t.text !== entity.name) entity.aliases.add(t.text);
  });
}

/**
 * A new Event entity of the article, in the shape coreference gives every entity; `generic` keeps it to its article
 * (an edition the words do not name).
 */
function addEventEntity(ents: DocEntities, name: string, rule: EventRuleId, generic: true | undefined): LocalEntity {
  const entity: LocalEntity = {
    index: ents.entities.length,
    type: 'Event',
    name,
    gazetteer: null,
    mentions: [],
    aliases: new Set(),
    votes: new Map([['Event', 3]]),
    generic,
    trace: [rule],
    typedBy: undefined,
  };
  ents.entities.push(entity);
  return entity;
}

/** CALLED/MET between the two parties of a call or meeting, PARTICIPATED_IN for each party, HELD_IN for the place. */
/** The rule that found an event of this kind: the one of its noun. */
export function eventRule(kind: EventKind): EventRuleId {
  return `event.${kind}-noun`;
}

export function eventRelations(
  events: LocalEvent[],
): { type: RelationType; source: number; target: number; event: LocalEvent }[] {
  const rels: { type: RelationType; source: number; target: number; event: LocalEvent }[] = [];
  for (const e of events) {
    const [a, b] = e.participants;
    if (a !== undefined && b !== undefined && (e.kind === 'call' || e.kind === 'meeting'))
      rels.push({ type: e.kind === 'call' ? 'CALLED' : 'MET', source: a, target: b, event: e });
    for (const p of e.participants) rels.push({ type: 'PARTICIPATED_IN', source: p, target: e.entity, event: e });
    if (e.place !== null) rels.push({ type: 'HELD_IN', source: e.entity, target: e.place, event: e });
  }
  return rels;
}
