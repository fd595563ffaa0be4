// Attribution families found missing on news the rules were not written from (issue 12):
// one construction per test, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { nameOf } from '../testDocs.ts';

/** Speaker name, speaker as written, kind, quote, trace. */
type Attributed = [string | null, string | null, string, string, string[]];

/** Each statement as an `Attributed` row, in text order. */
const attributed = (text: string): Attributed[] => {
  const result = extract([
    { source: 'test.txt', title: null, date: null, url: null, text, language: 'it', errors: [] },
  ]);
  return result.statements.map((s) => [nameOf(result, s.speaker), s.speakerText, s.kind, s.quote, s.trace ?? []]);
};

describe('unnamed collective sources', () => {
  it('keeps the lawyers of a family unnamed, not the last speaker, when a gerund goes on with their clause', () => {
    expect(
      attributed(
        "Il sindaco Mario Rossi ha detto che il ponte è sicuro. Gli avvocati della famiglia hanno lasciato l'aula del tribunale in segno di protesta, sostenendo che il processo era irregolare.",
      ),
    ).toStrictEqual([
      [
        'Mario Rossi',
        'Il sindaco Mario Rossi',
        'indirect',
        'il ponte è sicuro',
        ['statement.cue-that-clause', 'speaker.subject-before-cue', 'act.from-cue'],
      ],
      [
        null,
        'Gli avvocati della famiglia',
        'indirect',
        'il processo era irregolare',
        ['statement.cue-that-clause', 'speaker.clause-subject', 'act.from-cue'],
      ],
    ]);
  });
});

describe('a sentence credited by the next one', () => {
  it('reads "(Questo, almeno,) è quanto sostiene X" as what X said in the sentence before', () => {
    expect(
      attributed('Il ponte sarà chiuso per tre mesi. Questo, perlomeno, è ciò che sostiene il sindaco Mario Rossi.'),
    ).toStrictEqual([
      [
        'Mario Rossi',
        'il sindaco Mario Rossi',
        'indirect',
        'Il ponte sarà chiuso per tre mesi',
        ['statement.sentence-credited-by-next', 'speaker.subject-after-cue', 'speaker.what-was-said', 'act.from-cue'],
      ],
    ]);
  });

  it('keeps an unnamed source unnamed, and credits nothing when "è quanto" has no reporting verb', () => {
    expect(
      attributed("Il governo cadrà entro l'estate. È quanto hanno dichiarato gli analisti della banca."),
    ).toStrictEqual([
      [
        null,
        'gli analisti della banca',
        'indirect',
        "Il governo cadrà entro l'estate",
        ['statement.sentence-credited-by-next', 'speaker.subject-after-cue', 'speaker.what-was-said', 'act.from-cue'],
      ],
    ]);
    expect(attributed('Il ponte sarà chiuso per tre mesi. È quanto basta per fermare il traffico.')).toStrictEqual([]);
  });
});

describe('"Come" and a reporting verb opening a sentence', () => {
  it("credits the clause after the comma to the verb's subject, named or not", () => {
    expect(
      attributed('Come ha spiegato il ministro Mario Rossi, la riforma entrerà in vigore a gennaio.'),
    ).toStrictEqual([
      [
        'Mario Rossi',
        'il ministro Mario Rossi',
        'indirect',
        'la riforma entrerà in vigore a gennaio',
        ['statement.as-cue-then-clause', 'speaker.subject-after-cue', 'act.from-cue'],
      ],
    ]);
    expect(attributed('Come ha scherzato un collega, la cosa più difficile era restare svegli.')).toStrictEqual([
      [
        null,
        'un collega',
        'indirect',
        'la cosa più difficile era restare svegli',
        ['statement.as-cue-then-clause', 'speaker.unnamed-subject', 'act.from-cue'],
      ],
    ]);
  });

  it('reads the agent after "da" of a bare participle, and keeps the current speaker with no subject', () => {
    expect(attributed('Come testimoniato in aula dai vicini di casa, la coppia litigava spesso.')).toStrictEqual([
      [
        null,
        'vicini di casa',
        'indirect',
        'la coppia litigava spesso',
        ['statement.as-cue-then-clause', 'speaker.unnamed-subject', 'act.from-cue'],
      ],
    ]);
    expect(
      attributed('Mario Rossi ha detto che la scuola riapre. Come ha precisato, i lavori sono finiti.').map(
        (s) => s[4],
      ),
    ).toStrictEqual([
      ['statement.cue-that-clause', 'speaker.subject-before-cue', 'act.from-cue'],
      ['statement.as-cue-then-clause', 'speaker.previous-speaker', 'act.from-cue'],
    ]);
  });
});

describe('a quote standing alone with no cue of its own', () => {
  it('credits a first-person quote to the person the text is following', () => {
    expect(
      attributed(
        'Mario Rossi è il nuovo direttore del museo. Prenderà servizio a marzo. «Sono grato a chi ha creduto nel mio lavoro».',
      ),
    ).toStrictEqual([
      [
        'Mario Rossi',
        'Mario Rossi',
        'direct',
        'Sono grato a chi ha creduto nel mio lavoro',
        ['statement.first-person-quote-alone', 'speaker.previous-person', 'act.plain-claim'],
      ],
    ]);
  });

  it('credits nothing when the lone quote does not speak in the first person', () => {
    expect(
      attributed('Mario Rossi è il nuovo direttore del museo. «Il restauro della sala è costato due milioni».'),
    ).toStrictEqual([]);
  });
});

describe('"secondo X" set between commas inside its clause', () => {
  it('credits the whole sentence, named or unnamed, but not a clause with a reporting verb of its own', () => {
    expect(attributed('Il ponte, secondo il sindaco Mario Rossi, resterà chiuso fino a giugno.')).toStrictEqual([
      [
        'Mario Rossi',
        'il sindaco Mario Rossi',
        'indirect',
        'Il ponte, secondo il sindaco Mario Rossi, resterà chiuso fino a giugno',
        ['statement.secondo-then-clause', 'speaker.after-secondo', 'act.plain-claim'],
      ],
    ]);
    expect(attributed('Questa è la prova, secondo gli investigatori, che il furgone era rubato.')).toStrictEqual([
      [
        null,
        'gli investigatori',
        'indirect',
        'Questa è la prova, secondo gli investigatori, che il furgone era rubato',
        ['statement.secondo-then-clause', 'speaker.after-secondo', 'act.plain-claim'],
      ],
    ]);
    expect(attributed('Infatti, secondo Mario Rossi, il ponte resterà chiuso.').map((s) => s[3])).toStrictEqual([
      'il ponte resterà chiuso',
    ]);
  });
});

describe('a noun naming words said, then a colon and no quote marks', () => {
  it("credits what follows the colon to the noun's source: indirect, or direct in the first person", () => {
    expect(
      attributed('La risposta di Mario Rossi è stata immediata: il ponte resterà chiuso fino a giugno.'),
    ).toStrictEqual([
      [
        'Mario Rossi',
        'Mario Rossi',
        'indirect',
        'il ponte resterà chiuso fino a giugno',
        ['statement.noun-cue-then-colon-clause', 'speaker.of-speech-noun', 'act.plain-claim'],
      ],
    ]);
    expect(
      attributed('La replica di Mario Rossi non si è fatta attendere: abbiamo fatto tutto il possibile.').map((s) => [
        s[0],
        s[2],
        s[3],
      ]),
    ).toStrictEqual([['Mario Rossi', 'direct', 'abbiamo fatto tutto il possibile']]);
  });
});

describe('a reporting verb and its subject set between commas, without quote marks', () => {
  it('credits the clause it sits in to the subject after the verb, named or unnamed', () => {
    expect(attributed('Il ponte, spiega il sindaco Mario Rossi, resterà chiuso fino a giugno.')).toStrictEqual([
      [
        'Mario Rossi',
        'il sindaco Mario Rossi',
        'indirect',
        'Il ponte, spiega il sindaco Mario Rossi, resterà chiuso fino a giugno',
        ['statement.cue-set-inside', 'speaker.subject-after-cue', 'act.from-cue'],
      ],
    ]);
    expect(
      attributed('Il comune tace, ma in città, scrive la stampa locale, la tensione è altissima.').map((s) => [
        s[0],
        s[1],
        s[3],
      ]),
    ).toStrictEqual([[null, 'la stampa locale', 'in città, scrive la stampa locale, la tensione è altissima']]);
  });

  it('is not an insertion after a name, nor a participle used as an adjective', () => {
    expect(
      attributed('Mario Rossi ha parlato ieri. Luca Bianchi, ha aggiunto, resterà in carica fino a giugno.').map(
        (s) => s[4][0],
      ),
    ).toStrictEqual([]);
    expect(attributed('La villa, nota anche come la Casa Rossa, fu costruita nel 1820.')).toStrictEqual([]);
  });
});

describe('first-person speech without quote marks', () => {
  it('knows a first-person future ("farò") and an elided "m\'" after "Ed ancora:"', () => {
    expect(
      attributed(
        "Mario Rossi ha detto che il tour è finito. Ed ancora: farò un altro viaggio a settembre. Non m'interessa altro.",
      ).map((s) => [s[0], s[2], s[3], s[4][0]]),
    ).toStrictEqual([
      ['Mario Rossi', 'indirect', 'il tour è finito', 'statement.cue-that-clause'],
      [
        'Mario Rossi',
        'direct',
        "farò un altro viaggio a settembre. Non m'interessa altro",
        'statement.connective-colon-speech',
      ],
    ]);
  });
});

describe('"secondo quanto affermato da X" after the words it credits', () => {
  it('credits the clause before it, or the whole sentence when set between commas', () => {
    expect(
      attributed(
        'Il volo è scomparso dai radar alle nove, secondo quanto affermato dalla compagnia Air Alfa nel suo sito.',
      ),
    ).toStrictEqual([
      [
        'Air Alfa',
        'Air Alfa',
        'indirect',
        'Il volo è scomparso dai radar alle nove',
        ['statement.clause-then-secondo', 'speaker.agent-after-da', 'act.from-cue'],
      ],
    ]);
    expect(
      attributed('Il volo, secondo quanto riferito dalla compagnia Air Alfa, è scomparso dai radar alle nove.').map(
        (s) => [s[0], s[3], s[4][0]],
      ),
    ).toStrictEqual([
      [
        'Air Alfa',
        'Il volo, secondo quanto riferito dalla compagnia Air Alfa, è scomparso dai radar alle nove',
        'statement.secondo-agent-then-clause',
      ],
    ]);
  });
});

describe('a charge or a ground with no source written', () => {
  it('reads "con l\'accusa di" up to the comma and "con la motivazione che" to the end, with no speaker', () => {
    expect(
      attributed("Mario Rossi fu arrestato nel 1990 con l'accusa di rapina aggravata, ma venne poi assolto."),
    ).toStrictEqual([
      [
        null,
        null,
        'indirect',
        'rapina aggravata',
        ['statement.charge-noun', 'speaker.unstated-source', 'act.from-cue'],
      ],
    ]);
    expect(
      attributed('La domanda di asilo fu rifiutata con la motivazione che mancavano le prove.').map((s) => [
        s[0],
        s[3],
        s[4][0],
      ]),
    ).toStrictEqual([[null, 'mancavano le prove', 'statement.charge-noun']]);
  });

  it('leaves a promise with its subject alone', () => {
    expect(attributed('Mario Rossi è partito con la promessa di tornare presto.')).toStrictEqual([]);
  });
});

describe("an unnamed subject's noun-phrase object", () => {
  it('is not words said, unless it is denied', () => {
    expect(attributed('Il pilota ha chiesto una nuova rotta a causa del maltempo.')).toStrictEqual([]);
    expect(attributed('La famiglia del ragazzo ha respinto le accuse.')).toStrictEqual([
      [
        null,
        'La famiglia',
        'indirect',
        'le accuse',
        ['statement.cue-object', 'speaker.unnamed-subject', 'act.from-cue'],
      ],
    ]);
  });
});

describe('a dependent clause before an inverted reporting verb', () => {
  it('is not what was said on its own: the whole sentence is', () => {
    expect(attributed('Se la trattativa fallisse, ha avvertito Mario Rossi, il governo cadrebbe.')).toStrictEqual([
      [
        'Mario Rossi',
        'Mario Rossi',
        'indirect',
        'Se la trattativa fallisse, ha avvertito Mario Rossi, il governo cadrebbe',
        ['statement.cue-set-inside', 'speaker.subject-after-cue', 'act.from-cue'],
      ],
    ]);
  });
});

describe('"non esita a" carrying a reporting infinitive', () => {
  it('reads the quoted word after "non esita a definire" as a partial statement of the subject', () => {
    expect(attributed('Mario Rossi non esita a definire la riforma una «vera truffa».')).toStrictEqual([
      [
        'Mario Rossi',
        'Mario Rossi',
        'partial',
        'vera truffa',
        ['statement.quote-in-reported-clause', 'speaker.subject-before-cue', 'act.from-cue'],
      ],
    ]);
  });
});

describe('a relative clause inside the subject', () => {
  it('credits its antecedent, not the object of the relative verb', () => {
    expect(
      attributed('I tecnici di Legambiente che assistono gli sfollati affermano che mancano le coperte.'),
    ).toStrictEqual([
      [
        'Legambiente',
        'Legambiente',
        'indirect',
        'mancano le coperte',
        ['statement.cue-that-clause', 'speaker.relative-antecedent', 'act.from-cue'],
      ],
    ]);
  });

  it('credits the name a description with "di" is set beside', () => {
    expect(
      attributed('Mario Rossi, giornalista della Rai che ha seguito il caso, ha affermato che il piano è pronto.').map(
        (s) => [s[0], s[4][1]],
      ),
    ).toStrictEqual([['Mario Rossi', 'speaker.relative-antecedent']]);
  });
});

describe('an unnamed source after "secondo" closed by a connective, not a comma', () => {
  it('credits the clause after the connective, up to a colon', () => {
    expect(
      attributed('Secondo la televisione di Stato invece i tre sono soldati americani: «Sono entrati senza permesso».'),
    ).toStrictEqual([
      [
        null,
        'la televisione di Stato',
        'indirect',
        'i tre sono soldati americani',
        ['statement.secondo-then-clause', 'speaker.unnamed-after-secondo', 'act.plain-claim'],
      ],
    ]);
  });

  it('ends an unnamed source at a new noun phrase or a connective', () => {
    expect(attributed('Secondo gli esperti però il virus è debole.').map((s) => [s[1], s[3]])).toStrictEqual([
      ['gli esperti', 'però il virus è debole'],
    ]);
  });
});

describe('a force written only as a common noun', () => {
  it('is an unnamed source, while a ministry still speaks as a body', () => {
    expect(attributed('Secondo i carabinieri, il furgone era stato rubato il giorno prima.')).toStrictEqual([
      [
        null,
        'carabinieri',
        'indirect',
        'il furgone era stato rubato il giorno prima',
        ['statement.secondo-then-clause', 'speaker.after-secondo', 'speaker.common-noun-body', 'act.plain-claim'],
      ],
    ]);
    expect(attributed('Il ministero ha detto che il furgone era rubato.').map((s) => [s[0], s[4]])).toStrictEqual([
      ['ministero', ['statement.cue-that-clause', 'speaker.subject-before-cue', 'act.from-cue']],
    ]);
  });
});

describe('a name in a complement before a subject-less reporting verb', () => {
  const continued: Attributed = [
    'Carlo Verdi',
    'Il ministro Carlo Verdi',
    'direct',
    'Non ho nulla da rimproverarmi',
    ['statement.cue-then-colon-quote', 'speaker.previous-person', 'act.from-cue'],
  ];

  it('does not take the agent of a participle ("le accuse mosse dal sindaco X") for the subject', () => {
    expect(
      attributed(
        'Il ministro Carlo Verdi ha parlato alla stampa. E sulle accuse mosse dal sindaco di Torino, Paolo Neri, ha concluso: «Non ho nulla da rimproverarmi».',
      ),
    ).toStrictEqual([continued]);
  });

  it('keeps the author of a work set in apposition to the subject ("Il libro, scritto da X, sostiene")', () => {
    expect(
      attributed('Il libro, scritto dalla giornalista Anna Neri, sostiene che il governo ha mentito.'),
    ).toStrictEqual([
      [
        'Anna Neri',
        'giornalista Anna Neri',
        'indirect',
        'il governo ha mentito',
        ['statement.cue-that-clause', 'speaker.clause-subject', 'act.from-cue'],
      ],
    ]);
  });

  it('does not take a party in parentheses for the subject', () => {
    expect(
      attributed(
        'Il ministro Carlo Verdi ha parlato alla stampa. E sulle critiche della sindaca, Anna Neri (Partito Democratico), ha concluso: «Non ho nulla da rimproverarmi».',
      ),
    ).toStrictEqual([continued]);
  });
});

describe('a stance noun with no article after "esprimere", "manifestare"', () => {
  it('reads the stance and what follows it as what was said', () => {
    expect(
      attributed("Il sindaco Paolo Neri ha espresso soddisfazione per l'accordo raggiunto con la Regione."),
    ).toStrictEqual([
      [
        'Paolo Neri',
        'Il sindaco Paolo Neri',
        'indirect',
        "soddisfazione per l'accordo raggiunto con la Regione",
        ['statement.cue-object', 'speaker.subject-before-cue', 'act.from-cue'],
      ],
    ]);
  });

  it('takes an adjective and quote marks before the noun, and keeps the quoted words inside one record', () => {
    expect(attributed('Il ministro Carlo Verdi ha espresso «piena fiducia» nella magistratura.')).toStrictEqual([
      [
        'Carlo Verdi',
        'Il ministro Carlo Verdi',
        'indirect',
        '«piena fiducia» nella magistratura',
        ['statement.cue-object', 'speaker.subject-before-cue', 'act.from-cue'],
      ],
    ]);
  });

  it('reads nothing when the verb does not state a stance ("ha ricevuto sostegno")', () => {
    expect(attributed('Il sindaco Paolo Neri ha ricevuto sostegno dalla Regione.')).toStrictEqual([]);
  });
});

describe('the object of an appeal or a complaint', () => {
  it('ends an appeal at its comma, before the spokesperson it went through', () => {
    expect(
      attributed(
        "Il sindaco Paolo Neri ha rivolto un appello ai cittadini, tramite il portavoce Mario Bianchi, che ha ricordato l'importanza della prudenza.",
      ),
    ).toStrictEqual([
      [
        'Paolo Neri',
        'Il sindaco Paolo Neri',
        'indirect',
        'ai cittadini',
        ['statement.appeal-noun', 'speaker.subject-before-cue', 'act.from-cue'],
      ],
    ]);
  });

  it('reads the object after the office it was reported to ("ha denunciato presso i carabinieri un …")', () => {
    expect(
      attributed('Il sindaco Paolo Neri ha denunciato presso i carabinieri un tentativo di truffa ai suoi danni.'),
    ).toStrictEqual([
      [
        'Paolo Neri',
        'Il sindaco Paolo Neri',
        'indirect',
        'un tentativo di truffa ai suoi danni',
        ['statement.cue-object', 'speaker.subject-before-cue', 'act.from-cue'],
      ],
    ]);
  });
});

describe('"come" opening the reported clause', () => {
  it('works as "che" after a reporting verb when a verb of its own follows', () => {
    expect(
      attributed('Il ministro Carlo Verdi ha sottolineato come la riforma sia necessaria per il Paese.'),
    ).toStrictEqual([
      [
        'Carlo Verdi',
        'Il ministro Carlo Verdi',
        'indirect',
        'la riforma sia necessaria per il Paese',
        ['statement.cue-that-clause', 'speaker.subject-before-cue', 'act.from-cue'],
      ],
    ]);
  });

  it('works after a gerund that follows a reporting verb with no object', () => {
    expect(
      attributed(
        'Il ministro degli Interni, Carlo Verdi, avrebbe confermato, specificando come i fermi siano stati effettuati alla frontiera.',
      ),
    ).toStrictEqual([
      [
        'Carlo Verdi',
        'Il ministro degli Interni, Carlo Verdi',
        'indirect',
        'i fermi siano stati effettuati alla frontiera',
        ['statement.cue-that-clause', 'speaker.clause-subject', 'act.from-cue'],
      ],
    ]);
  });

  it('is a comparison with no verb after it ("ha parlato come testimone")', () => {
    expect(attributed('Il ministro Carlo Verdi ha parlato come testimone davanti ai giudici.')).toStrictEqual([]);
  });

  it('gives way to the quote after a colon ("spiega come sono andate le cose: «…»")', () => {
    expect(
      attributed('Il tecnico Mario Bianchi spiega come sono andate le cose: «Abbiamo sbagliato tutto».'),
    ).toStrictEqual([
      [
        'Mario Bianchi',
        'Mario Bianchi',
        'direct',
        'Abbiamo sbagliato tutto',
        ['statement.name-then-colon-quote', 'speaker.clause-subject', 'act.plain-claim'],
      ],
    ]);
  });
});

describe('a time phrase between the subject and its reporting verb', () => {
  it('looks for the subject before "dopo aver visto …" and takes nothing inside it', () => {
    expect(attributed('Marco Neri dopo aver visto la partita ha detto che la squadra ha sbagliato.')).toStrictEqual([
      [
        'Marco Neri',
        'Marco Neri',
        'indirect',
        'la squadra ha sbagliato',
        ['statement.cue-that-clause', 'speaker.clause-subject', 'act.from-cue'],
      ],
    ]);
  });

  it('lets a relative "che" reach its antecedent across the time phrase ("X che, dopo aver …, confermerebbero")', () => {
    expect(
      attributed(
        'Queste sono le conclusioni del professor Marco Neri che, dopo aver consultato alcune lettere conservate in un archivio romano, confermerebbero che il pittore è morto a Roma.',
      ),
    ).toStrictEqual([
      [
        'Marco Neri',
        'professor Marco Neri',
        'indirect',
        'il pittore è morto a Roma',
        ['statement.cue-that-clause', 'speaker.relative-antecedent', 'act.from-cue'],
      ],
    ]);
  });

  it('holds for a stance stated with "si è dichiarato"', () => {
    expect(attributed('Marco Neri dopo la partita si è dichiarato molto deluso della squadra.')).toStrictEqual([
      [
        'Marco Neri',
        'Marco Neri',
        'indirect',
        'molto deluso della squadra',
        ['statement.reflexive-stance', 'speaker.clause-subject', 'act.from-cue'],
      ],
    ]);
  });
});

describe('first-person speech after a colon, in a sentence with no subject written', () => {
  it('goes to the person the text is following', () => {
    expect(
      attributed(
        'La velista Maria Rossi ha vinto la regata di Capri. Non tornerà in gara il prossimo anno, forse già domani: Penso che domani annuncerò il ritiro.',
      ),
    ).toStrictEqual([
      [
        'Maria Rossi',
        'Maria Rossi',
        'direct',
        'Penso che domani annuncerò il ritiro',
        ['statement.colon-speech', 'speaker.previous-person', 'act.plain-claim'],
      ],
    ]);
  });

  it("is no one's when the clause before the colon has a subject of its own", () => {
    expect(
      attributed(
        'Il pugile Mario Rossi ha vinto il titolo. Il calendario della federazione: tre incontri a maggio, due a giugno, uno a luglio per noi.',
      ),
    ).toStrictEqual([]);
  });
});

describe('"secondo quanto riferito da X" with an addressee before the comma', () => {
  it('starts what was said after the addressee', () => {
    expect(
      attributed('Secondo quanto riferito dal ministro Carlo Verdi alla stampa estera, le scuole resteranno chiuse.'),
    ).toStrictEqual([
      [
        'Carlo Verdi',
        'ministro Carlo Verdi',
        'indirect',
        'le scuole resteranno chiuse',
        ['statement.secondo-agent-then-clause', 'speaker.agent-after-da', 'act.from-cue'],
      ],
    ]);
  });
});

describe('a passive reporting verb with no "che"', () => {
  it('reads the subject after the verb as what the agent said', () => {
    expect(attributed('È stato annunciato dal ministro Carlo Verdi il rinvio delle elezioni.')).toStrictEqual([
      [
        'Carlo Verdi',
        'ministro Carlo Verdi',
        'indirect',
        'il rinvio delle elezioni',
        ['statement.passive-cue-object', 'speaker.agent-after-da', 'act.from-cue'],
      ],
    ]);
  });

  it('reads nothing without an agent: the writer narrates', () => {
    expect(attributed('Nella serata di ieri è stato annunciato il rinvio delle elezioni.')).toStrictEqual([]);
  });
});

describe('a law or an agreement as the subject', () => {
  it('says nothing when no one is named as its source', () => {
    expect(attributed('La legge prevede che i negozi restino chiusi la domenica.')).toStrictEqual([]);
    expect(attributed('Secondo il nuovo regolamento, i negozi restano chiusi la domenica.')).toStrictEqual([]);
  });

  it('leaves a report of a named organization its statement', () => {
    expect(attributed("Il rapporto dell'ONU afferma che la fame è in aumento.")).toStrictEqual([
      [
        'ONU',
        "Il rapporto dell'ONU",
        'indirect',
        'la fame è in aumento',
        ['statement.cue-that-clause', 'speaker.subject-before-cue', 'act.from-cue'],
      ],
    ]);
  });
});
