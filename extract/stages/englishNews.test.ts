// English news through the English model's lists: titles before a name, places after a place noun.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc, said } from '../testDocs.ts';

const english = (text: string) => extract([{ ...doc(text), language: 'en' }]);
const entities = (text: string) => english(text).entities.map((e) => [e.name, e.type]);

describe('English titles', () => {
  it('leave a title written big out of the name', () => {
    expect(entities('Governor Mark Dalton signed the harbour plan.')).toStrictEqual([['Mark Dalton', 'Person']]);
  });

  it('read a lowercase title and a name after a quote as the speaker', () => {
    expect(said(english('"We will not stop," mayor Luke Ferris said.'))).toStrictEqual([
      ['Luke Ferris', 'direct', 'We will not stop'],
    ]);
  });
});

describe('English place nouns', () => {
  it('make the name after "mayor of" a place', () => {
    expect(entities('The mayor of Brenvik signed the harbour plan.')).toStrictEqual([['Brenvik', 'Place']]);
  });
});

describe('English words written big at the start of a sentence', () => {
  it('leave a time adverb and a council title out of the name', () => {
    expect(entities('Yesterday Councillor Mary Dunne said the plan was fine.')).toStrictEqual([
      ['Mary Dunne', 'Person'],
    ]);
  });
});

describe('English clauses joined by "but"', () => {
  it('give each its own speaker, the owner before a possessive being none of them', () => {
    expect(
      said(
        english(
          'Tom Pritchard said the plan was fine, but Labour’s health spokesperson, Anna Webb, accused ministers of "ignoring the warnings".',
        ),
      ),
    ).toStrictEqual([
      ['Tom Pritchard', 'indirect', 'the plan was fine'],
      ['Anna Webb', 'indirect', 'ministers of "ignoring the warnings"'],
    ]);
  });

  it('split the possessive off a name', () => {
    expect(english('Voters backed Labour’s candidate, Anna Webb.').entities.map((e) => e.name)).toStrictEqual([
      'Labour',
      'Anna Webb',
    ]);
  });
});

describe('English plural nouns for people', () => {
  it('name no one opening a sentence, and speak as an unnamed source', () => {
    const text = 'Mayor Helen Crawley spoke first. Witnesses said the car was speeding.';
    expect(entities(text)).toStrictEqual([['Helen Crawley', 'Person']]);
    expect(said(english(text))).toStrictEqual([[null, 'indirect', 'the car was speeding']]);
  });

  it('stay inside the name of a body mid-sentence', () => {
    expect(entities('The plan was opposed by the Brenvik Residents Association on Monday.')).toStrictEqual([
      ['Brenvik Residents Association', 'Organization'],
    ]);
  });
});

describe('An English headline in title case', () => {
  it('yields no names from its capitals', () => {
    expect(
      english('Tenants Fear Eviction After Storm\n\nThe storm hit Brenvik on Monday.').entities.map((e) => e.name),
    ).toStrictEqual(['Brenvik']);
  });
});

describe('English reporting clauses', () => {
  it('make no statement of the one a passive accuses', () => {
    expect(said(english('Mark Dalton, 58, is accused of steering contracts to his cousin.'))).toStrictEqual([]);
  });

  it('give a quote to the speaker a pronoun stands for, not to a name after the verb', () => {
    expect(
      said(
        english(
          'Anna Webb said the trial was unfair. "He has always been honest," she told reporters outside Brenvik Crown Court.',
        ),
      ),
    ).toStrictEqual([
      ['Anna Webb', 'indirect', 'the trial was unfair'],
      ['Anna Webb', 'direct', 'He has always been honest'],
    ]);
  });

  it('read a clause, then an unnamed source and its verb before a time phrase, past the dateline', () => {
    expect(said(english('BRENVIK — The mayor has been charged with fraud, prosecutors said on Friday.'))).toStrictEqual(
      [[null, 'indirect', 'The mayor has been charged with fraud']],
    );
  });
});

describe('English reporting verbs', () => {
  it('read a gerund after a comma as going on with the speaker', () => {
    expect(
      said(
        english(
          'Council leader Anna Webb called for a public inquiry into the contracts, saying the town "deserves the truth".',
        ),
      ),
    ).toStrictEqual([['Anna Webb', 'partial', 'deserves the truth']]);
  });
});
