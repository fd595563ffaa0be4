// Typing of mention candidates from the evidence around them: gazetteers
// (already set), titles and appositions, first names, head nouns, acronyms
// (mixed-case ones too: "PdL"), company-form suffixes ("SpA", "Srl"),
// organization cue nouns in apposition ("la società X", "il quotidiano X"),
// a city after a masculine article (its club: "il Parma"), nationalities used
// as nouns ("il belga X"), prepositions of place, reporting verbs. Each rule only raises the type's
// strength; resolution then votes across all mentions of an entity.
import type { EntityType } from '../../cypher/model.ts';
import { LEXICON, type Lexicon } from './lexicon.ts';
import { countryNames, type MentionCandidate } from './mentions.ts';
import type { RolePhrase } from './roles.ts';
import type { Segmentation, Token } from './segment.ts';
import { keySet, normKey } from './text.ts';

const PLACE_PREPS = new Set(['a', 'ad', 'in']);
const PLACE_NOUNS = keySet(['comune', 'città', 'provincia', 'regione', 'zona', 'periferia', 'centro', 'abitanti', 'sindaco', 'sindaca', 'vescovo', 'stazione', 'aeroporto', 'ospedale', 'porto', 'quartiere', 'frazione', 'area', 'territorio', 'capitale', 'villaggio', 'distretto', 'cittadina', 'isola', 'costa', 'nord', 'sud', 'est', 'ovest', 'pressi', 'dintorni', 'prefetto', 'questore', 'carcere', 'tribunale', 'procura', 'diocesi', 'municipio', 'lungomare', 'spiaggia', 'contrada', 'località', 'stato', 'governatore']);
const AUX = keySet(['ha', 'hanno', 'avrebbe', 'avrebbero', 'aveva', 'avevano', 'è', 'sono', 'sta', 'stanno', 'poi', 'anche', 'inoltre', 'non', 'si', 'gli', 'le', 'lo', 'mi', 'ci', 'ne']);
const ORG_ARTICLES = new Set(['il', 'lo', "l'", 'la', 'del', 'dello', "dell'", 'della', 'al', 'allo', "all'", 'alla', 'dal', 'dallo', "dall'", 'dalla', 'nel', 'nello', "nell'", 'nella', 'sul', "sull'", 'sulla', 'col']);

/** Masculine articles: Italian cities are feminine and written bare, so "il Genoa", "del Siena", "al Parma" name the club. */
const CLUB_ARTICLES = new Set(['il', 'lo', 'del', 'dello', 'al', 'allo', 'dal', 'dallo', 'col', 'sul', 'nel']);
/** Mixed-case acronyms of parties and bodies: "IdV", "PdL", "UdC", "PdCI". */
const MIXED_ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]{1,4}$/u;
const TITLE_ARTICLES = new Set(['il', 'lo', 'la', "l'", 'i', 'gli', 'le']);
const DEMONYM_ARTICLES = new Set(['il', 'lo', "l'", 'la', 'i', 'gli', 'le', 'del', "dell'", 'della', 'dello', 'dei', 'degli', 'delle', 'al', "all'", 'alla', 'ai', 'agli', 'dal', "dall'", 'dalla', 'dai', 'dagli', 'un', 'uno', 'una', "un'"]);
const INSTITUTION_PLACE_HEADS = new Set(['regione', 'comune']);
const CONNECTOR_KEYS = new Set(['di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', "dell'", "d'", 'da', 'dal', 'dalla', 'a', 'al', 'alla', 'in', 'per', 'con', 'su']);

function upperCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch !== ch.toLowerCase()) n++;
  return n;
}

/**
 * A cue noun before the name, in apposition: "la società Edilana", "l'agenzia di stampa Cihan",
 * "l'emittente americana Abc". Up to two lowercase modifiers and one "di"-complement may stand between.
 */
function orgCueBefore(tokens: Token[], first: number, lex: Lexicon): boolean {
  const prev = tokens[first - 1];
  if (!prev || prev.kind !== 'word' || prev.cap || CONNECTOR_KEYS.has(prev.key)) return false;
  const sentence = (tokens[first] as Token).sentence;
  let k = first - 1;
  for (let hops = 0; hops < 4 && k >= 0; hops++, k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || t.cap || t.sentence !== sentence) return false;
    if (lex.orgCues.has(t.key)) return true;
    if (lex.functionWords.has(t.key) && t.key !== 'di') return false;
  }
  return false;
}

function set(m: MentionCandidate, type: EntityType, strength: number): void {
  if (strength > m.strength || (strength === m.strength && type === m.type)) {
    m.type = type;
    m.strength = strength;
  }
}

export function typeMentions(seg: Segmentation, mentions: MentionCandidate[], roles: RolePhrase[], lex: Lexicon = LEXICON, vocabulary: Set<string> = new Set()): void {
  const { tokens } = seg;
  for (const r of roles) {
    if (r.person !== null) set(mentions[r.person] as MentionCandidate, 'Person', 3);
  }
  for (const m of mentions) {
    const first = tokens[m.first] as Token;
    const words = m.last - m.first;
    const before = tokens[m.first - 1];
    if (words === 1 && before && CLUB_ARTICLES.has(before.key) && !before.cap && before.sentence === first.sentence && !first.upper && lex.cities.has(first.key) && !vocabulary.has(first.key) && !countryNames(lex).has(m.gazetteer?.canonical ?? m.text) && (m.gazetteer === null || m.gazetteer.type === 'Place')) {
      m.gazetteer = null;
      m.headType = null;
      m.type = 'Organization';
      m.strength = 3;
      continue;
    }
    if (m.gazetteer) continue;
    if (words >= 2 && first.text.length === 1 && tokens[m.first + 1]?.text === '.') {
      set(m, 'Person', 3);
      continue;
    }
    // "la Regione Lombardia", "il Comune di Pavia": written big, the administration; "il comune di Pavia" is the territory.
    if (m.headType === 'Place' && first.cap && !first.initial && INSTITUTION_PLACE_HEADS.has(first.key)) set(m, 'Organization', 3.2);
    if (m.headType) continue;
    const allUpper = words === 1 && first.upper;
    const prev = tokens[m.first - 1];
    const prev2 = tokens[m.first - 2];
    if (allUpper) set(m, 'Organization', 2);
    // "FIRENZE." in a dateline: a city in capitals.
    if (allUpper && first.text.length > 3 && lex.gazetteer.get(first.key)?.type === 'Place') set(m, 'Place', 2.5);
    // "Il Giornalino", "La Maiella": a name that opens with its own capitalized article is a title, a paper or a body, not a person.
    if (words >= 2 && first.cap && !first.initial && TITLE_ARTICLES.has(first.key)) set(m, 'Organization', 2);
    if (words === 1 && !allUpper && first.text.length >= 3 && MIXED_ACRONYM.test(first.text) && upperCount(first.text) * 2 >= first.text.length) set(m, 'Organization', 2);
    if (words >= 2 && (lex.orgSuffixes.has((tokens[m.last - 1] as Token).key) || m.text.endsWith('S.p.A.'))) set(m, 'Organization', 2.5);
    if (orgCueBefore(tokens, m.first, lex)) set(m, 'Organization', 2.5);
    const key = normKey(m.text);
    if (lex.cities.has(key)) set(m, 'Place', 2);
    const lastKey = (tokens[m.last - 1] as Token).key;
    if (words >= 2 && (lex.orgWords.has(lastKey) || lex.orgWords.has(first.key))) set(m, 'Organization', 2.5);
    if (words === 1 && lex.knownSurnames.has(key)) set(m, 'Person', 2);
    if (words === 1 && lex.firstNames.has(key) && !lex.cities.has(key)) set(m, 'Person', 2);
    if (words >= 2 && lex.eventWords.has(lastKey)) set(m, 'Event', 2.6);
    // "Codice Penale", "Forze Armate", "Nuovo Mondo": a name made of common words is no person's name.
    if (words >= 2 && m.strength <= 1 && m.type === 'Person') {
      let common = false;
      for (let k = m.first; k < m.last; k++) {
        const tk = tokens[k] as Token;
        if (tk.kind === 'word' && tk.cap && !lex.firstNames.has(tk.key) && vocabulary.has(tk.key)) common = true;
      }
      if (common) set(m, 'Other', 1.2);
    }
    // "Gran Premio di …", "Coppa del Mondo", "Festival di Sanremo": an event word inside the name.
    for (let k = m.first + 1; k < m.last; k++) if (lex.heads.get((tokens[k] as Token).key) === 'Event') set(m, 'Event', 2.5);
    if (words >= 2 && lex.firstNames.has(first.key)) set(m, 'Person', 2);
    if (words === 1 && !allUpper && prev && PLACE_PREPS.has(prev.key) && prev.sentence === first.sentence) set(m, 'Place', 2);
    // "il sindaco di Garbagnate", "la provincia di Trapani", "abitanti di Capoterra".
    if (!allUpper && prev && prev2 && (prev.key === 'di' || prev.key === "d'") && PLACE_NOUNS.has(prev2.key)) set(m, 'Place', 2);
    // A reporting or action verb right after the name: a speaker (person unless an acronym).
    let k = m.last;
    while (k < tokens.length && AUX.has((tokens[k] as Token).key) && k - m.last < 3) k++;
    const verb = tokens[k];
    if (verb && (lex.speechCues.has(verb.key) || lex.relationVerbs.has(verb.key)) && !allUpper && words >= 2) set(m, 'Person', 2);
    // "il belga Tom Boonen", "gli italiani Tosatto e Nibali": a nationality used as a noun introduces people.
    if (prev && lex.demonyms.has(prev.key) && !allUpper && prev2 && DEMONYM_ARTICLES.has(prev2.key) && m.strength <= 2 && m.type !== 'Place') set(m, 'Person', 2.2);
    // "il Pentagono", "dell'Eliseo": an article before a bare name is rare for persons.
    if (words === 1 && prev && ORG_ARTICLES.has(prev.key) && m.strength < 2) set(m, 'Organization', 1.5);
    // "il rapporto del X", "l'articolo del X": a publisher.
    if (prev && prev2 && (prev.key === 'del' || prev.key === "dell'" || prev.key === 'di') && lex.sourceNouns.has(prev2.key)) set(m, 'Organization', 2);
  }
}
