import { describe, expect, it } from 'vitest';
import { parseModel, posModel, serializeModel, tagSentence, wordShape, type PosToken } from './posTagger.ts';
import { readConllu, scoreTagger, trainTagger, type TaggedSentence } from './posTrain.ts';

function tokens(sentence: string): PosToken[] {
  return sentence.split(' ').map((text, i) => ({ text, initial: i === 0 }));
}

function shippedTags(sentence: string): string[] {
  const model = posModel('it');
  if (model === null) throw new Error('no Italian model');
  return tagSentence(model, tokens(sentence));
}

describe('wordShape', () => {
  it('collapses runs of letter classes', () => {
    expect(['Penso', 'USA', "dell'", 'dell’', '2024', 'D’Alema'].map(wordShape)).toStrictEqual([
      'Xx',
      'X',
      "x'",
      "x'",
      'd',
      "X'Xx",
    ]);
  });
});

const CONLLU = [
  '# text = Vado della casa.',
  '1\tVado\tandare\tVERB\t_\t_\t0\troot\t_\t_',
  '2-3\tdella\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdi\tdi\tADP\t_\t_\t4\tcase\t_\t_',
  '3\tla\til\tDET\t_\t_\t4\tdet\t_\t_',
  '3.1\tè\tessere\tAUX\t_\t_\t_\t_\t_\t_',
  '4\tcasa\tcasa\tNOUN\t_\t_\t1\tobl\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_',
  '',
  '1\t«\t«\tPUNCT\t_\t_\t2\tpunct\t_\t_',
  '2\tSì\tsì\tINTJ\t_\t_\t0\troot\t_\t_',
  '',
].join('\n');

describe('readConllu', () => {
  it('reads surface tokens: a contraction with its first word tag, no empty node, initial after an opening quote', () => {
    expect(readConllu(CONLLU)).toStrictEqual([
      {
        tokens: [
          { text: 'Vado', initial: true },
          { text: 'della', initial: false },
          { text: 'casa', initial: false },
          { text: '.', initial: false },
        ],
        tags: ['VERB', 'ADP', 'NOUN', 'PUNCT'],
      },
      {
        tokens: [
          { text: '«', initial: true },
          { text: 'Sì', initial: true },
        ],
        tags: ['PUNCT', 'INTJ'],
      },
    ]);
  });
});

const TOY: TaggedSentence[] = [
  { tokens: tokens('Anna vede il lago'), tags: ['PROPN', 'VERB', 'DET', 'NOUN'] },
  { tokens: tokens('il lago vede Anna'), tags: ['DET', 'NOUN', 'VERB', 'PROPN'] },
  { tokens: tokens('Piero guarda il mare'), tags: ['PROPN', 'VERB', 'DET', 'NOUN'] },
];

describe('trainTagger', () => {
  it('gives the same model for the same sentences and seed', () => {
    const a = serializeModel(trainTagger(TOY, { iterations: 4, seed: 7 }), ['toy'], 0);
    const b = serializeModel(trainTagger(TOY, { iterations: 4, seed: 7 }), ['toy'], 0);
    expect(a).toStrictEqual(b);
  });

  it('learns the sentences it was trained on', () => {
    const model = trainTagger(TOY, { iterations: 4, seed: 7 });
    expect(TOY.map((s) => tagSentence(model, s.tokens))).toStrictEqual(TOY.map((s) => s.tags));
  });

  it('reads back what it writes, tags included', () => {
    const model = trainTagger(TOY, { iterations: 4, seed: 7 });
    const text = serializeModel(model, ['toy'], 0);
    expect(serializeModel(parseModel(text), ['toy'], 0)).toStrictEqual(text);
    expect(parseModel(text).tags).toStrictEqual(['DET', 'NOUN', 'PROPN', 'VERB']);
  });
});

describe('scoreTagger', () => {
  it('counts accuracy, proper nouns and capitalized opening words', () => {
    const model = trainTagger(TOY, { iterations: 4, seed: 7 });
    const wrong: TaggedSentence = { tokens: tokens('Anna vede il lago'), tags: ['NOUN', 'VERB', 'DET', 'NOUN'] };
    expect(scoreTagger(model, [TOY[0] as TaggedSentence, wrong])).toStrictEqual({
      tokens: 8,
      correct: 7,
      propn: { hit: 1, predicted: 2, gold: 1 },
      initialCapitals: { tokens: 2, nameRight: 1 },
    });
  });
});

describe('the Italian model', () => {
  it('tags an infinitive with an object pronoun opening a sentence as a verb', () => {
    expect(shippedTags('Ridurlo sarebbe un errore .')[0]).toStrictEqual('VERB');
  });

  it('tags a plural verb opening a sentence as a verb', () => {
    expect(shippedTags('Arrivano i rinforzi .')[0]).toStrictEqual('VERB');
  });

  it('tags "entrambi" opening a sentence as a pronoun', () => {
    expect(shippedTags('Entrambi hanno votato contro .')[0]).toStrictEqual('PRON');
  });

  it('tags a first name and a surname after an adverb as proper nouns', () => {
    expect(shippedTags('Ieri Mario Rossi ha parlato .').slice(0, 3)).toStrictEqual(['ADV', 'PROPN', 'PROPN']);
  });
});
