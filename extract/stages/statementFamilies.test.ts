// Families of Italian attribution layouts, one construction per test. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc, said } from '../testDocs.ts';

const statementsOf = (text: string) => said(extract([doc(text)]));
const tracesOf = (text: string) => extract([doc(text)]).statements.map((s) => s.trace);

describe('one attribution, one statement across quote marks', () => {
  it('joins two quotes linked by "e" after one reporting verb', () => {
    const text = 'La ministra Anna Bellini ha detto: «Oggi apriamo il cantiere» e «Domani lo chiudiamo».';
    expect(statementsOf(text)).toStrictEqual([
      ['Anna Bellini', 'direct', 'Oggi apriamo il cantiere» e «Domani lo chiudiamo'],
    ]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.cue-then-colon-quote', 'statement.quote-chain', 'speaker.subject-before-cue', 'act.from-cue'],
    ]);
  });

  it('runs a follow-on quote with no reporting words of its own into the quote before it', () => {
    const text = '«Non abbiamo ricevuto nulla», ha detto Paolo Verdi. «Aspettiamo la lettera del ministero».';
    expect(statementsOf(text)).toStrictEqual([
      [
        'Paolo Verdi',
        'direct',
        'Non abbiamo ricevuto nulla», ha detto Paolo Verdi. «Aspettiamo la lettera del ministero',
      ],
    ]);
  });

  it('keeps two quotes with a reporting verb each as two statements', () => {
    const text = '«Siamo pronti», ha detto Paolo Verdi. «Partiremo domani», ha aggiunto.';
    expect(statementsOf(text)).toStrictEqual([
      ['Paolo Verdi', 'direct', 'Siamo pronti'],
      ['Paolo Verdi', 'direct', 'Partiremo domani'],
    ]);
  });

  it('keeps a quote introduced by "e poi:" as a statement of its own', () => {
    const text = 'Il sindaco Carlo Neri ha dichiarato: «Il ponte è sicuro»; e poi: «Lo riapriremo a maggio».';
    expect(statementsOf(text)).toStrictEqual([
      ['Carlo Neri', 'direct', 'Il ponte è sicuro'],
      ['Carlo Neri', 'direct', 'Lo riapriremo a maggio'],
    ]);
  });
});

describe('what is not a statement of its own', () => {
  it('keeps words quoted inside a direct quote as part of it', () => {
    const text = 'Il ministro Paolo Rossi ha detto: «Resisto agli appelli dicendo "aspettiamo" a tutti».';
    expect(statementsOf(text)).toStrictEqual([
      ['Paolo Rossi', 'direct', 'Resisto agli appelli dicendo "aspettiamo" a tutti'],
    ]);
  });

  it('reads no statement in a condition', () => {
    expect(statementsOf('Se Mario Bianchi annuncerà il ritiro, la squadra cambierà allenatore.')).toStrictEqual([]);
  });

  it('still reads one in a concession', () => {
    expect(
      statementsOf('La strada resta chiusa, anche se Mario Bianchi ha detto che il ponte è sicuro.'),
    ).toStrictEqual([['Mario Bianchi', 'indirect', 'il ponte è sicuro']]);
  });

  it('takes no subject with no verb before the comma for a clause said', () => {
    const text = 'Molti comuni, compreso il nostro, hanno chiesto alla ministra Anna Bellini di riaprire il bando.';
    expect(statementsOf(text)).toStrictEqual([[null, 'indirect', 'riaprire il bando']]);
  });

  it('reads no one behind an impersonal "si" with a modal and a named object', () => {
    const text = 'Tra i presenti si possono definire Paolo Rossi e Anna Bellini che sono arrivati in auto.';
    expect(statementsOf(text)).toStrictEqual([]);
  });
});

describe('who made a request or an accusation', () => {
  it('takes the name after "ha incolpato" as the one accused, and goes on with the speaker', () => {
    const text =
      'Il sindaco Carlo Neri ha detto che la strada è chiusa. Ha incolpato inoltre il ministro Paolo Rossi per i «ritardi nei lavori».';
    expect(statementsOf(text)).toStrictEqual([
      ['Carlo Neri', 'indirect', 'la strada è chiusa'],
      ['Carlo Neri', 'partial', 'ritardi nei lavori'],
    ]);
  });
});

describe('sources named after the clause', () => {
  it('credits a clause to the source of "come ha spiegato X" that follows it', () => {
    expect(statementsOf('Il ponte è sicuro, come ha spiegato il sindaco Carlo Neri.')).toStrictEqual([
      ['Carlo Neri', 'indirect', 'Il ponte è sicuro'],
    ]);
    expect(tracesOf('Il ponte è sicuro, come ha spiegato il sindaco Carlo Neri.')).toStrictEqual([
      ['statement.clause-then-as-cue', 'speaker.subject-after-cue', 'act.from-cue'],
    ]);
  });

  it('ends a reported clause before "come ha detto X"', () => {
    const text =
      'Il perito Mario Bianchi ha confermato che la diga era stabile, come diceva Anna Verdi nella sua relazione.';
    expect(statementsOf(text)).toStrictEqual([['Mario Bianchi', 'indirect', 'la diga era stabile']]);
  });

  it('reads the source of "secondo le dichiarazioni di X"', () => {
    expect(statementsOf('Secondo le dichiarazioni del ministro Paolo Rossi, il ponte è sicuro.')).toStrictEqual([
      ['Paolo Rossi', 'indirect', 'il ponte è sicuro'],
    ]);
  });

  it('gives a passive statement with no agent the source closing its sentence', () => {
    const text =
      'In serata è stato comunicato che la statale resterà chiusa fino a domenica, secondo le dichiarazioni della prefettura di Lecco, Carla Mensi.';
    expect(statementsOf(text)).toStrictEqual([
      ['Carla Mensi', 'indirect', 'la statale resterà chiusa fino a domenica'],
    ]);
    expect(tracesOf(text)[0]?.slice(0, 2)).toStrictEqual(['statement.passive-cue-that', 'statement.trailing-source']);
  });

  it('takes the title of a work in quote marks as no statement', () => {
    const text =
      'Lo storico Paolo Neri ha scritto che la villa fu costruita nel 1520, come racconta nel suo libro «Le case dei mercanti fiorentini del Cinquecento».';
    expect(statementsOf(text)).toStrictEqual([['Paolo Neri', 'indirect', 'la villa fu costruita nel 1520']]);
  });
});

describe('unnamed sources of a quote', () => {
  it('reads a common noun phrase before "hanno lasciato scritto:" as an unnamed source', () => {
    const text =
      'Paolo Rossi ha parlato a lungo. Sul muro, gli anonimi autori hanno lasciato scritto: «Il ponte non si tocca».';
    const result = extract([doc(text)]);
    expect(result.statements.map((s) => [s.speaker, s.speakerText, s.quote])).toStrictEqual([
      [null, 'gli anonimi autori', 'Il ponte non si tocca'],
    ]);
  });

  it('reads the subject of "recitava" after a semicolon, not a name from the clause before', () => {
    const text =
      'Paolo Rossi ha detto che il ponte è sicuro. Tra i presenti c’era anche Anna Bellini; uno striscione dei manifestanti recitava «Il ponte non si tocca».';
    const result = extract([doc(text)]);
    expect(result.statements.map((s) => [s.speaker === null, s.speakerText, s.quote])).toStrictEqual([
      [false, 'Paolo Rossi', 'il ponte è sicuro'],
      [true, 'uno striscione', 'Il ponte non si tocca'],
    ]);
  });
});

describe('a quote left open at the end of its paragraph', () => {
  it('reads the quote to the paragraph end', () => {
    const text =
      'La biologa Anna Ferretti racconta così il ritrovamento: «Sulle prime credevamo fosse un granchio comune\nLe ricerche continuano.';
    expect(statementsOf(text)).toStrictEqual([
      ['Anna Ferretti', 'direct', 'Sulle prime credevamo fosse un granchio comune'],
    ]);
  });
});

describe('stance and promise objects', () => {
  it('reads the object of a promise made in a gerund', () => {
    const text =
      'Il presidente Paolo Rossi, appena eletto, assicurando un processo equo agli imputati, ha invitato le milizie a deporre le armi.';
    expect(statementsOf(text)).toStrictEqual([
      ['Paolo Rossi', 'indirect', 'un processo equo agli imputati'],
      ['Paolo Rossi', 'indirect', 'deporre le armi'],
    ]);
  });

  it('reads what an unnamed source outlines', () => {
    expect(statementsOf('Fonti sindacali delineano uno scenario piuttosto cupo.')).toStrictEqual([
      [null, 'indirect', 'uno scenario piuttosto cupo'],
    ]);
  });

  it('reads what follows "ha posto l\'accento"', () => {
    expect(statementsOf("La portavoce Anna Bellini ha posto l'accento sulla carenza di alloggi.")).toStrictEqual([
      ['Anna Bellini', 'indirect', 'sulla carenza di alloggi'],
    ]);
  });
});

describe('a "che" that opens no reported clause', () => {
  it('takes "che" after the object of a verb that says nothing by it as a relative pronoun', () => {
    expect(
      statementsOf('Dopo la pausa il ciclista ha continuato la corsa solitaria che è durata fino al traguardo.'),
    ).toStrictEqual([]);
  });

  it('keeps a comparison with "che" inside the stance stated', () => {
    expect(statementsOf("Molti osservatori reputano il nuovo orario tutt'altro che comodo.")).toStrictEqual([
      [null, 'indirect', "il nuovo orario tutt'altro che comodo"],
    ]);
  });
});

describe('speech after a colon', () => {
  it('takes "sono" before a plural participle as no first person', () => {
    expect(
      statementsOf('Oggi la regione è molto più industrializzata: due fabbriche sono crollate nella notte.'),
    ).toStrictEqual([]);
    expect(statementsOf('Il sindaco Carlo Neri ha detto: sono stanco di aspettare.')).toStrictEqual([
      ['Carlo Neri', 'direct', 'sono stanco di aspettare'],
    ]);
  });
});

describe('a source named in full, then by its acronym', () => {
  it('reads the full name its acronym in parentheses spells as one speaker', () => {
    const text =
      "Secondo lo United Kingdom Marine Office (UKMO) la marea ha superato i tre metri. L'UKMO ha misurato il picco alle 6.";
    expect(statementsOf(text)).toStrictEqual([
      ['United Kingdom Marine Office', 'indirect', 'la marea ha superato i tre metri'],
    ]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.secondo-then-clause', 'speaker.bracketed-acronym', 'speaker.after-secondo', 'act.plain-claim'],
    ]);
  });
});

describe('where a reported clause ends', () => {
  it('ends an accusation at the next reporting verb, and reads no statement inside the clause reported', () => {
    const text =
      'La Francia accusa il Belgio di aver chiuso il confine e avverte che difenderà i suoi camionisti con ogni mezzo.';
    expect(statementsOf(text)).toStrictEqual([
      ['Francia', 'indirect', 'aver chiuso il confine'],
      ['Francia', 'indirect', 'difenderà i suoi camionisti con ogni mezzo'],
    ]);
  });

  it('ends a reported clause before ", mentre" and a clause of its own', () => {
    const text =
      'Alcuni residenti hanno espresso la loro rabbia per un cantiere che blocca la via, mentre altri vicini hanno espresso fiducia nei lavori.';
    expect(statementsOf(text)).toStrictEqual([
      [null, 'indirect', 'la loro rabbia per un cantiere che blocca la via'],
      [null, 'indirect', 'fiducia nei lavori'],
    ]);
  });
});

describe('a gerund with an enclitic "si"', () => {
  it('reads "lamentandosi della «…» …" as one indirect statement with the quoted words inside', () => {
    const text =
      'Il senatore Paolo Rossi ha proseguito lamentandosi della «pessima» accoglienza che gli riservano le televisioni.';
    expect(statementsOf(text)).toStrictEqual([
      ['Paolo Rossi', 'indirect', 'della «pessima» accoglienza che gli riservano le televisioni'],
    ]);
  });
});

describe('a noun for something announced or asked, its source, then what it was', () => {
  it('reads "l\'annuncio del sindaco X di …" as what the mayor announced', () => {
    const text = "In città è arrivato l'annuncio del sindaco Carlo Neri di chiudere il ponte per tre mesi.";
    expect(statementsOf(text)).toStrictEqual([['Carlo Neri', 'indirect', 'chiudere il ponte per tre mesi']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.intent-noun-of-source', 'speaker.of-speech-noun', 'act.from-cue'],
    ]);
  });

  it('takes the name set in apposition after a title as the source', () => {
    const text =
      'Il dibattito si è acceso dopo la proposta del segretario di Azione Civica, Marco Galli, di abolire la tassa sui rifiuti.';
    expect(statementsOf(text)).toStrictEqual([['Marco Galli', 'indirect', 'abolire la tassa sui rifiuti']]);
  });

  it('reads a noun phrase opened by an article after "di" as what was asked', () => {
    const text = 'Nessuno ha risposto alla richiesta di Paola Serra di un nuovo regolamento per i mercati.';
    expect(statementsOf(text)).toStrictEqual([['Paola Serra', 'indirect', 'un nuovo regolamento per i mercati']]);
  });

  it('reads "l\'invito di X a …" with its infinitive', () => {
    const text = "I sindacati hanno accolto l'invito di Paola Serra a riaprire il tavolo sul contratto.";
    expect(statementsOf(text)).toStrictEqual([['Paola Serra', 'indirect', 'riaprire il tavolo sul contratto']]);
  });

  it('reads nothing when no infinitive or article follows the source', () => {
    expect(statementsOf('La richiesta di Paola Serra di ieri è stata respinta dal consiglio.')).toStrictEqual([]);
  });

  it('reads nothing after a list of names', () => {
    expect(
      statementsOf('È stata respinta la proposta di Paola Serra, Marco Galli, di rinviare il voto al mese prossimo.'),
    ).toStrictEqual([]);
  });
});

describe('a channel of several words before the object', () => {
  it('skips "presso" and a long office name before what was reported', () => {
    const text =
      "Ieri l'ex sindaco Paolo Verdi ha denunciato presso la Stazione dei Carabinieri di Monte Alto un furto in casa sua.";
    expect(statementsOf(text)).toStrictEqual([['Paolo Verdi', 'indirect', 'un furto in casa sua']]);
    expect(tracesOf(text)).toStrictEqual([['statement.cue-object', 'speaker.subject-before-cue', 'act.from-cue']]);
  });
});

describe('a stance verb with its judgement first', () => {
  it('reads "X ritiene inaccettabile la riforma" as what X said', () => {
    const text = 'Il ministro Paolo Rossi ritiene inaccettabile la riforma delle pensioni.';
    expect(statementsOf(text)).toStrictEqual([['Paolo Rossi', 'indirect', 'inaccettabile la riforma delle pensioni']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.predicative-judgement', 'speaker.subject-before-cue', 'act.from-cue'],
    ]);
  });

  it('takes a judgement of several words and a demonstrative', () => {
    const text =
      'La senatrice Anna Bellini ha giudicato utile e tempestivo questo accordo con la Francia, poi è partita.';
    expect(statementsOf(text)).toStrictEqual([
      ['Anna Bellini', 'indirect', 'utile e tempestivo questo accordo con la Francia'],
    ]);
  });

  it('reads nothing when the object comes with no judgement before it', () => {
    expect(statementsOf('Il consiglio di Paolo Rossi ha definito una nuova strategia per le periferie.')).toStrictEqual(
      [],
    );
  });

  it('reads nothing when no one is named as the subject', () => {
    expect(statementsOf('Molti considerano inaccettabile la riforma delle pensioni.')).toStrictEqual([]);
  });
});

describe('"supporre" reports a supposition', () => {
  it('reads "X suppone che …" as what X said', () => {
    expect(statementsOf('Il geologo Marco Galli suppone che la frana sia partita dal versante nord.')).toStrictEqual([
      ['Marco Galli', 'indirect', 'la frana sia partita dal versante nord'],
    ]);
  });

  it('reads "si suppone che …" as a statement with no speaker', () => {
    const text = 'Si suppone che la frana sia partita dal versante nord.';
    expect(statementsOf(text)).toStrictEqual([[null, 'indirect', 'la frana sia partita dal versante nord']]);
    expect(tracesOf(text)).toStrictEqual([['statement.cue-that-clause', 'speaker.impersonal-si', 'act.from-cue']]);
  });
});

describe('an estimate', () => {
  it('reads "X stima in N …" from "in" as what X said', () => {
    const text = 'La prefettura di Torino stima in almeno 300 le case danneggiate dal sisma.';
    expect(statementsOf(text)).toStrictEqual([
      ['prefettura di Torino', 'indirect', 'in almeno 300 le case danneggiate dal sisma'],
    ]);
    expect(tracesOf(text)).toStrictEqual([['statement.estimate', 'speaker.clause-subject', 'act.from-cue']]);
  });

  it('reads "viene stimato un … N" as an estimate with no speaker', () => {
    const text = 'Per i lavori viene stimato un costo di 5 milioni di euro.';
    expect(statementsOf(text)).toStrictEqual([[null, 'indirect', 'un costo di 5 milioni di euro']]);
    expect(tracesOf(text)).toStrictEqual([['statement.estimate', 'speaker.passive-no-agent', 'act.from-cue']]);
  });

  it('reads nothing when no figure is given', () => {
    expect(statementsOf('Per i lavori viene stimato un costo molto alto.')).toStrictEqual([]);
  });
});

describe('word going round with no source written', () => {
  it('reads "giunge la voce che …" as a statement with no speaker', () => {
    const text = 'In serata giunge la voce che il ponte di Borgo Nuovo è crollato.';
    expect(statementsOf(text)).toStrictEqual([[null, 'indirect', 'il ponte di Borgo Nuovo è crollato']]);
    expect(tracesOf(text)).toStrictEqual([['statement.rumour', 'speaker.unstated-source', 'act.plain-claim']]);
  });

  it('reads nothing in a relative clause after the noun', () => {
    expect(statementsOf('La voce che gira da giorni in paese non ha trovato conferme.')).toStrictEqual([]);
  });
});

describe('a question-and-answer interview', () => {
  const interview = [
    'Intervista a Mario Rossi, sindaco di Lucca: «Il piano va rifatto»',
    '',
    'di Anna Bianchi',
    '',
    'Il sindaco di Lucca, Mario Rossi, risponde alle nostre domande sul nuovo piano del traffico.',
    '',
    'Sindaco, il piano è pronto?',
    '«No, il piano va rifatto da capo».',
    '',
    'E i fondi della Regione?',
    'I fondi arriveranno solo a fine anno. E non bastano.',
    '',
    'Domanda: che cosa chiede al governo? Risposta: chiedo più risorse per i trasporti pubblici.',
  ].join('\n');

  it('gives every answer, and the headline quote, to the person interviewed, and no question to anyone', () => {
    expect(statementsOf(interview)).toStrictEqual([
      ['Mario Rossi', 'direct', 'Il piano va rifatto'],
      ['Mario Rossi', 'direct', 'No, il piano va rifatto da capo'],
      ['Mario Rossi', 'direct', 'I fondi arriveranno solo a fine anno'],
      ['Mario Rossi', 'direct', 'E non bastano'],
      ['Mario Rossi', 'direct', 'chiedo più risorse per i trasporti pubblici'],
    ]);
    expect(tracesOf(interview).map((trace) => (trace ?? []).slice(0, 2))).toStrictEqual([
      ['statement.interview-headline', 'speaker.interviewee'],
      ['statement.interview-answer', 'speaker.interviewee'],
      ['statement.interview-answer', 'speaker.interviewee'],
      ['statement.interview-answer', 'speaker.interviewee'],
      ['statement.interview-answer', 'speaker.interviewee'],
    ]);
  });

  it('keeps a quote with its own source in an answer, and reads nothing before the first question', () => {
    const text = [
      'Intervista con Giulia Verdi',
      '',
      'Giulia Verdi guida la cooperativa da dieci anni.',
      '',
      'Come va il lavoro?',
      '«Bene», ha detto Luca Neri, il suo socio, prima di andare via.',
    ].join('\n');
    expect(statementsOf(text)).toStrictEqual([['Luca Neri', 'direct', 'Bene']]);
  });

  it('reads no interview where the headline names no person interviewed, or a question stays inside its paragraph', () => {
    const noPerson = ['Intervista al Comune', '', 'Che cosa cambia?', 'Cambiano gli orari degli uffici.'].join('\n');
    expect(statementsOf(noPerson)).toStrictEqual([]);
    const rhetorical = [
      'Intervista a Mario Rossi',
      '',
      'Il sindaco Mario Rossi ha aperto il cantiere. Perché adesso? I lavori finiranno in estate.',
    ].join('\n');
    expect(statementsOf(rhetorical)).toStrictEqual([]);
  });
});

describe('"secondo X" set in brackets', () => {
  it('credits the clause a bracketed source closes, named or not', () => {
    expect(tracesOf('Il ponte reggerà almeno dieci anni (secondo il sindaco Mario Rossi).')).toStrictEqual([
      ['statement.bracketed-secondo', 'speaker.after-secondo', 'act.plain-claim'],
    ]);
    expect(statementsOf('Il ponte reggerà almeno dieci anni (secondo il sindaco Mario Rossi).')).toStrictEqual([
      ['Mario Rossi', 'indirect', 'Il ponte reggerà almeno dieci anni'],
    ]);
    expect(statementsOf('La diga ha ceduto alle sei (secondo le prime stime dei tecnici).')).toStrictEqual([
      [null, 'indirect', 'La diga ha ceduto alle sei'],
    ]);
  });

  it('credits the whole sentence to a bracketed source inside it', () => {
    expect(statementsOf('Il ponte (secondo i tecnici) reggerà dieci anni.')).toStrictEqual([
      [null, 'indirect', 'Il ponte (secondo i tecnici) reggerà dieci anni'],
    ]);
  });
});

describe('an example list set inside the subject', () => {
  it('credits the subject before ", tra cui …,", not a name in the list', () => {
    const text =
      "Tre partiti, tra cui la Lega a cui apparteneva Paolo Neri, hanno dichiarato di voler lasciare l'aula.";
    expect(statementsOf(text)).toStrictEqual([[null, 'indirect', "voler lasciare l'aula"]]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.cue-infinitive', 'speaker.unnamed-subject', 'speaker.past-example-list', 'act.from-cue'],
    ]);
  });

  it('credits a named subject before ", incluso …,"', () => {
    expect(
      statementsOf('Il sindacato Fiom, inclusi i delegati di Paolo Neri, ha chiesto di riaprire il tavolo.'),
    ).toStrictEqual([['Fiom', 'indirect', 'riaprire il tavolo']]);
    expect(
      tracesOf('Il sindacato Fiom, inclusi i delegati di Paolo Neri, ha chiesto di riaprire il tavolo.'),
    ).toStrictEqual([
      ['statement.cue-infinitive', 'speaker.subject-before-cue', 'speaker.past-example-list', 'act.from-cue'],
    ]);
  });
});

describe('what follows a reporting verb, past what sits between', () => {
  it('skips a comparison set between commas after the cue', () => {
    const text = 'Mario Rossi ha detto, come già in passato, che il ponte è sicuro.';
    expect(statementsOf(text)).toStrictEqual([['Mario Rossi', 'indirect', 'il ponte è sicuro']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.cue-that-clause', 'speaker.subject-before-cue', 'statement.past-comparison', 'act.from-cue'],
    ]);
  });

  it('reads the object of a reporting infinitive after a modal', () => {
    expect(statementsOf('Mario Rossi ha voluto ribadire la sua fiducia nel progetto.')).toStrictEqual([
      ['Mario Rossi', 'indirect', 'la sua fiducia nel progetto'],
    ]);
  });

  it('runs a noun-phrase object on past the comma of a list of nouns', () => {
    expect(statementsOf('Anna Bellini ha elogiato la grande tenacia, forza e generosità dei volontari.')).toStrictEqual(
      [['Anna Bellini', 'indirect', 'la grande tenacia, forza e generosità dei volontari']],
    );
  });
});

describe('a bare title repeated from the last speaker', () => {
  it('is the country the official spoke for', () => {
    const text =
      "L'Austria ha chiuso il confine. Il ministro della difesa austriaco afferma che il confine è sicuro. «Non ci sono minacce», ha continuato il ministro.";
    expect(statementsOf(text)).toStrictEqual([
      ['Austria', 'indirect', 'il confine è sicuro'],
      ['Austria', 'direct', 'Non ci sono minacce'],
    ]);
    expect(tracesOf(text)[1]).toStrictEqual([
      'statement.quote-then-cue',
      'speaker.subject-after-cue',
      'speaker.same-title-as-last',
      'act.from-cue',
    ]);
  });

  it('stays the unnamed official, not the person last named as a subject', () => {
    const text =
      'Il premier Carlo Bianchi è arrivato. Il ministro della difesa austriaco afferma che il confine è sicuro. «Non ci sono minacce», ha continuato il ministro.';
    expect(statementsOf(text)).toStrictEqual([
      [null, 'indirect', 'il confine è sicuro'],
      [null, 'direct', 'Non ci sono minacce'],
    ]);
  });
});

describe('a source after "secondo" just before the verb', () => {
  it('credits the verb to the source, not to the subject', () => {
    const text =
      'I Verdi, tradizionalmente vicini agli ecologisti, secondo le dichiarazioni di Anna Rossi non escludono un accordo con la destra.';
    expect(statementsOf(text)).toStrictEqual([['Anna Rossi', 'indirect', 'un accordo con la destra']]);
    expect(tracesOf(text)).toStrictEqual([['statement.cue-object', 'speaker.source-before-cue', 'act.negated-cue']]);
  });

  it('keeps one statement when "secondo X" already credits the clause', () => {
    expect(
      statementsOf('I Verdi, secondo le dichiarazioni di Anna Rossi, non escludono un accordo con la destra.'),
    ).toStrictEqual([
      [
        'Anna Rossi',
        'indirect',
        'I Verdi, secondo le dichiarazioni di Anna Rossi, non escludono un accordo con la destra',
      ],
    ]);
  });
});

describe('a reporting gerund after a comma', () => {
  it('ends the clause reported before it and says something of its own', () => {
    expect(
      statementsOf('Mario Rossi ha detto che il ponte è sicuro, aggiungendo che riaprirà a maggio.'),
    ).toStrictEqual([
      ['Mario Rossi', 'indirect', 'il ponte è sicuro'],
      ['Mario Rossi', 'indirect', 'riaprirà a maggio'],
    ]);
  });

  it('reads an object whose head is quoted', () => {
    expect(
      statementsOf('Anna Bellini ha chiesto di rinviare il voto, denunciando un «patto segreto» tra i partiti.'),
    ).toStrictEqual([
      ['Anna Bellini', 'indirect', 'rinviare il voto'],
      ['Anna Bellini', 'indirect', 'un «patto segreto» tra i partiti'],
    ]);
  });

  it('reads the infinitive after "continuando a" with the speaker of the sentence', () => {
    expect(
      statementsOf('Mario Rossi ha negato ogni legame con la gara, continuando a esprimere fiducia nel governo.'),
    ).toStrictEqual([
      ['Mario Rossi', 'indirect', 'ogni legame con la gara'],
      ['Mario Rossi', 'indirect', 'fiducia nel governo'],
    ]);
  });

  it('keeps "ha continuato" a reporting verb by itself', () => {
    expect(statementsOf('«Siamo pronti», ha continuato Mario Rossi.')).toStrictEqual([
      ['Mario Rossi', 'direct', 'Siamo pronti'],
    ]);
  });
});

describe('a judgement with its object first, then "come"', () => {
  it('reads the object and what it is judged to be', () => {
    const text = 'Mario Rossi ha definito il gesto come una bravata.';
    expect(statementsOf(text)).toStrictEqual([['Mario Rossi', 'indirect', 'il gesto come una bravata']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.object-as-judgement', 'speaker.subject-before-cue', 'act.from-cue'],
    ]);
  });

  it('gives a gerund the sentence speaker and ends the judgement at the next gerund', () => {
    expect(
      statementsOf(
        'Mario Rossi ha detto che ama le divise, definendo il gesto come una bravata ma cancellando la foto.',
      ),
    ).toStrictEqual([
      ['Mario Rossi', 'indirect', 'ama le divise'],
      ['Mario Rossi', 'indirect', 'il gesto come una bravata'],
    ]);
  });
});

describe('an order given', () => {
  it('reads what the infinitive after "di" asks, past the addressee', () => {
    const text = 'Il sindaco Mario Rossi ha dato disposizioni alla polizia locale di chiudere il parco.';
    expect(statementsOf(text)).toStrictEqual([['Mario Rossi', 'indirect', 'chiudere il parco']]);
    expect(tracesOf(text)).toStrictEqual([['statement.order-given', 'speaker.subject-before-cue', 'act.plain-claim']]);
  });

  it('reads nothing without an infinitive after "di"', () => {
    expect(statementsOf('Mario Rossi ha messo ordine nei conti del circolo.')).toStrictEqual([]);
    expect(statementsOf('Mario Rossi ha dato ordini precisi alla squadra.')).toStrictEqual([]);
  });
});

describe('a description with its "di" complement, then the person, closing a sentence after "secondo"', () => {
  it('credits the person, however the description was read', () => {
    const text = 'Il servizio è tornato alle 22, secondo il Chief Operations Officer di Mediaset, Mario Rossi.';
    expect(statementsOf(text)).toStrictEqual([['Mario Rossi', 'indirect', 'Il servizio è tornato alle 22']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.clause-then-secondo', 'speaker.after-secondo', 'speaker.apposition', 'act.plain-claim'],
    ]);
  });
});

describe('a reporting verb, an insertion, then a colon and the quote', () => {
  it('credits the verb’s subject, not the name closing the insertion', () => {
    const text =
      'Mario Rossi ha criticato il governo, affermando, dopo la notizia che il sindaco di Sarego (VI) avrebbe incontrato Anna Bianchi: «Siamo pronti a tutto».';
    expect(statementsOf(text)).toStrictEqual([['Mario Rossi', 'direct', 'Siamo pronti a tutto']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.cue-then-colon-quote', 'speaker.clause-subject', 'act.from-cue'],
    ]);
  });
});

describe('first-person words after a reporting gerund and a colon', () => {
  it('go on with the sentence’s speaker', () => {
    const text =
      'Mario Rossi si è detto deluso della gara, esprimendosi più volte su twitter: non sono tipo da partite noiose.';
    expect(statementsOf(text)).toStrictEqual([
      ['Mario Rossi', 'indirect', 'deluso della gara'],
      ['Mario Rossi', 'direct', 'non sono tipo da partite noiose'],
    ]);
    expect(tracesOf(text)[1]).toStrictEqual([
      'statement.gerund-colon-speech',
      'speaker.same-sentence-speaker',
      'act.from-cue',
    ]);
  });
});
