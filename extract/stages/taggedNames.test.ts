import { describe, expect, it } from 'vitest';
import { ruleReason } from '../../contract/rules.ts';
import { extract } from '../extractor.ts';
import { lowercaseVocabulary } from '../engine/pipeline.ts';
import { LEXICON } from '../lang/lexicon.ts';
import { detectMentions } from './mentions.ts';
import { posModel, tagSentence } from '../engine/posTagger.ts';
import { segment } from '../engine/segment.ts';
import { sentenceTags, taggedNotName } from './taggedNames.ts';
import { doc } from '../testDocs.ts';

function mentionsOf(text: string): [string, string][] {
  const seg = segment(text);
  return detectMentions(seg, LEXICON, lowercaseVocabulary([seg]), 'it').map((m) => [m.text, m.rule]);
}

describe('sentenceTags', () => {
  it('has nothing to say for a language without a model', () => {
    expect(sentenceTags(segment('Mario parla.'), 'xx')).toStrictEqual(null);
  });

  it('gives every token the tag the whole sentence tagged at once gives it, asked in any order', () => {
    const seg = segment('Ieri il sindaco Aldo Ferretti ha parlato a lungo.');
    const model = posModel('it');
    if (model === null) throw new Error('no Italian model');
    const whole = tagSentence(
      model,
      seg.tokens.map((t) => ({ text: t.text, initial: t.initial })),
    );
    const forward = sentenceTags(seg, 'it');
    const backward = sentenceTags(seg, 'it');
    const order = seg.tokens.map((_, i) => i);
    expect([
      order.map((i) => forward?.tagAt(i)),
      [...order]
        .reverse()
        .map((i) => backward?.tagAt(i))
        .reverse(),
    ]).toStrictEqual([whole, whole]);
  });

  it('vetoes an opening adjective, not an opening surname', () => {
    const seg = segment('Graditissimi sono stati i fiori. Brembelli, come sempre, era in ritardo.');
    const tags = sentenceTags(seg, 'it');
    const surname = seg.tokens.findIndex((t) => t.text === 'Brembelli');
    expect([taggedNotName(tags, 0), taggedNotName(tags, surname)]).toStrictEqual([true, false]);
  });
});

describe('mention detection with the tagger', () => {
  it('opens no name at an opening adjective the lexicons do not know', () => {
    expect(mentionsOf('Graditissimi sono stati i fiori.')).toStrictEqual([]);
  });

  it('opens no name at an opening numeral word', () => {
    expect(mentionsOf('Quarantadue sono i feriti.')).toStrictEqual([]);
  });

  it('opens a name at an opening word tagged a proper noun that the text never writes small', () => {
    expect(mentionsOf('Brembelli, come sempre, era in ritardo.')).toStrictEqual([
      ['Brembelli', 'type.tagged-proper-noun'],
    ]);
  });

  it('gives a reason for each of its rules', () => {
    expect(
      [ruleReason('mention.tagged-not-name'), ruleReason('type.tagged-proper-noun')].map((r) => typeof r),
    ).toStrictEqual(['string', 'string']);
  });
});

// A made-up page: its sentences open on verbs, a pronoun, an adjective and a numeral, some of which
// no word list holds; only the names in it become entities.
const PAGE = [
  'LA GIUNTA RINVIA IL BILANCIO',
  'Penso che la giunta abbia sbagliato, ha detto il consigliere Aldo Ferretti. Ridurlo a un problema di conti sarebbe un errore.',
  'Entrambi hanno votato contro. Arrivano intanto i dati della Regione Umbria.',
  'Graditissimi sono stati i soccorsi da Perugia. Quarantadue sono i feriti.',
].join('\n\n');

describe('a newspaper page', () => {
  it('makes no entity of a capitalized opening verb, pronoun, adjective or numeral', async () => {
    const result = await extract([doc(PAGE)]);
    expect(result.entities.map((e) => [e.name, e.type])).toStrictEqual([
      ['Regione Umbria', 'Organization'],
      ['Aldo Ferretti', 'Person'],
      ['Perugia', 'Place'],
    ]);
  });
});
