// The speech act of a statement, from its reporting expression and its words.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { speechAct } from './acts.ts';
import { doc } from '../testDocs.ts';

const acts = (text: string, language = 'it') =>
  extract([{ ...doc(text), language }]).statements.map((s) => [s.quote, s.act, s.trace?.at(-1)]);

describe('the act of a statement', () => {
  it('reads the act of the reporting verb in every family', () => {
    expect(
      acts(
        'Anna Verdi ha criticato la riforma della scuola. Carla Neri ha elogiato il lavoro dei medici. ' +
          'Il ministro Carlo Neri ha promesso che i fondi arriveranno. Il sindaco Paolo Gialli ha avvertito che la piena è vicina. ' +
          'Marta Blu ha chiesto di ritirare la legge. Il premier Ugo Viola ha annunciato le dimissioni. ' +
          'Luca Bianchi ha detto che il ponte è sicuro.',
      ),
    ).toStrictEqual([
      ['la riforma della scuola', 'criticism', 'act.from-cue'],
      ['il lavoro dei medici', 'praise', 'act.from-cue'],
      ['i fondi arriveranno', 'promise', 'act.from-cue'],
      ['la piena è vicina', 'warning', 'act.from-cue'],
      ['ritirare la legge', 'request', 'act.from-cue'],
      ['le dimissioni', 'announcement', 'act.from-cue'],
      ['il ponte è sicuro', 'claim', 'act.from-cue'],
    ]);
  });

  it('reads a denial and an accusation from their objects', () => {
    expect(
      acts('Mario Rossi ha respinto le accuse. Luca Bianchi ha accusato il sindaco di aver mentito ai cittadini.'),
    ).toStrictEqual([
      ['le accuse', 'denial', 'act.from-cue'],
      ['aver mentito ai cittadini', 'accusation', 'act.from-cue'],
    ]);
  });

  it('takes the act the rule reading the object found over the act of the expression', () => {
    expect([
      speechAct({ cue: 'ha respinto', quote: 'le critiche', sentence: '', objectAct: 'denial' }),
      speechAct({ cue: 'ha criticato', quote: 'il sindaco di aver taciuto', sentence: '', objectAct: 'accusation' }),
    ]).toStrictEqual([
      { act: 'denial', rule: 'act.denial-object' },
      { act: 'accusation', rule: 'act.accusation-object' },
    ]);
  });

  it('reads a plain "ha detto" whose words deny as a denial, in Italian and in English', () => {
    expect(
      acts('«Tutto questo non è vero, sono informazioni completamente false», ha detto il portavoce Mario Rossi.'),
    ).toStrictEqual([
      ['Tutto questo non è vero, sono informazioni completamente false', 'denial', 'act.denial-in-words'],
    ]);
    expect(acts('"It is not true," said John Brown.', 'en')).toStrictEqual([
      ['It is not true', 'denial', 'act.denial-in-words'],
    ]);
    // "vero" alone, or "non" elsewhere, denies nothing.
    expect(acts('«È vero, non abbiamo ancora deciso», ha detto Mario Rossi.')).toStrictEqual([
      ['È vero, non abbiamo ancora deciso', 'claim', 'act.from-cue'],
    ]);
  });

  it('reads a denial phrase closing the words, and not one the words break off', () => {
    const said = (quote: string) =>
      speechAct({ cue: 'ha detto', quote, sentence: `«${quote}», ha detto Mario Rossi.`, objectAct: null });
    expect(said('La notizia non è vero')).toStrictEqual({ act: 'denial', rule: 'act.denial-in-words' });
    expect(said('Ora è tutto e non è')).toStrictEqual({ act: 'claim', rule: 'act.from-cue' });
  });

  it('does not read a denial in the words when the verb says something else', () => {
    expect(acts('Mario Rossi ha promesso che non è vero che la scuola chiuderà.')).toStrictEqual([
      ['non è vero che la scuola chiuderà', 'promise', 'act.from-cue'],
    ]);
  });

  it('reads a negated reporting verb as neither what it says nor a claim', () => {
    expect(acts('Mario Rossi non ha smentito che il piano esiste.')).toStrictEqual([
      ['il piano esiste', 'other', 'act.negated-cue'],
    ]);
  });

  it("reads a negation in the document's language only", () => {
    expect(acts('John Smith has not denied that the plan exists.', 'en')).toStrictEqual([
      ['the plan exists', 'other', 'act.negated-cue'],
    ]);
    expect(
      speechAct({
        cue: 'ha smentito',
        quote: 'il piano esiste',
        sentence: 'Not ha smentito che il piano esiste.',
        objectAct: null,
      }),
    ).toStrictEqual({ act: 'denial', rule: 'act.from-cue' });
  });

  it('reads a speech noun, and a claim where no expression says more', () => {
    expect(speechAct({ cue: "l'accusa di", quote: 'ha rubato', sentence: '', objectAct: null })).toStrictEqual({
      act: 'accusation',
      rule: 'act.from-cue',
    });
    expect(speechAct({ cue: 'la promessa del', quote: 'tutto cambierà', sentence: '', objectAct: null })).toStrictEqual(
      {
        act: 'promise',
        rule: 'act.from-cue',
      },
    );
    expect(speechAct({ cue: null, quote: 'Siamo pronti', sentence: '', objectAct: null })).toStrictEqual({
      act: 'claim',
      rule: 'act.plain-claim',
    });
    expect(speechAct({ cue: 'secondo', quote: 'il ponte è sicuro', sentence: '', objectAct: null })).toStrictEqual({
      act: 'claim',
      rule: 'act.plain-claim',
    });
  });
});
