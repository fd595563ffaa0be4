// Typing of mention candidates from the evidence around them: gazetteers
// (already set), titles and appositions, first names, head nouns, acronyms,
// prepositions of place, reporting verbs. Each rule only raises the type's
// strength; resolution then votes across all mentions of an entity.
import type { EntityType } from '../../cypher/model.ts';
import { LEXICON, type Lexicon } from './lexicon.ts';
import type { MentionCandidate } from './mentions.ts';
import type { RolePhrase } from './roles.ts';
import type { Segmentation, Token } from './segment.ts';
import { keySet, normKey } from './text.ts';

const PLACE_PREPS = new Set(['a', 'ad', 'in']);
const PLACE_NOUNS = keySet(['comune', 'città', 'provincia', 'regione', 'zona', 'periferia', 'centro', 'abitanti', 'sindaco', 'sindaca', 'vescovo', 'stazione', 'aeroporto', 'ospedale', 'porto', 'quartiere', 'frazione', 'area', 'territorio', 'capitale', 'villaggio', 'distretto', 'cittadina', 'isola', 'costa', 'nord', 'sud', 'est', 'ovest', 'pressi', 'dintorni', 'prefetto', 'questore', 'carcere', 'tribunale', 'procura', 'diocesi', 'municipio', 'lungomare', 'spiaggia', 'contrada', 'località', 'stato', 'governatore']);
const AUX = keySet(['ha', 'hanno', 'avrebbe', 'avrebbero', 'aveva', 'avevano', 'è', 'sono', 'sta', 'stanno', 'poi', 'anche', 'inoltre', 'non', 'si', 'gli', 'le', 'lo', 'mi', 'ci', 'ne']);
const ORG_ARTICLES = new Set(['il', 'lo', "l'", 'la', 'del', 'dello', "dell'", 'della', 'al', 'allo', "all'", 'alla', 'dal', 'dallo', "dall'", 'dalla', 'nel', 'nello', "nell'", 'nella', 'sul', "sull'", 'sulla', 'col']);

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
    if (m.gazetteer) continue;
    const first = tokens[m.first] as Token;
    const words = m.last - m.first;
    if (words >= 2 && first.text.length === 1 && tokens[m.first + 1]?.text === '.') {
      set(m, 'Person', 3);
      continue;
    }
    if (m.headType) continue;
    const allUpper = words === 1 && first.upper;
    const prev = tokens[m.first - 1];
    const prev2 = tokens[m.first - 2];
    if (allUpper) set(m, 'Organization', 2);
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
    // "il Pentagono", "dell'Eliseo": an article before a bare name is rare for persons.
    if (words === 1 && prev && ORG_ARTICLES.has(prev.key) && m.strength < 2) set(m, 'Organization', 1.5);
    // "il rapporto del X", "l'articolo del X": a publisher.
    if (prev && prev2 && (prev.key === 'del' || prev.key === "dell'" || prev.key === 'di') && lex.sourceNouns.has(prev2.key)) set(m, 'Organization', 2);
  }
}
