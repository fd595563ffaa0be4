// Reporting clauses whose speaker stands outside the verb's own clause: the subject of a clause before a colon,
// a description and the name set after it, a causative before the verb. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc, said } from '../testDocs.ts';

const statementsOf = (text: string) => said(extract([doc(text)]));
const tracesOf = (text: string) => extract([doc(text)]).statements.map((s) => s.trace);

describe('a quote after a colon, then a verb with no subject of its own', () => {
  const text =
    "Il titolare, Franco Lorvetti, è arrivato poco dopo: «Quarant'anni di lavoro andati in fumo», ha detto ai cronisti.";

  it('gives the quote to the subject of the clause before the colon', () => {
    expect(statementsOf(text)).toStrictEqual([['Franco Lorvetti', 'direct', "Quarant'anni di lavoro andati in fumo"]]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.quote-then-cue', 'speaker.apposition', 'speaker.colon-clause-subject', 'act.from-cue'],
    ]);
  });

  it('gives it to that subject rather than to the speaker of the sentence before', () => {
    expect(statementsOf(`«Abbiamo visto le fiamme», ha detto Elena Sgarbossa. ${text}`)).toStrictEqual([
      ['Elena Sgarbossa', 'direct', 'Abbiamo visto le fiamme'],
      ['Franco Lorvetti', 'direct', "Quarant'anni di lavoro andati in fumo"],
    ]);
  });

  it('reads the same layout in English', () => {
    expect(
      statementsOf('The owner, Frank Lowell, arrived soon after: "Forty years of work gone," he told reporters.'),
    ).toStrictEqual([['Frank Lowell', 'direct', 'Forty years of work gone']]);
  });

  it('leaves a place opening the sentence to no one', () => {
    expect(statementsOf("Cremona, distrutta la targa: «Un gesto vile», ha detto all'uscita.")).toStrictEqual([]);
  });
});

describe('a reporting verb right after a quote', () => {
  it('reads the noun phrase after it as who spoke, never as what was said', () => {
    expect(statementsOf('«Abbiamo sentito un boato», racconta una vicina, Elena Sgarbossa, 54 anni.')).toStrictEqual([
      ['Elena Sgarbossa', 'direct', 'Abbiamo sentito un boato'],
    ]);
  });

  it('reads a causative before the verb ("fa sapere")', () => {
    expect(
      statementsOf("«L'adesione ha superato il 70 per cento», fa sapere la Federazione dei Trasporti in una nota."),
    ).toStrictEqual([['Federazione dei Trasporti', 'direct', "L'adesione ha superato il 70 per cento"]]);
  });
});

describe('"per" opening the sentence with a description and a name', () => {
  it('gives the clause to the name set between commas after the description', () => {
    const text = 'Per il capogruppo del partito in Senato, Lorenzo Bracchi, il governo ha scelto lo scontro.';
    expect(statementsOf(text)).toStrictEqual([['Lorenzo Bracchi', 'indirect', 'il governo ha scelto lo scontro']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.per-then-clause', 'speaker.after-secondo', 'speaker.apposition', 'act.plain-claim'],
    ]);
  });

  it('reads no source in a description with a verb of its own', () => {
    expect(
      statementsOf('Per il sindaco che ha firmato, Lorenzo Bracchi, il governo ha scelto lo scontro.'),
    ).toStrictEqual([]);
  });

  it('reads no source in a phrase of time', () => {
    expect(statementsOf('Per il momento, la strada resta chiusa.')).toStrictEqual([]);
  });
});

describe('a description, then a title and a name between commas', () => {
  it('gives the quote to the name after the title', () => {
    expect(
      statementsOf("Il comandante provinciale, l'ingegner Paolo Rinaldini, esclude il dolo: «Non ci sono inneschi»."),
    ).toStrictEqual([['Paolo Rinaldini', 'direct', 'Non ci sono inneschi']]);
  });

  it('gives the clause to the name after a rank', () => {
    expect(statementsOf('Il portavoce, il colonnello Mario Verdi, ha detto che la strada è chiusa.')).toStrictEqual([
      ['Mario Verdi', 'indirect', 'la strada è chiusa'],
    ]);
  });
});

describe('a dateline before the subject', () => {
  const text =
    'Vertice sulla siccità\n\nBARI — I sindaci della provincia hanno chiesto di dichiarare lo stato di emergenza.';

  it('is neither the speaker nor what the statement is about', () => {
    const result = extract([doc(text)]);
    expect(said(result)).toStrictEqual([[null, 'indirect', 'dichiarare lo stato di emergenza']]);
    expect(result.statements.map((s) => [s.speakerText, s.about])).toStrictEqual([['I sindaci', []]]);
  });

  it('leaves a dash later in the sentence to the subject before it', () => {
    expect(
      statementsOf(
        'Vertice\n\nIl sindaco Anna Neri, tra gli applausi — e qualche fischio — ha detto che la diga si farà.',
      ),
    ).toStrictEqual([['Anna Neri', 'indirect', 'la diga si farà']]);
  });
});

describe('"secondo cui", "secondo il quale" after a name', () => {
  it('gives the clause to the name before the comma', () => {
    expect(statementsOf('Era presente anche Mario Bellandi, secondo il quale il processo è inutile.')).toStrictEqual([
      ['Mario Bellandi', 'indirect', 'il processo è inutile'],
    ]);
  });

  it('gives a quote closing the sentence to the name in apposition', () => {
    const text =
      'In aula era presente il sindaco di Varese, Davide Orsenigo, secondo cui «la città aspetta la verità».';
    expect(statementsOf(text)).toStrictEqual([['Davide Orsenigo', 'partial', 'la città aspetta la verità']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.secondo-relative', 'speaker.relative-antecedent', 'act.plain-claim'],
    ]);
  });

  it('reads no source after a common noun', () => {
    expect(
      statementsOf('Il rapporto della commissione, secondo cui il ponte è sicuro, è stato pubblicato.'),
    ).toStrictEqual([]);
  });
});

describe('a description set after the source between commas', () => {
  it('is the speaker\'s phrase after "secondo", not what was said', () => {
    const result = extract([doc('Secondo Anna Neri, presidente della Provincia, la strada va riaperta.')]);
    expect(said(result)).toStrictEqual([['Anna Neri', 'indirect', 'la strada va riaperta']]);
    expect(result.statements.map((s) => s.about)).toStrictEqual([[]]);
  });

  it('is the speaker\'s phrase after "per", and a quote after it is taken within its marks', () => {
    expect(statementsOf('Per Anna Neri, la presidente della Provincia, «la strada va riaperta».')).toStrictEqual([
      ['Anna Neri', 'partial', 'la strada va riaperta'],
    ]);
  });

  it('is not skipped when it holds a verb: the words after the name are what was said', () => {
    expect(statementsOf('Secondo Anna Neri, presidente è chi decide, non chi parla.')).toStrictEqual([
      ['Anna Neri', 'indirect', 'presidente è chi decide, non chi parla'],
    ]);
  });
});

describe('an adverb set between commas after an unnamed subject', () => {
  it('keeps the verb from borrowing the last person named', () => {
    expect(
      statementsOf('Il favorito per la panchina è Luca Fornasari. I tifosi, intanto, contestano la dirigenza.'),
    ).toStrictEqual([]);
  });
});

describe('a quote, then "si legge" and the document it is read in', () => {
  it('gives the quote to the author named after the document', () => {
    const text = '«Il servizio riprenderà lunedì», si legge in una nota della società Valtrans.';
    expect(statementsOf(text)).toStrictEqual([['Valtrans', 'direct', 'Il servizio riprenderà lunedì']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.quote-then-document', 'speaker.of-speech-noun', 'speaker.document-author', 'act.plain-claim'],
    ]);
  });

  it('reads a document named whole with its author', () => {
    expect(statementsOf("«Il servizio riprenderà lunedì», si legge nel comunicato dell'Atav.")).toStrictEqual([
      ['Atav', 'direct', 'Il servizio riprenderà lunedì'],
    ]);
  });

  it('reads no author when the document names none', () => {
    expect(statementsOf('«Il servizio riprenderà lunedì», si legge nel comunicato.')).toStrictEqual([]);
  });
});

describe('"È la denuncia di X" after a sentence', () => {
  it('credits the sentence before, past its dateline, to the source named after the noun', () => {
    const text =
      'Ospedale\n\nTORINO — I turni durano sedici ore e le ferie sono bloccate. È la denuncia del sindacato Nursalp.';
    const result = extract([doc(text)]);
    expect(said(result)).toStrictEqual([['Nursalp', 'indirect', 'I turni durano sedici ore e le ferie sono bloccate']]);
    expect(result.statements.map((s) => s.about)).toStrictEqual([[]]);
  });

  it('credits nothing when the noun names no one', () => {
    expect(statementsOf('Turni da sedici ore e ferie bloccate. È la denuncia più grave.')).toStrictEqual([]);
  });
});

describe('the object and the addressee of a reporting verb', () => {
  it('reads what the accused is accused of after "di"', () => {
    const result = extract([doc('Il presidente Anna Neri ha accusato la Valmora Spa di non pagare i fornitori.')]);
    expect(said(result)).toStrictEqual([['Anna Neri', 'indirect', 'non pagare i fornitori']]);
    expect(result.statements.map((s) => s.about.length)).toStrictEqual([1]);
  });

  it('reads past the noun and the name of the body addressed before "che"', () => {
    expect(statementsOf("Il ministro Anna Neri ha detto all'agenzia Vexpress che il porto riaprirà.")).toStrictEqual([
      ['Anna Neri', 'indirect', 'il porto riaprirà'],
    ]);
  });

  it('gives "un funzionario", one of many, to no holder of the title named before', () => {
    expect(
      statementsOf('Il funzionario Mario Verdi è arrivato ieri. Un funzionario ha detto che il porto riaprirà.'),
    ).toStrictEqual([[null, 'indirect', 'il porto riaprirà']]);
  });
});

describe('an interview whose introduction names no one', () => {
  const text = [
    'Lo stadio si farà',
    'Intervista al sindaco di Brescello dopo il voto della giunta',
    'BRESCELLO — Sindaco Gianni Poltronieri, il progetto è stato approvato. Soddisfatto?',
    '«Molto, era una promessa».',
    'I comitati dei residenti parlano di un’opera inutile.',
    '«Rispetto le loro posizioni, ma lo stadio porterà lavoro».',
    'Intanto l’opposizione prepara un ricorso. Il capogruppo Davide Ferrandi sostiene che il bando è irregolare.',
  ].join('\n\n');

  it('gives the answers to the person the first question addresses, and a paragraph where another speaks to no one', () => {
    expect(statementsOf(text)).toStrictEqual([
      ['Davide Ferrandi', 'indirect', 'il bando è irregolare'],
      ['Gianni Poltronieri', 'direct', 'Molto, era una promessa'],
      ['Gianni Poltronieri', 'direct', 'Rispetto le loro posizioni, ma lo stadio porterà lavoro'],
    ]);
  });
});

describe('"si legge che" with the document named', () => {
  it('gives the clause to the author of a document named before', () => {
    expect(statementsOf('Nella nota della Regione si legge che i fondi sono stati stanziati.')).toStrictEqual([
      ['Regione', 'indirect', 'i fondi sono stati stanziati'],
    ]);
  });

  it('gives the clause to the author of a document named after', () => {
    expect(statementsOf('Si legge nel comunicato del Comune che la strada riaprirà lunedì.')).toStrictEqual([
      ['Comune', 'indirect', 'la strada riaprirà lunedì'],
    ]);
  });

  it('reads nothing from a document with no author', () => {
    expect(statementsOf('Nel libro si legge che il re era malato.')).toStrictEqual([]);
  });
});

describe('a lawyer named, then "il legale"', () => {
  it('gives the words of "il legale" to the lawyer named before', () => {
    expect(
      statementsOf(
        "L'imputato è difeso dall'avvocato Marco Zanetti. Il legale ha spiegato che il suo assistito è pentito.",
      ),
    ).toStrictEqual([['Marco Zanetti', 'indirect', 'il suo assistito è pentito']]);
  });
});

describe('a participle phrase between commas after an unnamed subject', () => {
  it('keeps the verb from borrowing the speaker before, and the agent inside it from speaking', () => {
    expect(
      statementsOf(
        'Il procuratore Angelo Rufetti ha detto che le indagini continuano. Uno degli arrestati, difeso dall’avvocato Marco Zanetti, ha ammesso le proprie responsabilità.',
      ),
    ).toStrictEqual([['Angelo Rufetti', 'indirect', 'le indagini continuano']]);
  });
});

describe('an infinitive clause, a colon and a quote', () => {
  it('ends the clause at the colon and reads the quote apart', () => {
    expect(
      statementsOf(
        'Il procuratore Angelo Rufetti ha invitato gli anziani a non aprire la porta: «Nessun tecnico arriva senza preavviso».',
      ),
    ).toStrictEqual([
      ['Angelo Rufetti', 'direct', 'Nessun tecnico arriva senza preavviso'],
      ['Angelo Rufetti', 'indirect', 'non aprire la porta'],
    ]);
  });
});

describe('an unnamed source after "secondo" and the words after it', () => {
  it('reads the source on to its comma', () => {
    expect(statementsOf('Secondo fonti vicine al dossier, due gruppi avrebbero manifestato interesse.')).toStrictEqual([
      [null, 'indirect', 'due gruppi avrebbero manifestato interesse'],
    ]);
  });
});

describe('a channel set between commas after an unnamed subject', () => {
  it('keeps the verb from borrowing the last person named', () => {
    expect(
      statementsOf(
        'Il ministro Mario Verdi è arrivato ieri. L’azienda, in una nota, ha confermato la disponibilità a trattare.',
      ),
    ).toStrictEqual([]);
  });
});

describe('"Lo ha annunciato" and "A dirlo è": a pronoun pointing back at the sentence before', () => {
  it('credits the sentence before to a subject whose title runs past a level adjective and a portfolio', () => {
    const text =
      "Il reparto di pediatria chiuderà il 15 marzo. Lo ha annunciato ieri l'assessore regionale alla Sanità, Ivo Pradella, durante la seduta.";
    expect(statementsOf(text)).toStrictEqual([
      ['Ivo Pradella', 'indirect', 'Il reparto di pediatria chiuderà il 15 marzo'],
    ]);
  });

  it('reads no object after a verb whose object is the pronoun', () => {
    expect(
      statementsOf('La piscina resterà chiusa. Lo ha confermato l’assessore allo Sport, Nadia Sellari, in consiglio.'),
    ).toStrictEqual([['Nadia Sellari', 'indirect', 'La piscina resterà chiusa']]);
  });

  it('credits the sentence before to the subject after "è" or "è stato"', () => {
    expect(statementsOf('La linea tornerà in servizio a maggio. A dirlo è il sindaco Osvaldo Trentin.')).toStrictEqual([
      ['Osvaldo Trentin', 'indirect', 'La linea tornerà in servizio a maggio'],
    ]);
    expect(
      statementsOf('La linea tornerà in servizio a maggio. A confermarlo è stato il prefetto Osvaldo Trentin.'),
    ).toStrictEqual([['Osvaldo Trentin', 'indirect', 'La linea tornerà in servizio a maggio']]);
    expect(
      tracesOf('La linea tornerà in servizio a maggio. A dirlo è il sindaco Osvaldo Trentin.')[0]?.slice(0, 2),
    ).toStrictEqual(['statement.sentence-credited-by-next', 'speaker.subject-after-cue']);
  });

  it('leaves an infinitive that is no reporting verb alone', () => {
    expect(
      statementsOf('La linea tornerà in servizio a maggio. A farlo è il consorzio Trasporti Alpini.'),
    ).toStrictEqual([]);
  });
});

describe('an according phrase whose participle has an unnamed agent', () => {
  it('reads the agent on to its comma and the clause after it', () => {
    expect(
      statementsOf("Secondo quanto riferito dall'azienda ospedaliera, i pazienti saranno trasferiti a Lodi."),
    ).toStrictEqual([[null, 'indirect', 'i pazienti saranno trasferiti a Lodi']]);
    expect(
      statementsOf('Stando a quanto scritto dal quotidiano locale, il cantiere riaprirà in autunno.'),
    ).toStrictEqual([[null, 'indirect', 'il cantiere riaprirà in autunno']]);
  });

  it('reads a named agent after "stando a quanto"', () => {
    expect(
      statementsOf('Stando a quanto riferito dalla Asl di Lodi, i pazienti saranno trasferiti altrove.'),
    ).toStrictEqual([['Asl di Lodi', 'indirect', 'i pazienti saranno trasferiti altrove']]);
  });

  it('gives another name of an office to the holder the article named', () => {
    expect(
      statementsOf(
        'Il sindaco Osvaldo Trentin ha incontrato i residenti. Secondo quanto riferito dal sindaco, il ponte resterà chiuso.',
      ),
    ).toStrictEqual([['Osvaldo Trentin', 'indirect', 'il ponte resterà chiuso']]);
  });
});

describe('a quote after a colon, then its reporting verb', () => {
  it('is a direct quote, not a fragment of the sentence', () => {
    expect(
      statementsOf('Replica anche il comitato: «Nessuno ci ha ascoltati», sostiene la portavoce Ilaria Bettin.'),
    ).toStrictEqual([['Ilaria Bettin', 'direct', 'Nessuno ci ha ascoltati']]);
  });
});

describe('a bare title speaking in a headline', () => {
  it('is the one person the article names with that title below it', () => {
    const text =
      'Il sindaco: «Il ponte riaprirà a maggio»\n\nIl sindaco Osvaldo Trentin ha incontrato ieri i residenti del quartiere.';
    expect(statementsOf(text)).toStrictEqual([['Osvaldo Trentin', 'direct', 'Il ponte riaprirà a maggio']]);
    expect(tracesOf(text)[0]).toContain('speaker.headline-title-holder');
  });

  it('names no one when the article names two holders of the title', () => {
    expect(
      statementsOf(
        'Il sindaco: «Il ponte riaprirà a maggio»\n\nIl sindaco Osvaldo Trentin ha incontrato il sindaco Ivo Pradella.',
      ),
    ).toStrictEqual([[null, 'direct', 'Il ponte riaprirà a maggio']]);
  });
});

describe('a description between commas after the subject', () => {
  it('reads the name after a title of its own with no article as the speaker', () => {
    expect(
      statementsOf(
        'Il comandante della polizia locale, commissario Ugo Brenta, ha invitato i residenti a chiudere le finestre.',
      ),
    ).toStrictEqual([['Ugo Brenta', 'indirect', 'chiudere le finestre']]);
  });

  it('keeps an unnamed subject with an indefinite description, an age in it, from borrowing the last speaker', () => {
    expect(
      statementsOf(
        "Il legale Nadia Sellari respinge le accuse. Uno dei testimoni, un operaio di 45 anni, ha detto che l'auto correva.",
      ),
    ).toStrictEqual([
      ['Nadia Sellari', 'indirect', 'le accuse'],
      [null, 'indirect', "l'auto correva"],
    ]);
  });
});

describe('an unnamed source and the verb after it', () => {
  it('ends the source at its verb, so that the verb does not borrow the last speaker', () => {
    expect(
      statementsOf(
        'Il presidente Ivo Pradella ha parlato a lungo. Fonti della Regione Valdrena fanno sapere che il piano è pronto.',
      ),
    ).toStrictEqual([['Regione Valdrena', 'indirect', 'il piano è pronto']]);
  });

  it('ends the source at an indefinite article opening the clause', () => {
    expect(statementsOf('Ieri secondo fonti sindacali un accordo sarebbe ormai vicino.')).toStrictEqual([
      [null, 'indirect', 'un accordo sarebbe ormai vicino'],
    ]);
  });
});

describe('a quote its reporting clause splits in two', () => {
  it('is one statement from the first quoted word to the last', () => {
    expect(statementsOf('«Il pozzo è vuoto», spiega il tecnico Ugo Brenta, «e la pompa non basta».')).toStrictEqual([
      ['Ugo Brenta', 'direct', 'Il pozzo è vuoto», spiega il tecnico Ugo Brenta, «e la pompa non basta'],
    ]);
  });
});

describe('"secondo lui" opening a sentence', () => {
  it('gives the clause after the comma to the last person named as a speaker', () => {
    const text = 'Il presidente Ugo Brenta chiede aiuto. Secondo lui, la provincia deve rinviare le tasse.';
    expect(statementsOf(text)).toStrictEqual([['Ugo Brenta', 'indirect', 'la provincia deve rinviare le tasse']]);
    expect(tracesOf(text)[0]).toContain('speaker.pronoun-after-secondo');
  });
});

describe('an estimate with a bare noun and a figure', () => {
  it('is the named subject’s statement', () => {
    expect(statementsOf('La Confagricoltura stima perdite per 40 milioni di euro.')).toStrictEqual([
      ['Confagricoltura', 'indirect', 'perdite per 40 milioni di euro'],
    ]);
  });

  it('needs a named subject', () => {
    expect(statementsOf('Si stima perdite per 40 milioni di euro.')).toStrictEqual([]);
  });
});

describe('a connective between commas after an according phrase', () => {
  it('opens no part of what was said', () => {
    expect(
      statementsOf('Stando a quanto riferito dai sindacati, però, i turni di notte sono raddoppiati.'),
    ).toStrictEqual([[null, 'indirect', 'i turni di notte sono raddoppiati']]);
  });
});

describe('a sentence credited by the next one', () => {
  const before = 'La piscina comunale riaprirà a settembre.';
  it.each([
    ['Ne è convinto l’assessore Ugo Brenta.', 'Ne è convinto'],
    ['Parola dell’assessore Ugo Brenta.', 'Parola dell’'],
    ['Questo quanto dichiarato dall’assessore Ugo Brenta.', 'Questo quanto dichiarato'],
  ])('"%s" gives it to the name', (credit, cue) => {
    const made = extract([doc(`${before} ${credit}`)]).statements;
    expect(said(extract([doc(`${before} ${credit}`)]))).toStrictEqual([
      ['Ugo Brenta', 'indirect', 'La piscina comunale riaprirà a settembre'],
    ]);
    expect(made[0]?.cue).toBe(cue);
  });
});

describe('a clause with a verb in the future, then its reporting verb', () => {
  it('is what the subject after the verb said', () => {
    expect(statementsOf('La piscina sarà chiusa fino a maggio, ha detto l’assessore Ugo Brenta.')).toStrictEqual([
      ['Ugo Brenta', 'indirect', 'La piscina sarà chiusa fino a maggio'],
    ]);
  });
});

describe('a title after a possessive', () => {
  it('is not the holder named with the title before', () => {
    expect(
      statementsOf(
        'Il portavoce del governo, Nadia Sellari, ha parlato ieri. Poi il presidente del consorzio ha lasciato la sala. La seduta riprenderà domani, ha riferito il suo portavoce.',
      ),
    ).toStrictEqual([[null, 'indirect', 'La seduta riprenderà domani']]);
  });
});

describe('a recommendation', () => {
  it('is a request of the last named speaker when its verb has no subject', () => {
    expect(
      statementsOf('Il sindaco Nadia Sellari ha firmato l’ordinanza. «Restate in casa», ha raccomandato ai cittadini.'),
    ).toStrictEqual([['Nadia Sellari', 'direct', 'Restate in casa']]);
  });
});

describe('a clause, then "fa sapere" and its subject', () => {
  it('is what the subject after the expression made known', () => {
    expect(statementsOf('Il cantiere chiuderà a giugno, fa sapere la Regione Valdrena.')).toStrictEqual([
      ['Regione Valdrena', 'indirect', 'Il cantiere chiuderà a giugno'],
    ]);
    expect(statementsOf('Il cantiere chiuderà a giugno, ha fatto sapere l’assessore Ugo Brenta.')).toStrictEqual([
      ['Ugo Brenta', 'indirect', 'Il cantiere chiuderà a giugno'],
    ]);
  });
});
