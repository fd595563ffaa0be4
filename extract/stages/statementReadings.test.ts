// Speakers and the words they said around brackets, colons, objects and subjects left unwritten. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc, said } from '../testDocs.ts';

const statementsOf = (text: string) => said(extract([doc(text)]));
const tracesOf = (text: string) => extract([doc(text)]).statements.map((s) => s.trace);

describe("a person's party of several words in brackets", () => {
  it('is stepped over after "secondo"', () => {
    const text = 'Secondo la senatrice Giulia Rastelli (Forza Italia), il piano costa troppo.';
    expect(statementsOf(text)).toStrictEqual([['Giulia Rastelli', 'indirect', 'il piano costa troppo']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.secondo-then-clause', 'speaker.bracketed-body', 'speaker.after-secondo', 'act.plain-claim'],
    ]);
  });

  it('is stepped over after the verb that follows a quote', () => {
    expect(statementsOf('«Il piano costa troppo», ha detto Giulia Rastelli (Forza Italia) ai cronisti.')).toStrictEqual(
      [['Giulia Rastelli', 'direct', 'Il piano costa troppo']],
    );
  });

  it('is not read as part of a place before the brackets', () => {
    expect(statementsOf('Secondo Bologna (Forza Italia), il piano costa troppo.')).toStrictEqual([]);
  });
});

describe('a reporting verb right before a colon, then a clause without quote marks', () => {
  it('reads the clause as what the subject said', () => {
    const text = 'Il ministro Carlo Venturi ha detto: il porto di Valdrena sarà pronto nel 2028.';
    expect(statementsOf(text)).toStrictEqual([
      ['Carlo Venturi', 'indirect', 'il porto di Valdrena sarà pronto nel 2028'],
    ]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.cue-then-colon-clause', 'speaker.subject-before-cue', 'act.from-cue'],
    ]);
  });

  it('reads nothing when an object stands between the verb and the colon', () => {
    expect(statementsOf('La giunta di Valdrena ha approvato il bilancio: la spesa è stata ridotta.')).toStrictEqual([]);
  });

  it('reads nothing when no clause with a verb follows the colon', () => {
    expect(statementsOf('Il ministro Carlo Venturi ha annunciato: tre nuovi porti e due dighe.')).toStrictEqual([]);
  });
});

describe('"Lo ha detto X" with a colon after the source', () => {
  it('points forward: the sentence before is not credited', () => {
    expect(
      statementsOf('Il sindaco è arrivato alle dieci. Lo ha detto il ministro Carlo Venturi: il porto sarà pronto.'),
    ).toStrictEqual([]);
  });

  it('still credits the sentence before when the colon comes after a comma', () => {
    expect(
      statementsOf(
        'Il porto riaprirà lunedì. Lo ha detto il ministro Carlo Venturi, aggiungendo: «saremo pronti».',
      ).map(([speaker, kind, quote]) => [speaker, kind, quote]),
    ).toStrictEqual([
      ['Carlo Venturi', 'indirect', 'Il porto riaprirà lunedì'],
      ['Carlo Venturi', 'direct', 'saremo pronti'],
    ]);
  });
});

describe('a subject after the reporting verb that follows a quote', () => {
  it('is not read as the object of the verb as well', () => {
    expect(statementsOf("«Non ci fermeremo», ha assicurato l'assessore Lucia Fermenti.")).toStrictEqual([
      ['Lucia Fermenti', 'direct', 'Non ci fermeremo'],
    ]);
  });
});

describe("a reporting verb's object", () => {
  it('ends before "ma" and a clause of its own', () => {
    expect(
      statementsOf("Il procuratore Ugo Sardoni ha confermato l'indagine ma non ha rilasciato dichiarazioni."),
    ).toStrictEqual([['Ugo Sardoni', 'indirect', "l'indagine"]]);
  });

  it('goes on past "e" and "essere" with a stance of the same subject', () => {
    expect(
      statementsOf('Il sindaco Ugo Sardoni lamentava la chiusura del porto ed era molto critico con la Regione.'),
    ).toStrictEqual([['Ugo Sardoni', 'indirect', 'la chiusura del porto ed era molto critico con la Regione']]);
  });

  it('goes on past "e" between two nouns', () => {
    expect(
      statementsOf('Il sindaco Ugo Sardoni ha annunciato la chiusura del porto e la riapertura del ponte.'),
    ).toStrictEqual([['Ugo Sardoni', 'indirect', 'la chiusura del porto e la riapertura del ponte']]);
  });
});

describe('a quote whose verb has no subject after a sentence opened by a title', () => {
  it('goes to the holder of the title, not to the speaker before', () => {
    const text =
      'La sindaca Anna Corvetti ha incontrato il governatore Marco Dalvesi. «È stato utile», ha detto Corvetti. ' +
      'Il governatore si è mostrato più cauto. «Servono altri controlli», ha spiegato.';
    expect(statementsOf(text)).toStrictEqual([
      ['Anna Corvetti', 'direct', 'È stato utile'],
      ['Marco Dalvesi', 'direct', 'Servono altri controlli'],
    ]);
  });

  it('stays with the speaker before when the title is the speaker', () => {
    const text =
      'Il governatore Marco Dalvesi ha parlato ieri. «Servono controlli», ha detto Dalvesi. Il governatore è partito. ' +
      '«Torneremo presto», ha aggiunto.';
    expect(statementsOf(text).map(([speaker]) => speaker)).toStrictEqual(['Marco Dalvesi', 'Marco Dalvesi']);
  });
});

describe('a body named right after its noun, after "secondo"', () => {
  it('is the speaker, not an unnamed source', () => {
    const text = 'Secondo il quotidiano La Gazzetta di Brenvik, i fondi arriveranno nel 2031.';
    expect(statementsOf(text)).toStrictEqual([['La Gazzetta di Brenvik', 'indirect', 'i fondi arriveranno nel 2031']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.secondo-then-clause', 'speaker.named-after-noun', 'act.plain-claim'],
    ]);
  });

  it('leaves a source that names no one unnamed', () => {
    expect(statementsOf('Secondo il quotidiano locale, i fondi arriveranno nel 2031.')).toStrictEqual([
      [null, 'indirect', 'i fondi arriveranno nel 2031'],
    ]);
  });
});

describe('a clause, a comma, then a named source and its verb closing the sentence', () => {
  const englishStatements = (text: string) => said(extract([{ ...doc(text), language: 'en' }]));

  it('reads the clause in English', () => {
    expect(englishStatements('The harbour plan was wrong, Mark Dalton said.')).toStrictEqual([
      ['Mark Dalton', 'indirect', 'The harbour plan was wrong'],
    ]);
  });

  it('reads the clause in Italian', () => {
    const text = 'Il piano del porto è sbagliato, Marco Dalvesi ha spiegato.';
    expect(statementsOf(text)).toStrictEqual([['Marco Dalvesi', 'indirect', 'Il piano del porto è sbagliato']]);
    expect(tracesOf(text)[0]?.[0]).toBe('statement.clause-then-subject-cue');
  });

  it('reads no clause without a verb of its own', () => {
    expect(englishStatements('After the long meeting in the harbour, Mark Dalton said.')).toStrictEqual([]);
  });
});

describe('an English reporting verb and the clause it takes without "that"', () => {
  const englishStatements = (text: string) => said(extract([{ ...doc(text), language: 'en' }]));

  it('reads the clause opened by a determiner or a pronoun', () => {
    expect(englishStatements('Mark Dalton said the harbour plan was wrong.')).toStrictEqual([
      ['Mark Dalton', 'indirect', 'the harbour plan was wrong'],
    ]);
    expect(englishStatements('Mark Dalton told reporters he would stay.')).toStrictEqual([
      ['Mark Dalton', 'indirect', 'he would stay'],
    ]);
  });

  it('reads no clause when no finite verb follows', () => {
    expect(englishStatements('Mark Dalton said the words again.')).toStrictEqual([]);
  });
});

describe('a description after the reporting verb, then the name set after it', () => {
  it('gives the quote to the name, not to an unnamed source', () => {
    expect(statementsOf('«Era ora», commenta il capogruppo, Dario Menzoni.')).toStrictEqual([
      ['Dario Menzoni', 'direct', 'Era ora'],
    ]);
  });

  it('gives the quote to the name, not to the body the description names', () => {
    expect(statementsOf('«Era ora», commenta il capogruppo di Brenvik Futura, Dario Menzoni.')).toStrictEqual([
      ['Dario Menzoni', 'direct', 'Era ora'],
    ]);
  });
});

describe('a phrase after a preposition before the reporting verb', () => {
  it('is a setting, not the subject: the person the text follows speaks', () => {
    const text =
      "L'ex assessore Luigi Marchetti ha ascoltato in silenzio. In una dichiarazione spontanea aveva detto di essere innocente.";
    expect(statementsOf(text)).toStrictEqual([['Luigi Marchetti', 'indirect', 'essere innocente']]);
  });

  it('leaves the subject written after it to speak', () => {
    expect(statementsOf('In una nota la società Velvair ha detto che il volo è sicuro.')).toStrictEqual([
      ['Velvair', 'indirect', 'il volo è sicuro'],
    ]);
  });
});

describe('"secondo" and a noun of words said that also spells a reporting verb', () => {
  it('reads the noun as the source: "l\'accusa" is the prosecutor named before', () => {
    const text =
      "Il pubblico ministero Carla Bensi ha parlato ieri. Secondo l'accusa, Luigi Marchetti avrebbe incassato tangenti.";
    expect(statementsOf(text)).toStrictEqual([
      ['Carla Bensi', 'indirect', 'Luigi Marchetti avrebbe incassato tangenti'],
    ]);
  });

  it('reads a source no one holds as unnamed', () => {
    expect(statementsOf('Secondo la denuncia, Luigi Marchetti avrebbe incassato tangenti.')).toStrictEqual([
      [null, 'indirect', 'Luigi Marchetti avrebbe incassato tangenti'],
    ]);
  });
});
