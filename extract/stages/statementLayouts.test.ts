// Layouts of Italian reporting clauses beyond "X ha detto che …" and «…», ha detto X.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { conjugate } from '../lang/conjugate.ts';
import { LEXICON } from '../lang/lexicon.ts';
import { normKey } from '../engine/text.ts';
import { doc, said } from '../testDocs.ts';

const speakerTexts = (text: string) =>
  extract([doc(text)]).statements.map((s) => [s.speaker === null ? null : 'entity', s.speakerText, s.quote]);

describe('reporting verbs in every form', () => {
  it('conjugates regular, -isc- and -care verbs, with the listed participle', () => {
    expect(conjugate('dichiarare').sort()).toStrictEqual(
      [
        'dichiara',
        'dichiarano',
        'dichiarò',
        'dichiararono',
        'dichiarava',
        'dichiaravano',
        'dichiarerà',
        'dichiareranno',
        'dichiarerebbe',
        'dichiarerebbero',
        'dichiari',
        'dichiarino',
        'dichiarasse',
        'dichiarassero',
        'dichiarando',
        'dichiarato',
      ].sort(),
    );
    expect(conjugate('criticare')).toContain('criticherà');
    expect(conjugate('criticare')).toContain('critichi');
    expect(conjugate('annunciare')).toContain('annuncerà');
    expect(conjugate('annunciare')).toContain('annunci');
    expect(conjugate('ribadire', ['isc'])).toContain('ribadisce');
    expect(conjugate('ribadire', ['isc'])).not.toContain('ribade');
    expect(conjugate('rispondere', ['risposto', 'rispose'])).toContain('risposto');
    expect(conjugate('rispondere', ['risposto', 'rispose'])).not.toContain('risponduto');
    expect(conjugate('dire', ['irr', 'detto', 'dice'])).toStrictEqual(['detto', 'dice']);
    expect(() => conjugate('parola')).toThrow('"parola" is not an infinitive (-are, -ere, -ire)');
  });

  it('knows the generated forms with their class, and keeps no feminine participle', () => {
    expect(
      ['ribadirà', 'smentiscono', 'chiederebbe', 'annunciava'].map((form) => LEXICON.speechCues.get(normKey(form))),
    ).toStrictEqual(['say', 'deny', 'ask', 'announce']);
    expect(LEXICON.speechCues.has('proposta')).toBe(false);
  });

  it('reads a future and an imperfect reporting verb', () => {
    expect(said(extract([doc('Mario Rossi ribadirà che il piano resta valido.')]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'il piano resta valido'],
    ]);
    expect(said(extract([doc('Mario Rossi sosteneva che il ponte era sicuro.')]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'il ponte era sicuro'],
    ]);
  });

  it('does not read a form used as a noun as a reporting verb', () => {
    expect(said(extract([doc('Mario Rossi attende la conferma che il ponte riaprirà.')]))).toStrictEqual([]);
  });
});

describe('what was asked, announced or denied', () => {
  it('reads the infinitive after "di", also after an addressee', () => {
    expect(said(extract([doc('Mario Rossi ha chiesto di rinviare il voto di una settimana.')]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'rinviare il voto di una settimana'],
    ]);
    expect(said(extract([doc('Mario Rossi ha chiesto al governo di ritirare il decreto.')]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'ritirare il decreto'],
    ]);
    expect(said(extract([doc('Mario Rossi ha negato di averlo incontrato a Roma.')]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'averlo incontrato a Roma'],
    ]);
  });

  it('reads a common-noun object of a request or an announcement, not a person', () => {
    expect(
      said(extract([doc('Mario Rossi ha chiesto le dimissioni del consiglio di amministrazione.')])),
    ).toStrictEqual([['Mario Rossi', 'indirect', 'le dimissioni del consiglio di amministrazione']]);
    expect(said(extract([doc('Mario Rossi ha annunciato il ritiro della candidatura alle elezioni.')]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'il ritiro della candidatura alle elezioni'],
    ]);
    expect(said(extract([doc('Mario Rossi ha invitato Giulia Verdi alla cena di gala.')]))).toStrictEqual([]);
  });
});

describe('quote layouts', () => {
  it('reads the reporting clause inside the quote', () => {
    expect(
      said(extract([doc('Mario Rossi è arrivato ieri. «Il lavoro è finito – ha spiegato – e ora si riparte».')])),
    ).toStrictEqual([['Mario Rossi', 'direct', 'Il lavoro è finito – ha spiegato – e ora si riparte']]);
    expect(said(extract([doc('«Il lavoro è finito, ha spiegato Mario Rossi, e ora si riparte».')]))).toStrictEqual([
      ['Mario Rossi', 'direct', 'Il lavoro è finito, ha spiegato Mario Rossi, e ora si riparte'],
    ]);
    const dashes = extract([doc('«Il lavoro è finito – dice Mario Rossi – e ora si riparte».')]);
    expect(said(dashes)).toStrictEqual([
      ['Mario Rossi', 'direct', 'Il lavoro è finito – dice Mario Rossi – e ora si riparte'],
    ]);
    expect([dashes.statements[0]?.cue, dashes.statements[0]?.trace?.[0]]).toStrictEqual([
      'dice',
      'statement.cue-inside-quote',
    ]);
  });

  it('reads a quote after a colon that closes a clause naming no one, with the last speaker', () => {
    expect(
      said(
        extract([
          doc(
            'Mario Rossi ha parlato a lungo. La notizia è confermata dallo stesso interessato: «Tornerò presto a casa».',
          ),
        ]),
      ),
    ).toStrictEqual([['Mario Rossi', 'direct', 'Tornerò presto a casa']]);
  });
});

describe('who the subject is', () => {
  it('skips a parenthesis between the name and the verb', () => {
    expect(
      said(extract([doc('Giulia Verdi ha parlato. Mario Rossi (Pd) aggiunge: «Serve un confronto serio».')])),
    ).toStrictEqual([['Mario Rossi', 'direct', 'Serve un confronto serio']]);
  });

  it('gives a relative clause the speaker it refers to', () => {
    expect(
      said(
        extract([
          doc(
            'Giulia Verdi ha parlato. Il ministro della salute, Mario Rossi, che dice: «Nessuna modifica alla legge».',
          ),
        ]),
      ),
    ).toStrictEqual([['Mario Rossi', 'direct', 'Nessuna modifica alla legge']]);
  });

  it('keeps an unnamed common-noun subject unnamed, and an impersonal "si" without a speaker', () => {
    expect(
      speakerTexts(
        'Mario Rossi è stato arrestato. La famiglia di Mario Rossi afferma che il ragazzo era malato da tempo.',
      ),
    ).toStrictEqual([[null, 'La famiglia', 'il ragazzo era malato da tempo']]);
    expect(speakerTexts('Mario Rossi è scomparso. Si ritiene che sia fuggito all\u2019estero.')).toStrictEqual([
      [null, null, 'sia fuggito all\u2019estero'],
    ]);
  });
});

describe('speech after a colon without quote marks', () => {
  it('reads first-person speech after a reporting clause, and not a list after a colon', () => {
    expect(
      said(extract([doc('Mario Rossi ha parlato della sua spalla: mi sono fatto male in allenamento.')])),
    ).toStrictEqual([['Mario Rossi', 'direct', 'mi sono fatto male in allenamento']]);
    expect(said(extract([doc('Mario Rossi ha comprato tre cose: pane, latte e uova.')]))).toStrictEqual([]);
  });
});

describe('secondo, and requests with "a"', () => {
  it('reads "…, secondo X." closing a sentence, with the name in apposition', () => {
    expect(said(extract([doc('Il servizio è tornato in funzione alle dieci, secondo Mario Rossi.')]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'Il servizio è tornato in funzione alle dieci'],
    ]);
  });

  it('reads "secondo quanto dichiarato da X"', () => {
    expect(said(extract([doc('Secondo quanto dichiarato da Mario Rossi, il ponte riaprirà a giugno.')]))).toStrictEqual(
      [['Mario Rossi', 'indirect', 'il ponte riaprirà a giugno']],
    );
  });

  it('reads a request to someone "a" do something', () => {
    expect(
      said(extract([doc('Mario Rossi ha invitato il consiglio a votare il bilancio entro marzo.')])),
    ).toStrictEqual([['Mario Rossi', 'indirect', 'votare il bilancio entro marzo']]);
  });

  it('gives a titled subject the holder named with that title before', () => {
    expect(
      said(extract([doc('Il sindaco Mario Rossi è arrivato in piazza. Il sindaco ha detto che la festa si farà.')])),
    ).toStrictEqual([['Mario Rossi', 'indirect', 'la festa si farà']]);
  });
});

describe('one thing said, one record', () => {
  it('keeps the quote, not a reported clause that is only that quote', () => {
    expect(said(extract([doc('Mario Rossi, del comitato, dice che «il progetto va rivisto da capo».')]))).toStrictEqual(
      [['Mario Rossi', 'partial', 'il progetto va rivisto da capo']],
    );
  });

  it('reads "secondo il direttore di X, Mario Rossi." closing a sentence', () => {
    expect(
      said(extract([doc('Il sito è rimasto fermo tre ore, secondo il direttore di Acme, Mario Rossi.')])),
    ).toStrictEqual([['Mario Rossi', 'indirect', 'Il sito è rimasto fermo tre ore']]);
  });
});

describe('subjects written around appositions, relatives and bodies', () => {
  it('takes the name opening the sentence across an apposition with its own clause', () => {
    expect(
      said(
        extract([
          doc(
            'Giulia Verdi è arrivata. Mario Rossi, giornalista che ha seguito il processo, ha affermato che la sentenza è giusta.',
          ),
        ]),
      ),
    ).toStrictEqual([['Mario Rossi', 'indirect', 'la sentenza è giusta']]);
  });

  it('takes the name in apposition to a description', () => {
    expect(
      said(
        extract([
          doc(
            'Giulia Verdi è arrivata. L\u2019avvocato dell\u2019uomo, Mario Rossi, ha detto di aver chiesto una perizia.',
          ),
        ]),
      ),
    ).toStrictEqual([['Mario Rossi', 'indirect', 'aver chiesto una perizia']]);
  });

  it('gives a relative clause after a passive agent its antecedent', () => {
    expect(
      said(
        extract([
          doc('Nel 1990 Giulia Verdi fu sostituita da Mario Rossi, che nel 1991 annunciò la riforma della scuola.'),
        ]),
      ),
    ).toStrictEqual([['Mario Rossi', 'indirect', 'la riforma della scuola']]);
  });

  it('lets a government body or an official qualified by a country speak for the country the article names', () => {
    expect(
      said(
        extract([doc('La Francia ha chiuso il confine. Il governo francese ha detto che la misura durerà un mese.')]),
      ),
    ).toStrictEqual([['Francia', 'indirect', 'la misura durerà un mese']]);
    // With no country named, the body stays what the text calls it.
    expect(said(extract([doc('Il governo francese ha detto che la misura durerà un mese.')]))).toStrictEqual([
      ['governo francese', 'indirect', 'la misura durerà un mese'],
    ]);
  });
});

describe('more layouts', () => {
  it('reads a quote opening its sentence followed by the reporting verb with no comma', () => {
    expect(said(extract([doc('«Abbiamo fatto il possibile» ha detto Mario Rossi ai cronisti.')]))).toStrictEqual([
      ['Mario Rossi', 'direct', 'Abbiamo fatto il possibile'],
    ]);
  });

  it('reads speech after a reporting verb and a colon that opens a new sentence', () => {
    expect(said(extract([doc('Mario Rossi ha dichiarato: Credevo di essere in orario, davvero.')]))).toStrictEqual([
      ['Mario Rossi', 'direct', 'Credevo di essere in orario, davvero'],
    ]);
  });

  it('reads "secondo" with a source that names no one, before and after the clause', () => {
    expect(
      speakerTexts('Secondo gli ingegneri del laboratorio, il magnete non era stato progettato per quella pressione.'),
    ).toStrictEqual([
      [null, 'gli ingegneri del laboratorio', 'il magnete non era stato progettato per quella pressione'],
    ]);
    expect(speakerTexts('Le voci sulla chiusura sono infondate, secondo la medesima fonte.')).toStrictEqual([
      [null, 'la medesima fonte', 'Le voci sulla chiusura sono infondate'],
    ]);
  });
});

describe('the attribution in the next sentence', () => {
  it('reads "Lo ha detto X", "Così X" and "Sono le parole di X" after a quote', () => {
    for (const [credit, cue] of [
      ['Lo ha detto Mario Rossi ai giornalisti.', 'Lo ha detto'],
      ['Così Mario Rossi, al termine della riunione.', 'Così'],
      ['Sono le parole di Mario Rossi.', 'Sono le parole di'],
    ]) {
      const r = extract([doc(`«Il piano è pronto e partirà domani». ${credit}`)]);
      expect([said(r), r.statements[0]?.cue]).toStrictEqual([
        [['Mario Rossi', 'direct', 'Il piano è pronto e partirà domani']],
        cue,
      ]);
    }
  });
});

describe('where reported speech ends, and who goes on speaking', () => {
  it('gives a verb without a subject to the person named as a subject after the last statement', () => {
    const text =
      'Mario Rossi ha detto che il piano resta valido. Anna Bianchi è arrivata in aula alle dieci. Ha aggiunto che il voto slitta.';
    expect(said(extract([doc(text)]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'il piano resta valido'],
      ['Anna Bianchi', 'indirect', 'il voto slitta'],
    ]);
  });

  it('keeps speech after a colon going over the first-person sentences of its paragraph', () => {
    const text =
      'Il tecnico Luca Verdi ha commentato la partita: Abbiamo giocato male. La squadra era stanca. Domani ci alleniamo di nuovo. Il presidente Paolo Neri ha lasciato lo stadio.\n\nAltro paragrafo.';
    expect(said(extract([doc(text)]))).toStrictEqual([
      ['Luca Verdi', 'direct', 'Abbiamo giocato male. La squadra era stanca. Domani ci alleniamo di nuovo'],
    ]);
  });

  it('ends it at a reporting verb of the writer', () => {
    const text = 'Luca Verdi ha commentato: Abbiamo giocato male. Paolo Neri ha detto che la squadra era stanca.';
    expect(said(extract([doc(text)]))).toStrictEqual([
      ['Luca Verdi', 'direct', 'Abbiamo giocato male'],
      ['Paolo Neri', 'indirect', 'la squadra era stanca'],
    ]);
  });

  it('goes on with the last speaker after "E poi:" and "Più tardi; e ancora:"', () => {
    const text = 'Luca Verdi ha detto: Abbiamo sbagliato tutto. E poi: domani torniamo in campo.';
    expect(said(extract([doc(text)]))).toStrictEqual([
      ['Luca Verdi', 'direct', 'Abbiamo sbagliato tutto'],
      ['Luca Verdi', 'direct', 'domani torniamo in campo'],
    ]);
  });

  it('splits two reporting verbs joined by "e", and ends a noun-phrase object at its comma', () => {
    const text =
      'Mario Rossi ha detto che il ponte è sicuro e ha aggiunto che i lavori finiranno a maggio. Anna Bianchi ha annunciato le dimissioni, tra lo stupore dei presenti.';
    expect(said(extract([doc(text)]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'il ponte è sicuro'],
      ['Mario Rossi', 'indirect', 'i lavori finiranno a maggio'],
      ['Anna Bianchi', 'indirect', 'le dimissioni'],
    ]);
  });
});

describe('verbs that label what someone said', () => {
  it('reads a quoted label after "ha definito" and speech introduced by "ha parlato di"', () => {
    const text =
      'Il ministro Mario Rossi ha definito la proposta «del tutto inaccettabile» durante la conferenza stampa.';
    expect(said(extract([doc(text)]))).toStrictEqual([['Mario Rossi', 'partial', 'del tutto inaccettabile']]);
    expect(said(extract([doc('Anna Bianchi ha parlato di «una giornata storica» per la città.')]))).toStrictEqual([
      ['Anna Bianchi', 'partial', 'una giornata storica'],
    ]);
  });
});

describe('a bare title as a speaker', () => {
  it('is the person last named as a subject when no holder is named with it, and stays unnamed when it is qualified', () => {
    const text = 'Matteo Verdi ha incontrato i sindacati a Roma. Il premier ha detto che il decreto arriverà lunedì.';
    expect(said(extract([doc(text)]))).toStrictEqual([['Matteo Verdi', 'indirect', 'il decreto arriverà lunedì']]);
    const qualified =
      'Matteo Verdi ha incontrato i sindacati a Roma. Il presidente della regione ha detto che il decreto arriverà lunedì.';
    expect(extract([doc(qualified)]).statements.map((s) => [s.speaker, s.speakerText])).toStrictEqual([
      [null, 'Il presidente'],
    ]);
  });
});

describe('a bare title and the people named before with it', () => {
  const speakers = (text: string) =>
    extract([doc(text)]).statements.map((s) => [s.speaker, s.speakerText, s.quote, s.trace]);

  it('is the one person named with the title, and no one when two people were', () => {
    const one =
      "Il ministro della Salute Carla Fontana ha visitato l'ospedale di Lecco. I medici hanno chiesto nuovi fondi. «Serve più personale», ha detto il ministro.";
    expect(speakers(one)).toStrictEqual([
      [
        'person:carla-fontana',
        'il ministro',
        'Serve più personale',
        ['statement.quote-then-cue', 'speaker.subject-after-cue', 'speaker.title-holder', 'act.from-cue'],
      ],
    ]);
    const two =
      "Il ministro della Salute Carla Fontana ha visitato l'ospedale di Lecco. Il ministro dei Trasporti Paolo Gatti era a Torino. Il ministro ha detto che serve più personale.";
    expect(speakers(two)).toStrictEqual([
      [
        null,
        'Il ministro',
        'serve più personale',
        ['statement.cue-that-clause', 'speaker.subject-before-cue', 'speaker.title-two-holders', 'act.from-cue'],
      ],
    ]);
  });

  it('written with its complement, is the person named with that complement, never one with another', () => {
    const same =
      "Il ministro della Salute Carla Fontana ha visitato l'ospedale di Lecco. Anna Neri ha chiesto nuovi fondi. «Serve più personale», ha detto il ministro della Salute.";
    expect(speakers(same)).toStrictEqual([
      [
        'person:carla-fontana',
        'il ministro della Salute',
        'Serve più personale',
        [
          'statement.quote-then-cue',
          'speaker.subject-after-cue',
          'speaker.title-with-complement-holder',
          'act.from-cue',
        ],
      ],
    ]);
    const other =
      "Il ministro della Salute Carla Fontana ha visitato l'ospedale di Lecco. Anna Neri ha chiesto nuovi fondi. Il ministro degli Esteri ha detto che serve più personale.";
    expect(speakers(other)).toStrictEqual([
      [
        null,
        'Il ministro degli Esteri',
        'serve più personale',
        ['statement.cue-that-clause', 'speaker.subject-before-cue', 'act.from-cue'],
      ],
    ]);
  });

  it('is the person the title was set beside after a comma, not the person last named', () => {
    const text =
      "Carla Fontana, ministro della Salute, ha visitato l'ospedale di Lecco. Anna Neri ha chiesto nuovi fondi. Il ministro ha detto che serve più personale.";
    expect(speakers(text)).toStrictEqual([
      [
        'person:carla-fontana',
        'Il ministro',
        'serve più personale',
        ['statement.cue-that-clause', 'speaker.subject-before-cue', 'speaker.title-holder', 'act.from-cue'],
      ],
    ]);
  });

  it('reads another name of the office, and never takes the person the title is "of" for its holder', () => {
    const synonym =
      'Il sindaco di Pavia Giorgio Bassi ha inaugurato il ponte. Anna Neri ha protestato. «Il ponte è sicuro», ha detto il primo cittadino.';
    expect(speakers(synonym)).toStrictEqual([
      [
        'person:giorgio-bassi',
        'il primo cittadino',
        'Il ponte è sicuro',
        ['statement.quote-then-cue', 'speaker.title-synonym-holder', 'act.from-cue'],
      ],
    ]);
    const twoMayors =
      'Il sindaco di Pavia Giorgio Bassi ha inaugurato il ponte. Il sindaco di Lodi Enzo Riva era presente. «Il ponte è sicuro», ha detto il primo cittadino.';
    expect(speakers(twoMayors)).toStrictEqual([
      [
        null,
        'il primo cittadino',
        'Il ponte è sicuro',
        ['statement.quote-then-cue', 'speaker.title-two-holders', 'act.from-cue'],
      ],
    ]);
    const of = 'Il portavoce di Mario Galli ha parlato ai cronisti. Il portavoce ha detto che il decreto slitta.';
    expect(speakers(of)).toStrictEqual([
      [
        null,
        'Il portavoce',
        'il decreto slitta',
        ['statement.cue-that-clause', 'speaker.subject-before-cue', 'act.from-cue'],
      ],
    ]);
  });
});

describe('a role phrase with the name in apposition after a comma', () => {
  it('credits «…», ha detto il/la <ruolo> <aggettivo> di <org>, <Nome> to the name, not to the speaker before', () => {
    const text =
      'Giorgio Bassi, sindaco di Pavia, ha smentito la notizia. «Il ponte è sicuro», ha detto Bassi. «Servono trenta autobus in più», ha dichiarato la presidente regionale di Legambiente, Carla Neri.';
    expect(said(extract([doc(text)]))).toStrictEqual([
      ['Giorgio Bassi', 'indirect', 'la notizia'],
      ['Giorgio Bassi', 'direct', 'Il ponte è sicuro'],
      ['Carla Neri', 'direct', 'Servono trenta autobus in più'],
    ]);
  });

  it('credits a role qualified by a common noun ("il presidente del consorzio, X") to the name', () => {
    const text =
      'Giorgio Bassi ha parlato a lungo. «Le strade sono pulite», ha detto il presidente del consorzio, Paolo Verdi.';
    expect(extract([doc(text)]).statements.map((s) => [s.speakerText, s.quote])).toStrictEqual([
      ['il presidente del consorzio, Paolo Verdi', 'Le strade sono pulite'],
    ]);
    expect(said(extract([doc(text)]))).toStrictEqual([['Paolo Verdi', 'direct', 'Le strade sono pulite']]);
  });

  it('leaves a title qualified by an adjective it does not list and "di" unnamed, never the last person named', () => {
    const text =
      'Giorgio Bassi ha parlato a lungo. «Le strade sono pulite», ha detto la segretaria confederale della Uil.';
    expect(extract([doc(text)]).statements.map((s) => s.speaker)).toStrictEqual([null]);
  });

  it('leaves a title with an office adjective unnamed when no name follows, never the last person named', () => {
    const text =
      'Giorgio Bassi ha parlato a lungo. «Le strade sono pulite», ha detto la segretaria provinciale della Cisl.';
    expect(extract([doc(text)]).statements.map((s) => [s.speaker, s.speakerText])).toStrictEqual([
      [null, 'la segretaria provinciale della Cisl'],
    ]);
  });
});

describe('phrases that attribute like "secondo"', () => {
  it('reads "a detta di X," and "stando a X," before the clause', () => {
    expect(said(extract([doc('A detta del ministro Mario Rossi, il ponte è sicuro.')]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'il ponte è sicuro'],
    ]);
    expect(said(extract([doc('Stando a Anna Bianchi, la scuola riapre lunedì.')]))).toStrictEqual([
      ['Anna Bianchi', 'indirect', 'la scuola riapre lunedì'],
    ]);
    expect(said(extract([doc('Il ponte è stato chiuso a detta di tutti troppo tardi.')]))).toStrictEqual([]);
  });
});

describe('passive reporting verbs', () => {
  it('read "è stato annunciato che" with no speaker, and the agent after "da" when there is one', () => {
    const statements = (text: string) =>
      extract([doc(text)]).statements.map((s) => [
        s.speaker === null ? null : 'entity',
        s.speakerText,
        s.quote,
        s.trace,
      ]);
    expect(statements('Ieri è stato annunciato che la scuola riapre lunedì.')).toStrictEqual([
      [
        null,
        null,
        'la scuola riapre lunedì',
        ['statement.passive-cue-that', 'speaker.passive-no-agent', 'act.from-cue'],
      ],
    ]);
    expect(said(extract([doc('Viene riferito da Anna Bianchi che la scuola riapre lunedì.')]))).toStrictEqual([
      ['Anna Bianchi', 'indirect', 'la scuola riapre lunedì'],
    ]);
    expect(said(extract([doc('Mario Rossi è stato accusato di frode.')]))).toStrictEqual([]);
  });
});

describe('a reporting verb with a noun-phrase object', () => {
  it('takes the object of a stance verb as what was said', () => {
    expect(said(extract([doc('Il ministro Mario Rossi ha criticato la riforma del governo.')]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'la riforma del governo'],
    ]);
    expect(said(extract([doc('Anna Bianchi ribadiva le accuse alla giunta comunale.')]))).toStrictEqual([
      ['Anna Bianchi', 'indirect', 'le accuse alla giunta comunale'],
    ]);
  });

  it('leaves the object of a verb of doing alone', () => {
    expect(said(extract([doc('Il ministro Mario Rossi ha approvato la riforma del governo.')]))).toStrictEqual([]);
  });

  it('splits a denial and a "che" clause joined by "e"', () => {
    expect(
      said(extract([doc('Il sindaco Mario Rossi nega le accuse e afferma che le prove sono false.')])),
    ).toStrictEqual([
      ['Mario Rossi', 'indirect', 'le accuse'],
      ['Mario Rossi', 'indirect', 'le prove sono false'],
    ]);
  });
});

describe('objects after "di" and sources that are members of a body', () => {
  it('takes what someone spoke of, but not what "si parla di"', () => {
    expect(said(extract([doc('Il portavoce Mario Rossi ha parlato di mille feriti solo in città.')]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'mille feriti solo in città'],
    ]);
    expect(said(extract([doc('In città si parla di mille feriti in una sola notte.')]))).toStrictEqual([]);
    expect(
      said(extract([doc('I due leader Mario Rossi e Anna Bianchi hanno parlato di sicurezza e di energia.')])),
    ).toStrictEqual([]);
  });

  it('credits unnamed members of a named organization to it, but not the people of a place', () => {
    const speakers = (text: string) => extract([doc(text)]).statements.map((s) => [s.speakerText, s.trace]);
    expect(
      speakers('Infatti, secondo i ricercatori dell’Istituto Superiore di Sanità, il virus è debole.'),
    ).toStrictEqual([
      [
        'i ricercatori dell’Istituto Superiore di Sanità',
        ['statement.secondo-then-clause', 'speaker.after-secondo', 'speaker.body-of-named', 'act.plain-claim'],
      ],
    ]);
    expect(speakers('Gli abitanti di Roma hanno detto che il ponte è pericoloso.')).toStrictEqual([
      ['Gli abitanti di Roma', ['statement.cue-that-clause', 'speaker.clause-subject', 'act.from-cue']],
    ]);
  });
});

describe('nouns that name what was said', () => {
  it('credits a quote to the source of "lo sfogo di", "la replica di" before a colon', () => {
    expect(said(extract([doc('Lo sfogo di Mario Rossi: «Non ne posso più di questa storia».')]))).toStrictEqual([
      ['Mario Rossi', 'direct', 'Non ne posso più di questa storia'],
    ]);
    expect(
      said(
        extract([doc('La replica del ministro Anna Bianchi è arrivata in serata: «Sono accuse false e ridicole».')]),
      ),
    ).toStrictEqual([['Anna Bianchi', 'direct', 'Sono accuse false e ridicole']]);
  });

  it('credits a quote to the source of the noun written after it', () => {
    expect(said(extract([doc('«Sono accuse false», la replica di Mario Rossi.')]))).toStrictEqual([
      ['Mario Rossi', 'direct', 'Sono accuse false'],
    ]);
    expect(
      said(extract([doc('«Il piano è pronto», è stata la risposta di Anna Bianchi ai giornalisti.')])),
    ).toStrictEqual([['Anna Bianchi', 'direct', 'Il piano è pronto']]);
  });
});

describe('more subjects and verbs after a quote', () => {
  it('keeps an unnamed subject after the verb unnamed', () => {
    expect(speakerTexts('«Tutto da rifare» hanno commentato gli allievi dopo il saggio.')).toStrictEqual([
      [null, 'gli allievi', 'Tutto da rifare'],
    ]);
  });

  it('reads a reporting infinitive after a modal', () => {
    expect(said(extract([doc('Mario Rossi ha voluto ribadire che il piano è pronto.')]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'il piano è pronto'],
    ]);
    expect(said(extract([doc('Mario Rossi continua a dire che il piano è pronto.')]))).toStrictEqual([
      ['Mario Rossi', 'indirect', 'il piano è pronto'],
    ]);
    expect(said(extract([doc('«Il piano è pronto», ha tenuto a precisare Anna Bianchi.')]))).toStrictEqual([
      ['Anna Bianchi', 'direct', 'Il piano è pronto'],
    ]);
  });
});

describe('reflexive reporting verbs', () => {
  it('reads a quote after "si è detto", "si è definita" as the subject’s words', () => {
    expect(said(extract([doc('Il ministro Mario Rossi si è detto «incoraggiato dai dati».')]))).toStrictEqual([
      ['Mario Rossi', 'partial', 'incoraggiato dai dati'],
    ]);
    expect(said(extract([doc('La pittrice Anna Bianchi si è definita «sorpresa» dal premio.')]))).toStrictEqual([
      ['Anna Bianchi', 'partial', 'sorpresa'],
    ]);
  });
});

describe('names and nouns that are not reported clauses', () => {
  it('reads a name in apposition before the verb as its subject', () => {
    expect(
      said(extract([doc('La sua agente, Anna Bianchi, ha dichiarato ai cronisti che il contratto è valido.')])),
    ).toStrictEqual([['Anna Bianchi', 'indirect', 'il contratto è valido']]);
  });

  it('credits the quote after a colon to the agent of the words named before it', () => {
    expect(
      said(
        extract([
          doc('Segnali giungono da Roma dopo le affermazioni fatte ieri dal ministro Mario Rossi: «la pace è vicina».'),
        ]),
      ),
    ).toStrictEqual([['Mario Rossi', 'direct', 'la pace è vicina']]);
  });

  it('reads "Condanna anche da parte di X" as a noun', () => {
    expect(
      said(
        extract([
          doc('Condanna anche da parte di Liberi Cittadini Onlus, che definisce lo sgombero «un abuso» del comune.'),
        ]),
      ),
    ).toStrictEqual([['Liberi Cittadini Onlus', 'partial', 'un abuso']]);
  });
});

describe('subjects across relative clauses', () => {
  it('skips a relative clause set between commas before the verb', () => {
    expect(
      said(
        extract([
          doc(
            'La cantante Anna Bianchi, assieme alla quale Mario Rossi aveva inciso il brano, si è definita «devastata».',
          ),
        ]),
      ),
    ).toStrictEqual([['Anna Bianchi', 'partial', 'devastata']]);
  });

  it('gives a verb in a relative clause of place the subject of the main clause', () => {
    const statements = extract([
      doc('Mario Rossi sul suo blog scrive una nota, in cui sostanzialmente critica la scelta del comune.'),
    ]).statements;
    expect(statements.map((s) => [s.speakerText, s.quote, s.trace])).toStrictEqual([
      ['Mario Rossi', 'la scelta del comune', ['statement.cue-object', 'speaker.main-clause-subject', 'act.from-cue']],
    ]);
  });
});

describe('objects after a channel, indefinite objects, names between commas', () => {
  it('reads the object after the channel the words went through', () => {
    expect(
      said(extract([doc("Anna Bianchi ha annunciato sul proprio profilo la riuscita dell'operazione.")])),
    ).toStrictEqual([['Anna Bianchi', 'indirect', "la riuscita dell'operazione"]]);
  });

  it('reads an indefinite object and the name set between commas before the verb', () => {
    expect(
      said(
        extract([
          doc(
            'Parlando alla radio Onda Blu, il ministro dei Trasporti, Mario Rossi, promette un giro di vite sulle multe.',
          ),
        ]),
      ),
    ).toStrictEqual([['Mario Rossi', 'indirect', 'un giro di vite sulle multe']]);
  });
});

describe('reporting expressions', () => {
  it('reads "ha fatto sapere di" and two verbs sharing one clause', () => {
    expect(
      said(extract([doc('Il comitato Mario Rossi ha fatto sapere di aver chiuso la sede.')])).map(([, k, q]) => [k, q]),
    ).toStrictEqual([['indirect', 'aver chiuso la sede']]);
    expect(speakerTexts('Le autorità hanno sottolineato e rimarcato che la situazione è grave.')).toStrictEqual([
      [null, 'Le autorità', 'la situazione è grave'],
    ]);
  });

  it('reads what an appeal asks', () => {
    expect(said(extract([doc('Legambiente ha lanciato un appello alla riapertura dei valichi.')]))).toStrictEqual([
      ['Legambiente', 'indirect', 'alla riapertura dei valichi'],
    ]);
  });

  it('finds the source named after "dalla compagnia" and the subject after a time phrase', () => {
    expect(
      said(extract([doc('Secondo quanto dichiarato dalla compagnia Trans Alpina, il traghetto era in regola.')])),
    ).toStrictEqual([['Trans Alpina', 'indirect', 'il traghetto era in regola']]);
    expect(
      speakerTexts('Sabato 1º agosto la televisione di Stato ha annunciato che tre cittadini sono stati arrestati.'),
    ).toStrictEqual([[null, 'la televisione', 'tre cittadini sono stati arrestati']]);
  });
});

describe('more ways to credit a quote', () => {
  it('reads a name with its article before a colon', () => {
    expect(said(extract([doc("L'Anas: «La strada riapre domani mattina».")]))).toStrictEqual([
      ['Anas', 'direct', 'La strada riapre domani mattina'],
    ]);
  });

  it('reads "con queste parole X" after a quote', () => {
    expect(
      said(
        extract([doc('«Lunga vita al popolo»: con queste parole l’ex presidente Mario Rossi ha accolto il verdetto.')]),
      ),
    ).toStrictEqual([['Mario Rossi', 'direct', 'Lunga vita al popolo']]);
  });
});

describe('newspaper layouts', () => {
  it('reads adverbial phrases between the auxiliary and the participle', () => {
    expect(
      said(extract([doc("Il sindaco Carlo Conti ha d'altro canto spiegato che i fondi arriveranno.")])),
    ).toStrictEqual([['Carlo Conti', 'indirect', 'i fondi arriveranno']]);
    expect(said(extract([doc("«I fondi arriveranno», ha d'altro canto spiegato Carlo Conti.")]))).toStrictEqual([
      ['Carlo Conti', 'direct', 'I fondi arriveranno'],
    ]);
  });

  it('reads "mette a verbale", a channel before the speaker, and an unnamed subject after the verb', () => {
    expect(said(extract([doc("Gianni Verdi mette a verbale che non c'era alcun accordo.")]))).toStrictEqual([
      ['Gianni Verdi', 'indirect', "non c'era alcun accordo"],
    ]);
    expect(said(extract([doc('Lo ha scritto su Facebook Matteo Longo: «Non mi dimetto».')]))).toStrictEqual([
      ['Matteo Longo', 'direct', 'Non mi dimetto'],
    ]);
    expect(speakerTexts("Insorge l'opposizione: «È uno scandalo».")).toStrictEqual([
      [null, "l'opposizione", 'È uno scandalo'],
    ]);
  });

  it('reads "Per X," opening a sentence for a person, not a place', () => {
    expect(said(extract([doc('Per Roberta Sala, la manovra è un errore.')]))).toStrictEqual([
      ['Roberta Sala', 'indirect', 'la manovra è un errore'],
    ]);
    expect(said(extract([doc('Per Roma, la partita è importante.')]))).toStrictEqual([]);
  });

  it('ends an accusation inside a relative clause at its comma', () => {
    expect(
      said(extract([doc('Fabio Greco, che accusa Marco Conte di aver mentito, chiede le dimissioni del sindaco.')])),
    ).toStrictEqual([
      ['Fabio Greco', 'indirect', 'aver mentito'],
      ['Fabio Greco', 'indirect', 'le dimissioni del sindaco'],
    ]);
  });
});

describe('organizations named again by their kind', () => {
  it('credits "l’associazione" to the organization that was the subject before, and no one when two are near', () => {
    const speakers = (text: string) => extract([doc(text)]).statements.map((s) => [s.speakerText, s.trace]);
    expect(
      speakers(
        "L'Ente Nazionale Tutela Animali critica il programma. L'associazione ha spiegato che vigilerà sul comportamento.",
      ),
    ).toStrictEqual([
      ['Ente Nazionale Tutela Animali', ['statement.cue-object', 'speaker.subject-before-cue', 'act.from-cue']],
      ["L'associazione", ['statement.cue-that-clause', 'speaker.organization-anaphor', 'act.from-cue']],
    ]);
    expect(
      speakers('Il piano è stato presentato da Fiat e Rai. La società ha spiegato che il piano è pronto.'),
    ).toStrictEqual([['La società', ['statement.cue-that-clause', 'speaker.unnamed-subject', 'act.from-cue']]]);
  });
});

describe('names in quote marks', () => {
  it('does not take a quoted title for words said, but keeps a quoted phrase', () => {
    expect(
      said(extract([doc('«Siamo pronti», ha detto Mario Rossi presentando il programma «Circo Reale» alla stampa.')])),
    ).toStrictEqual([['Mario Rossi', 'direct', 'Siamo pronti']]);
    expect(
      said(
        extract([
          doc('«Siamo pronti», ha detto Mario Rossi presentando il programma «in onda da maggio» alla stampa.'),
        ]),
      ),
    ).toStrictEqual([
      ['Mario Rossi', 'direct', 'Siamo pronti'],
      ['Mario Rossi', 'partial', 'in onda da maggio'],
    ]);
  });
});

describe('a name in apposition to a phrase', () => {
  it('does not take the title set after "Nel suo libro," for the subject', () => {
    expect(
      said(
        extract([
          doc(
            'Mario Rossi ha parlato ieri. Nel suo ultimo romanzo, Il Grande Inganno, ha rivelato i motivi della fuga.',
          ),
        ]),
      ),
    ).toStrictEqual([['Mario Rossi', 'indirect', 'i motivi della fuga']]);
  });
});

describe('the subject between a quote and its verb', () => {
  it('reads «…», X ha spiegato and a pronoun that goes on with the speaker', () => {
    expect(
      said(
        extract([
          doc(
            'Carlo Conti era in aula. «I fondi arriveranno», Carlo Conti ha spiegato. «Siamo pronti», lui ha aggiunto.',
          ),
        ]),
      ),
    ).toStrictEqual([
      ['Carlo Conti', 'direct', 'I fondi arriveranno'],
      ['Carlo Conti', 'direct', 'Siamo pronti'],
    ]);
  });

  it('reads English news the same way', () => {
    const english = (text: string) => said(extract([{ ...doc(text), language: 'en' }]));
    expect(english('"We are ready," Smith told reporters on Monday.')).toStrictEqual([
      ['Smith', 'direct', 'We are ready'],
    ]);
    expect(
      extract([{ ...doc('The company said in a statement that profits fell.'), language: 'en' }]).statements.map(
        (s) => [s.speaker, s.speakerText, s.quote],
      ),
    ).toStrictEqual([[null, 'The company', 'profits fell']]);
    expect(english('Jane Doe accused John Smith of lying to Congress.')).toStrictEqual([
      ['Jane Doe', 'indirect', 'John Smith of lying to Congress'],
    ]);
  });
});

describe('a stance stated with a reflexive verb', () => {
  it('reads "si è detto soddisfatto" as what the subject said, and not with no one to hold it', () => {
    expect(
      said(extract([doc("Il ministro Mario Rossi si è detto soddisfatto dell'accordo con i sindacati.")])),
    ).toStrictEqual([['Mario Rossi', 'indirect', "soddisfatto dell'accordo con i sindacati"]]);
    expect(said(extract([doc("Ieri si è detto soddisfatto dell'accordo con i sindacati.")]))).toStrictEqual([]);
  });
});

describe('one office named in more than one way', () => {
  it('credits "il capo del Viminale" to the one named before as the minister of the interior', () => {
    const text =
      "Il ministro dell'Interno Mario Rossi è arrivato a Padova. «Abbiamo fatto il possibile», ha spiegato il capo del Viminale.";
    const result = extract([doc(text)]);
    expect(said(result)).toStrictEqual([['Mario Rossi', 'direct', 'Abbiamo fatto il possibile']]);
    expect(result.statements[0]?.trace).toContain('speaker.title-synonym-holder');
  });

  it('reads "secondo il presidente del Consiglio" as the premier named before', () => {
    const text =
      'Il premier Carlo Bianchi ha parlato a lungo. La crisi sarebbe passata, secondo il presidente del Consiglio.';
    expect(said(extract([doc(text)]))).toStrictEqual([['Carlo Bianchi', 'indirect', 'La crisi sarebbe passata']]);
  });

  it('leaves the role unresolved when no one was named with any name of the office', () => {
    const text = 'Il sindaco Luca Verdi ha inaugurato la scuola. «Siamo pronti», ha detto il capo del Viminale.';
    expect(speakerTexts(text)).toStrictEqual([[null, 'il capo del Viminale', 'Siamo pronti']]);
  });
});

describe('a quoted word after a reporting participle and "da"', () => {
  it('credits the quoted word to the agent, in any gender of the participle', () => {
    expect(
      said(extract([doc('I giudici hanno scritto una sentenza definita «assurda» da Mario Rossi.')])),
    ).toStrictEqual([['Mario Rossi', 'partial', 'assurda']]);
    expect(
      extract([doc('I giudici hanno scritto una sentenza definita «assurda» da Mario Rossi.')]).statements[0]?.trace,
    ).toStrictEqual(['statement.participle-quote-agent', 'speaker.agent-after-da', 'act.plain-claim']);
  });

  it('leaves a quoted title after a participle of a verb of doing alone', () => {
    expect(said(extract([doc('Il libro, intitolato «Il mare», è stato scritto da Mario Rossi.')]))).toStrictEqual([]);
  });
});

describe('a place and a colon opening a headline', () => {
  const typed = (text: string) => extract([doc(text)]).entities.map((e) => [e.name, e.type]);

  it('reads no speaker in a town before a colon and a participle clause, nor a person', () => {
    const text = 'Borgo Valsugana: ritrovata l’auto rubata al parroco, "siamo sollevati".';
    expect(said(extract([doc(text)]))).toStrictEqual([]);
    expect(typed(text)).toStrictEqual([['Borgo Valsugana', 'Place']]);
    const known = 'Torino: rubata la bicicletta del parroco, abbiamo chiesto aiuto.';
    expect(said(extract([doc(known)]))).toStrictEqual([]);
    expect(typed(known)).toStrictEqual([['Torino', 'Place']]);
  });

  it('reads no speaker in a town before a comma, a participle clause and a quote', () => {
    expect(said(extract([doc('San Vito Lo Capo, distrutta la targa dei partigiani: «Un gesto vile».')]))).toStrictEqual(
      [],
    );
  });

  it('reads no speaker in a place known only as a place before a colon', () => {
    expect(said(extract([doc('Firenze: i ladri hanno colpito ancora, abbiamo chiesto aiuto.')]))).toStrictEqual([]);
    expect(said(extract([doc('Napoli: «Abbiamo chiesto aiuto alla Regione».')]))).toStrictEqual([]);
  });

  it('still credits a person or a role before a colon', () => {
    expect(said(extract([doc('Mario Bianchi: «Ritrovata l’auto, siamo sollevati».')]))).toStrictEqual([
      ['Mario Bianchi', 'direct', 'Ritrovata l’auto, siamo sollevati'],
    ]);
    expect(typed('Mario Bianchi: «Ritrovata l’auto, siamo sollevati».')).toStrictEqual([['Mario Bianchi', 'Person']]);
    expect(said(extract([doc('Mario Bianchi: abbiamo chiesto aiuto alla Regione.')]))).toStrictEqual([
      ['Mario Bianchi', 'direct', 'abbiamo chiesto aiuto alla Regione'],
    ]);
    expect(
      said(extract([doc('Il sindaco Mario Bianchi è arrivato in Comune. Il sindaco: «La strada riapre domani».')])),
    ).toStrictEqual([['Mario Bianchi', 'direct', 'La strada riapre domani']]);
  });
});
