import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';
import { analyzeDocument } from '../engine/pipeline.ts';
import { loadLanguage } from '../lang/language.ts';
import { acronymShape } from './typing.ts';

/** [every surface form of the entity joined by "|", type], in the result's order. */
function typed(text: string): [string, string][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type]);
}

describe('typing from context', () => {
  it('reads a city after a masculine article as its club, a bare city as the place', () => {
    expect(typed('Domenica il Parma ha battuto il Varese per due a zero.')).toStrictEqual([
      ['Parma', 'Organization'],
      ['Varese', 'Organization'],
    ]);
    expect(typed('Il sindaco è arrivato a Parma in treno.')).toStrictEqual([['Parma', 'Place']]);
  });

  it('reads a town joined by a dash to a known club as the other club, two towns as a route', () => {
    expect(typed('Domenica si gioca Inter - Verona a San Siro.')).toStrictEqual([
      ['Inter', 'Organization'],
      ['Verona', 'Organization'],
      ['San Siro', 'Place'],
    ]);
    expect(typed('Il treno Verona - Brescia è in ritardo.')).toStrictEqual([
      ['Brescia', 'Place'],
      ['Verona', 'Place'],
    ]);
  });

  it('types a known one-word organization and the town of its branch as one organization', () => {
    expect(typed('Secondo la Cisl Brescia il contratto va firmato subito.')).toStrictEqual([
      ['Cisl Brescia', 'Organization'],
    ]);
  });

  it('reads a town before a dash as the start of a route, not the branch of the organization before it', () => {
    expect(typed('I convogli Trenitalia Brescia - Cremona viaggiano in ritardo.')).toStrictEqual([
      ['Trenitalia', 'Organization'],
      ['Brescia', 'Place'],
      ['Cremona', 'Place'],
    ]);
  });

  it('types a longer name opened by an association compound as an organization', () => {
    expect(typed('Federconsumatori Marche ha presentato un esposto ieri.')).toStrictEqual([
      ['Federconsumatori Marche', 'Organization'],
    ]);
  });

  it('types the name after "il capogruppo di" as a party or a list, not a person', () => {
    expect(typed('Il capogruppo di Nuova Brenta, Paolo Verdi, ha chiesto le dimissioni.')).toStrictEqual([
      ['Nuova Brenta', 'Organization'],
      ['Paolo Verdi', 'Person'],
    ]);
  });

  it('types an unknown name after an organization cue noun in apposition', () => {
    expect(typed("L'agenzia di stampa Zetafin ha diffuso la notizia.")).toStrictEqual([['Zetafin', 'Organization']]);
    expect(typed('La squadra Virtus Brenta ha vinto il torneo.')).toStrictEqual([['Virtus Brenta', 'Organization']]);
  });

  it('types a known place written in capitals (a dateline) as the place, not an acronym', () => {
    expect(typed('FIRENZE. La partita è finita in parità.')).toStrictEqual([['FIRENZE', 'Place']]);
  });

  it('types a capitalized Regione or Comune as the administration, a lowercase comune as the territory', () => {
    expect(typed('Il progetto è finanziato dalla Regione Veneto e dal Comune di Verona.')).toStrictEqual([
      ['Comune di Verona', 'Organization'],
      ['Regione Veneto', 'Organization'],
    ]);
    expect(typed('Vive nel comune di Verona da anni.')).toStrictEqual([['comune di Verona', 'Place']]);
  });

  it('types two capitals in brackets after a town as its province, and the name before as a town', () => {
    expect(typed('Il temporale ha colpito Borgo Tessano (VR) e poi Gubbio (PG).')).toStrictEqual([
      ['Borgo Tessano', 'Place'],
      ['Gubbio', 'Place'],
      ['PG', 'Place'],
      ['VR', 'Place'],
    ]);
  });

  it('keeps two capitals in brackets after a person or after the name they abbreviate an organization', () => {
    expect(typed('Ha parlato Mario Rossi (AC) ieri.')).toStrictEqual([
      ['AC', 'Organization'],
      ['Mario Rossi', 'Person'],
    ]);
    expect(typed('La lista Alleanza Civica (AC) è stata riammessa.')).toStrictEqual([
      ['Alleanza Civica|AC', 'Organization'],
    ]);
  });

  it('keeps a point of the compass after "del" in a place name, before a verb too', () => {
    expect(typed("Il presidente dell'Ossezia del Sud ha parlato ieri.")).toStrictEqual([['Ossezia del Sud', 'Place']]);
  });

  it('types a foreign name after a plural article as a group, an Italian plural after it not', () => {
    expect(typed('Sul palco sono saliti i Velvet Owls e poi gli Stormy Riders.')).toStrictEqual([
      ['Stormy Riders', 'Organization'],
      ['Velvet Owls', 'Organization'],
    ]);
    expect(typed('Hanno protestato anche i Sindaci.')).toStrictEqual([['Sindaci', 'Other']]);
  });

  it('types capitals mixed with digits as a code, a road number as a place', () => {
    expect(typed('Il virus H5N8 è arrivato sulla A14.')).toStrictEqual([
      ['H5N8', 'Other'],
      ['A14', 'Place'],
    ]);
  });

  it('types a lone unknown name before a reporting verb as the person speaking, not a sentence-initial word', () => {
    expect(typed('Dopo la gara, Zarvolin ha dichiarato di essere stanco.')).toStrictEqual([['Zarvolin', 'Person']]);
    expect(typed('Varghelli affermano di aver visto due auto.')).toStrictEqual([['Varghelli', 'Other']]);
  });

  it('types a mixed-case acronym as an organization', () => {
    expect(typed('Il senatore Mario Rossi (PdR) ha votato contro.')).toStrictEqual([
      ['PdR', 'Organization'],
      ['Mario Rossi', 'Person'],
    ]);
  });

  it('keeps a company-form suffix in the name and types it an organization', () => {
    expect(typed('La Brambilla Costruzioni Srl ha assunto dieci operai.')).toStrictEqual([
      ['Brambilla Costruzioni Srl', 'Organization'],
    ]);
    expect(typed('La Brambilla Costruzioni S.p.A. ha assunto dieci operai.')).toStrictEqual([
      ['Brambilla Costruzioni S.p.A.', 'Organization'],
    ]);
  });

  it('reads a name opened by a capitalized article in mid-sentence, connectors included', () => {
    expect(typed('Ha collaborato per anni con il settimanale Il Girasole.')).toStrictEqual([
      ['Il Girasole', 'Organization'],
    ]);
    expect(typed('Alle elezioni Il Popolo delle Libertà ha vinto.')).toStrictEqual([
      ['Il Popolo delle Libertà', 'Organization'],
    ]);
  });
});

describe('nationalities', () => {
  it('takes a name after a nationality used as a noun for a person', () => {
    expect(typed('Ha vinto il belga Zandrovic davanti a tutti.')).toStrictEqual([['Zandrovic', 'Person']]);
    expect(typed('Ha vinto Zandrovic davanti a tutti.')).toStrictEqual([['Zandrovic', 'Other']]);
  });
});

describe('sentence-initial names', () => {
  it('opens a name with a sentence-initial word never written in lowercase, followed by another name', () => {
    expect(typed('Wolly Brelić è arrivato a Milano con un aereo privato.')).toStrictEqual([
      ['Wolly Brelić', 'Person'],
      ['Milano', 'Place'],
    ]);
    expect(typed('Stamane Brelić è partito. Lo rivedremo stamane a Milano.')).toStrictEqual([
      ['Brelić', 'Other'],
      ['Milano', 'Place'],
    ]);
  });
});

describe('names with particles', () => {
  it('takes a capitalized particle after a first name as the surname', () => {
    expect(typed('Ieri ha suonato il cantante Marco Dalla a Ginevra.')).toStrictEqual([
      ['Marco Dalla', 'Person'],
      ['Ginevra', 'Place'],
    ]);
    expect(typed("Lo ha detto Marco Dell' Orto ai giudici.")).toStrictEqual([["Marco Dell' Orto", 'Person']]);
  });
});

describe('typing from context: apposition, cues and name words', () => {
  it('types an unknown name after a person noun in apposition, an adjective between', () => {
    expect(typed('Lo sfidante Zanardelli ha perso ai punti.')).toStrictEqual([['Zanardelli', 'Person']]);
    expect(typed('Il pugile filippino Ruvanto si è ritirato.')).toStrictEqual([['Ruvanto', 'Person']]);
  });

  it('types the subject of an inverted reporting verb as a person', () => {
    expect(typed('«Non ci sto», ha dichiarato Brambillone ai giornalisti.')).toStrictEqual([['Brambillone', 'Person']]);
  });

  it('types the name after "Festival di" or "Trattato di" as a place', () => {
    expect(typed('È arrivato secondo al Festival di Castelvetrino nel 1994.')).toStrictEqual([
      ['Castelvetrino', 'Place'],
    ]);
  });

  it('types a name after a storm noun as an event', () => {
    expect(typed("In arrivo l'uragano Zelinda sulla costa.")).toStrictEqual([['Zelinda', 'Event']]);
  });

  it('types a multiword name ending or starting with a place word as a place', () => {
    expect(typed('I manifestanti sono arrivati a Baker Street e poi a Valdimonte Terme.')).toStrictEqual([
      ['Baker Street', 'Place'],
      ['Valdimonte Terme', 'Place'],
    ]);
  });

  it('types a multiword name ending with a national adjective as an organization', () => {
    expect(typed('Lo ha annunciato la Federazione Ciclistica Italiana in serata.')).toStrictEqual([
      ['Federazione Ciclistica Italiana', 'Organization'],
    ]);
  });

  it('prefers the surname of a known person to a town of that name', () => {
    expect(typed('Al Qaeda ha minacciato anche Obama in un video.')).toStrictEqual([
      ['Al Qaeda', 'Organization'],
      ['Obama', 'Person'],
    ]);
  });

  it('reads a US state as a place, not as an organization or a first name', () => {
    expect(typed('Un incidente nel Texas e un altro in Virginia.')).toStrictEqual([
      ['Texas', 'Place'],
      ['Virginia', 'Place'],
    ]);
  });

  it('leaves an unknown name after an article untyped rather than guessing an organization', () => {
    expect(typed('Il comunicato della Zorbelli è arrivato tardi.')).toStrictEqual([['Zorbelli', 'Other']]);
  });
});

describe('types from cue words and the shape of a name', () => {
  it('types a compound association or company name as an organization, not a surname that shares its opening', () => {
    expect(typed('Hanno protestato Assoviaggiatori e Federpescatori.')).toStrictEqual([
      ['Assoviaggiatori', 'Organization'],
      ['Federpescatori', 'Organization'],
    ]);
    expect(typed('Il giudice Ferrante ha rinviato la causa.')).toStrictEqual([['Ferrante', 'Person']]);
  });

  it('types an acronym written with one capital as an organization', () => {
    expect(typed('La decisione della Bcx è arrivata ieri.')).toStrictEqual([['Bcx', 'Organization']]);
    expect(typed('Lo ha scritto il Gdz in una nota.')).toStrictEqual([['Gdz', 'Organization']]);
  });

  it('types squares, bridges, quays and what a prison is named after as places', () => {
    expect(typed('Il corteo è partito da Piazzetta Lomellini.')).toStrictEqual([['Piazzetta Lomellini', 'Place']]);
    expect(typed('Il traffico sul ponte Scarsella è bloccato.')).toStrictEqual([['ponte Scarsella', 'Place']]);
    expect(typed('La nave è ormeggiata alla calata Bettolo.')).toStrictEqual([['calata Bettolo', 'Place']]);
    expect(typed('È stato trasferito nel carcere del Brugnolo.')).toStrictEqual([['Brugnolo', 'Place']]);
  });

  it('types a city continued by an event word as the event', () => {
    expect(typed('Ha vinto il Miami Open per la seconda volta.')).toStrictEqual([['Miami Open', 'Event']]);
  });

  it('types a road number as a place', () => {
    expect(typed('Un camion si è ribaltato sulla A27 e sulla SS45.')).toStrictEqual([
      ['A27', 'Place'],
      ['SS45', 'Place'],
    ]);
  });

  it('keeps the adjectives written big after a court head in its name', () => {
    expect(typed('Il ricorso è stato accolto dal Tribunale Amministrativo Regionale.')).toStrictEqual([
      ['Tribunale Amministrativo Regionale', 'Organization'],
    ]);
  });
});

describe('organizations known by their people and dealings', () => {
  it('types an unknown name after a noun of an organization and "di" as the organization', () => {
    expect(typed('I dipendenti della Trevalco sono in sciopero.')).toStrictEqual([['Trevalco', 'Organization']]);
    expect(typed("L'acquisizione di Brimora è stata approvata.")).toStrictEqual([['Brimora', 'Organization']]);
  });

  it('leaves a known person after such a noun a person', () => {
    expect(typed('Il fondatore Carlo Neri ha lasciato i dipendenti di Putin.')).toStrictEqual([
      ['Carlo Neri', 'Person'],
      ['Putin', 'Person'],
    ]);
  });

  it('types a name after "rivista" or opened by "Loggia" as an organization', () => {
    expect(typed('Lo ha scritto la rivista Ventaglio in estate.')).toStrictEqual([['Ventaglio', 'Organization']]);
    expect(typed('Era iscritto alla Loggia Aurora da anni.')).toStrictEqual([['Loggia Aurora', 'Organization']]);
  });

  it('types a shrine, a convent or a cave by its head as a place, an airline by "Air" as an organization', () => {
    expect(typed('Siamo andati al Santuario del Divino Pianto ieri.')).toStrictEqual([
      ['Santuario del Divino Pianto', 'Place'],
    ]);
    expect(typed('Il volo della Trans Air è partito tardi.')).toStrictEqual([['Trans Air', 'Organization']]);
  });
});

describe('a noun in apposition after the name', () => {
  it('types an unknown name by the noun set after it between a comma and an article', () => {
    expect(typed('Il governo ha criticato Zentrix, il partito di opposizione, per il voto.')).toStrictEqual([
      ['governo', 'Organization'],
      ['Zentrix', 'Organization'],
    ]);
    expect(typed('I soccorsi hanno raggiunto Valdrena, la capitale della provincia, nella notte.')).toStrictEqual([
      ['Valdrena', 'Place'],
    ]);
    expect(typed("La lettera è stata firmata da Ferrandi, l'avvocato della famiglia.")).toStrictEqual([
      ['Ferrandi', 'Person'],
    ]);
  });

  it('leaves a known town before a comma and a noun for a person a place', () => {
    expect(typed('Da Vigevano, lo studente arrestato ha scritto ai giudici.')).toStrictEqual([['Vigevano', 'Place']]);
  });

  it('leaves the name alone when the noun titles the name after it', () => {
    expect(typed('Ieri da Zorvate, il sindaco Luca Neri è partito per la fiera.')).toStrictEqual([
      ['Zorvate', 'Other'],
      ['Luca Neri', 'Person'],
    ]);
  });
});

describe('a place noun and its adjective before "di"', () => {
  it('types the name after "il villaggio georgiano di" as a place', () => {
    expect(typed('I colpi sono partiti dal villaggio georgiano di Kveda Sakhli nella notte.')).toStrictEqual([
      ['Kveda Sakhli', 'Place'],
    ]);
    expect(typed('La città siriana di Qalat Nur è sotto assedio.')).toStrictEqual([['Qalat Nur', 'Place']]);
  });

  it('leaves a person after a noun for a person and its adjective alone', () => {
    expect(typed('Il figlio maggiore di Carlo Bresci ha parlato.')).toStrictEqual([['Carlo Bresci', 'Person']]);
  });
});

describe('a lone name after a preposition of place', () => {
  it('types an unknown name after "vicino" as a place', () => {
    expect(typed('Gli spari sono stati uditi vicino Varnazka durante la notte.')).toStrictEqual([
      ['Varnazka', 'Place'],
    ]);
  });
});

describe('initials and event words', () => {
  it('types two dotted initials standing alone as a person', () => {
    expect(typed('Il ragazzo, R.T., era già stato fermato in aprile.')).toStrictEqual([['R.T.', 'Person']]);
  });

  it('types an event word standing alone as the event', () => {
    expect(typed('Le Finals si giocheranno a Torino.')).toStrictEqual([
      ['Finals', 'Event'],
      ['Torino', 'Place'],
    ]);
  });

  it('keeps a given name and a surname that is an event word a person', () => {
    expect(typed('Lo ha ricordato ieri Stefano Giro in aula.')).toStrictEqual([['Stefano Giro', 'Person']]);
    expect(typed('Ha parlato anche Luca Open in conferenza.')).toStrictEqual([['Luca Open', 'Person']]);
  });
});

describe('a place inside a container of places', () => {
  it('types the name after a museum, a stadium or heights and "del" as a place', () => {
    expect(typed('Il quadro è esposto al museo del Varnelli da ieri.')).toStrictEqual([['Varnelli', 'Place']]);
    expect(typed('I soldati presidiano le alture del Korvan da mesi.')).toStrictEqual([['Korvan', 'Place']]);
  });
});

describe('institution heads written big', () => {
  it('keeps a regional executive, a curia and a consortium with their lowercase adjectives as organizations', () => {
    expect(typed('Ieri la Giunta regionale ha approvato il piano.')).toStrictEqual([
      ['Giunta regionale', 'Organization'],
    ]);
    expect(typed('Lo ha reso noto la Curia vescovile con una nota.')).toStrictEqual([
      ['Curia vescovile', 'Organization'],
    ]);
    expect(typed('Il Consorzio di bonifica ha chiuso le chiuse.')).toStrictEqual([
      ['Consorzio di bonifica', 'Organization'],
    ]);
  });

  it('keeps an executive written big and alone as the body', () => {
    expect(typed('La Giunta ha respinto la mozione.')).toStrictEqual([['Giunta', 'Organization']]);
  });

  it('keeps a ministry, a union, the Arma and a federation written big and alone as the body', () => {
    expect(typed('Il Ministero ha smentito la notizia.')).toStrictEqual([['Ministero', 'Organization']]);
    expect(typed("Per l'Unione il voto è chiaro.")).toStrictEqual([['Unione', 'Organization']]);
    expect(typed("I militari dell'Arma sono arrivati subito.")).toStrictEqual([['Arma', 'Organization']]);
    expect(typed('La Federazione ha sospeso il campionato.')).toStrictEqual([['Federazione', 'Organization']]);
  });

  it('leaves a head written small and alone no name', () => {
    expect(typed('Il ministero ha smentito la notizia.')).toStrictEqual([['ministero', 'Organization']]);
    expect(typed('Una federazione di comuni ha chiesto aiuto.')).toStrictEqual([]);
  });
});

describe('a country acting', () => {
  /** [mention text, the type it reads as there, the rule when it reads otherwise than its entity] in text order. */
  function readings(text: string): [string, string, string | null][] {
    return extract([doc(text)])
      .entities.flatMap((e) => e.mentions.map((m) => ({ e, m })))
      .sort((a, b) => a.m.start - b.m.start)
      .map(({ e, m }) => [m.text, m.reading?.type ?? e.type, m.reading?.rule ?? null]);
  }

  it('reads a country with its article before a finite verb as a body, the same country after "in" as the place', () => {
    expect(readings("In Francia si discute da mesi, ma ieri la Francia ha firmato l'accordo.")).toStrictEqual([
      ['Francia', 'Place', null],
      ['Francia', 'Organization', 'type.country-acting-subject'],
    ]);
  });

  it('keeps one node for the country, whose mentions read differently', () => {
    const { entities } = extract([doc("Ieri l'Austria ha votato contro la proposta. Il ministro vive in Austria.")]);
    expect(entities.map((e) => [e.name, e.type, e.mentions.length])).toStrictEqual([['Austria', 'Place', 2]]);
  });

  it('reads a reflexive verb after the country as acting, a copula as a description of the place', () => {
    expect(readings('La Norvegia si è detta pronta a trattare.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-acting-subject'],
    ]);
    expect(readings('La Norvegia è un paese freddo.')).toStrictEqual([['Norvegia', 'Place', null]]);
  });

  it('reads a country after "contro" as the side opposed', () => {
    expect(readings('La nazionale ha perso contro la Svezia per due a uno.')).toStrictEqual([
      ['Svezia', 'Organization', 'type.country-opposed'],
    ]);
  });

  it('reads two countries joined by a dash as two sides', () => {
    expect(readings('Cresce la tensione Spagna - Marocco sui confini.')).toStrictEqual([
      ['Spagna', 'Organization', 'type.country-pair'],
      ['Marocco', 'Organization', 'type.country-pair'],
    ]);
  });

  it('reads every country of a list as acting when the list is the subject or one of it acts', () => {
    expect(readings("L'Austria e la Svezia hanno chiesto una proroga.")).toStrictEqual([
      ['Austria', 'Organization', 'type.country-in-acting-list'],
      ['Svezia', 'Organization', 'type.country-acting-subject'],
    ]);
    expect(readings('Norvegia, Finlandia e Danimarca hanno firmato il trattato.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-in-acting-list'],
      ['Finlandia', 'Organization', 'type.country-in-acting-list'],
      ['Danimarca', 'Organization', 'type.country-in-acting-list'],
    ]);
    expect(readings('In Norvegia e Finlandia hanno votato in pochi.')).toStrictEqual([
      ['Norvegia', 'Place', null],
      ['Finlandia', 'Place', null],
    ]);
  });

  it('reads a country opening the sentence before a finite verb as acting', () => {
    expect(readings('Portogallo approva la riforma delle pensioni.')).toStrictEqual([
      ['Portogallo', 'Organization', 'type.country-acting-subject'],
    ]);
  });

  it('type.country-according-to: a country after "secondo", the source of words, is its government', () => {
    expect(readings("Secondo la Grecia il testo dell'accordo non è accettabile.")).toStrictEqual([
      ['Grecia', 'Organization', 'type.country-according-to'],
    ]);
  });

  it('type.country-speaking-after-verb: a country after a reporting verb and its article is the speaker', () => {
    expect(readings('«Non firmeremo mai questo testo», ha dichiarato la Grecia.')).toStrictEqual([
      ['Grecia', 'Organization', 'type.country-speaking-after-verb'],
    ]);
  });

  it('type.country-according-to: a country opening a longer name after "secondo" is no speaker', () => {
    expect(readings('Secondo lo United States Fisheries Board il lago è pulito.')[0]).toStrictEqual([
      'United States',
      'Place',
      null,
    ]);
  });

  it('leaves a country addressed with "alla" as the place', () => {
    expect(readings('Il ministro ha chiesto alla Grecia un rinvio.')).toStrictEqual([['Grecia', 'Place', null]]);
  });
});

describe('a territory acting as its administration', () => {
  function readings(text: string): [string, string, string | null][] {
    return extract([doc(text)])
      .entities.flatMap((e) => e.mentions.map((m) => ({ e, m })))
      .sort((a, b) => a.m.start - b.m.start)
      .map(({ e, m }) => [m.text, m.reading?.type ?? e.type, m.reading?.rule ?? null]);
  }

  it('reads "il comune di X" before a finite verb as the council, "in provincia di X" as the territory', () => {
    expect(readings('Il comune di Roccalta ha chiuso le scuole per la neve.')).toStrictEqual([
      ['comune di Roccalta', 'Organization', 'type.administration-acting-subject'],
    ]);
    expect(readings('La frana è caduta in provincia di Cuneo.')).toStrictEqual([['provincia di Cuneo', 'Place', null]]);
  });

  it('reads a territory after an office or an organ and "di" as its administration', () => {
    expect(readings('Ha parlato il presidente della provincia di Varese.')).toStrictEqual([
      ['provincia di Varese', 'Organization', 'type.administration-office'],
    ]);
    expect(readings('La giunta della regione Umbria si riunisce domani.')).toStrictEqual([
      ['regione Umbria', 'Organization', 'type.administration-office'],
    ]);
  });

  it('leaves a territory described by a copula as the place', () => {
    expect(readings('Il comune di Roccalta è sul mare.')).toStrictEqual([['comune di Roccalta', 'Place', null]]);
  });
});

describe('a title of common words', () => {
  it('keeps a word written big after an article whole with its lowercase complement', () => {
    expect(typed('Le nuove regole del Codice della strada entreranno in vigore a giugno.')).toStrictEqual([
      ['Codice della strada', 'Other'],
    ]);
  });

  it('leaves a bare surname before "della" alone, and a verb after "di" outside the name', () => {
    expect(typed('Il commissario Mario Rossi ha parlato. Rossi della squadra mobile ha confermato.')).toStrictEqual([
      ['squadra mobile', 'Organization'],
      ['Mario Rossi|Rossi', 'Person'],
    ]);
    expect(typed('Ha chiesto al Tesseract di bloccare le vendite.')).toStrictEqual([['Tesseract', 'Other']]);
  });
});

/** [every surface form of the entity joined by "|", type, the rule that typed it]. */
function typedWhy(text: string): [string, string, string | undefined][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace?.[0]]);
}

describe('names typed by the words around them', () => {
  it('type.town-name-speaking: a town name opening a clause before a reporting verb is a person', () => {
    expect(typedWhy('Dopo la partita, Marotta ha spiegato che il mercato è chiuso.')).toStrictEqual([
      ['Marotta', 'Person', 'type.town-name-speaking'],
    ]);
  });

  it('type.town-name-speaking: a town after "di" or in a route before the verb stays the town', () => {
    expect(typedWhy('Un pensionato di Marotta ha spiegato il guasto.')).toStrictEqual([
      ['Marotta', 'Place', 'type.known-town'],
    ]);
    expect(typedWhy('Il treno Fano - Marotta annuncia un ritardo.')).toStrictEqual([
      ['Fano', 'Place', 'type.known-town'],
      ['Marotta', 'Place', 'type.known-town'],
    ]);
  });

  it('type.dateline-before-participle: an untyped name before a colon and a participle clause is a place', () => {
    expect(typedWhy('Rocca Tremonti: rubata la bicicletta del parroco.')).toStrictEqual([
      ['Rocca Tremonti', 'Place', 'type.dateline-before-participle'],
    ]);
    expect(typedWhy('Rocca Tremonti: rubata una bicicletta in piazza.')).toStrictEqual([
      ['Rocca Tremonti', 'Place', 'type.dateline-before-participle'],
    ]);
  });

  it('type.dateline-before-participle: not after an auxiliary, nor for a name typed otherwise', () => {
    expect(typedWhy('Rocca Tremonti: è stata rubata la bicicletta del parroco.')).toStrictEqual([
      ['Rocca Tremonti', 'Person', 'type.capitalized-name'],
    ]);
    expect(typedWhy('Mario Bianchi: ritrovata l’auto del figlio.')).toStrictEqual([
      ['Mario Bianchi', 'Person', 'type.first-name-opening'],
    ]);
  });

  it('type.family-surname: the name after a noun for a family is a surname', () => {
    expect(typedWhy('La villa è passata alla famiglia Vescarelli nel 1950.')).toStrictEqual([
      ['Vescarelli', 'Person', 'type.family-surname'],
    ]);
    expect(typedWhy('I fratelli Tornabuoni hanno aperto una bottega.')).toStrictEqual([
      ['Tornabuoni', 'Person', 'type.family-surname'],
    ]);
  });

  it('type.body-of-leader, type.leader-of-body: a body named after its leader is the body and the person', () => {
    expect(typedWhy("L'amministrazione Calvenzi ha tagliato i fondi.")).toStrictEqual([
      ['amministrazione', 'Organization', 'type.body-of-leader'],
      ['Calvenzi', 'Person', 'type.leader-of-body'],
    ]);
    expect(typedWhy('Il Governo Orlandelli ha stanziato venti milioni.')).toStrictEqual([
      ['Governo', 'Organization', 'type.body-of-leader'],
      ['Orlandelli', 'Person', 'type.leader-of-body'],
    ]);
  });

  it('type.body-of-leader: a body with an adjective or a country after it is no body of a leader', () => {
    expect(typedWhy('La Giunta Regionale ha deciso. Il governo Usa tace.')).toStrictEqual([
      ['Giunta Regionale', 'Organization', 'type.head-noun'],
      ['governo', 'Organization', 'type.head-noun'],
      ['Usa', 'Place', 'type.gazetteer'],
    ]);
  });

  it('type.acronym-as-common-noun: an acronym after an indefinite article is no body', () => {
    expect(typedWhy('La società di Lodi ha nominato un nuovo AD.')).toStrictEqual([
      ['AD', 'Other', 'type.acronym-as-common-noun'],
      ['Lodi', 'Place', 'type.known-town'],
    ]);
    expect(typedWhy('Ieri la ZTRP ha chiuso la strada.')).toStrictEqual([
      ['ZTRP', 'Organization', 'type.capitals-acronym'],
    ]);
  });

  it('type.organization-word: a company, a studio or an orchestra word ends a foreign or Italian name', () => {
    expect(typedWhy('Il gioco è prodotto da Marvane Interactive.')).toStrictEqual([
      ['Marvane Interactive', 'Organization', 'type.organization-word'],
    ]);
    expect(typedWhy('Il contratto è andato a Colvera Costruzioni.')).toStrictEqual([
      ['Colvera Costruzioni', 'Organization', 'type.organization-word'],
    ]);
  });

  it('type.seat-building-visited: a seat named after its building, after "al", reads as the building there', () => {
    const result = extract([doc('Il premier è salito al Quirinale. Il Quirinale ha diffuso una nota.')]);
    expect(
      result.entities.map((e) => [
        e.name,
        e.type,
        e.mentions.map((m) => [m.text, m.reading?.type ?? null, m.reading?.rule ?? null]),
      ]),
    ).toStrictEqual([
      [
        'Quirinale',
        'Organization',
        [
          ['Quirinale', 'Place', 'type.seat-building-visited'],
          ['Quirinale', null, null],
        ],
      ],
    ]);
  });

  it('type.seat-building-visited: a chamber after "al" stays the body', () => {
    const result = extract([doc('La legge è arrivata al Senato ieri.')]);
    expect(result.entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.reading ?? null)])).toStrictEqual([
      ['Senato', 'Organization', [null]],
    ]);
  });

  it('type.church-of-saint: a church named after its saint is the building, the Church alone the body', () => {
    expect(typedWhy('Il concerto si terrà nella Chiesa di San Luca Evangelista. La Chiesa ha taciuto.')).toStrictEqual([
      ['Chiesa', 'Organization', 'type.head-noun'],
      ['Chiesa di San Luca Evangelista', 'Place', 'type.church-of-saint'],
    ]);
  });

  it('type.law-name: a name ending with a word for a law is a text, a given name before "Bill" a person', () => {
    expect(typedWhy('Il Senato ha approvato il Clean Harbour Act ieri.')).toStrictEqual([
      ['Senato', 'Organization', 'type.gazetteer'],
      ['Clean Harbour Act', 'Work', 'type.law-name'],
    ]);
    expect(typedWhy('Ieri Bill Mortenson ha parlato.')).toStrictEqual([
      ['Bill Mortenson', 'Person', 'type.verb-after-full-name'],
    ]);
  });

  it('type.person-noun-predicate: a lone name before a copula and a noun for a person is a person', () => {
    expect(typedWhy('Dopo la partita, Ghiselli è il nuovo allenatore della squadra.')).toStrictEqual([
      ['Ghiselli', 'Person', 'type.person-noun-predicate'],
    ]);
    expect(typedWhy('Secondo il partito, Verzani può essere il nostro sindaco.')).toStrictEqual([
      ['Verzani', 'Person', 'type.person-noun-predicate'],
    ]);
    expect(typedWhy('Dopo la partita, Ghiselli è il nuovo stadio della squadra.')).toStrictEqual([
      ['Ghiselli', 'Other', 'type.lone-unknown-word'],
    ]);
  });

  it('type.kin-of: a lone name after a noun of kinship and "di" is a person', () => {
    expect(typedWhy('Ieri ha parlato la moglie di Tassinari in aula.')).toStrictEqual([
      ['Tassinari', 'Person', 'type.kin-of'],
    ]);
  });

  it('type.club-of-nationals: the name after players named by their nationality and "del" is their club', () => {
    expect(typedWhy('La squadra ha perso contro i serbi del Vardanik ai supplementari.')).toStrictEqual([
      ['Vardanik', 'Organization', 'type.club-of-nationals'],
    ]);
    expect(typedWhy('La squadra ha battuto i croati del Vardanik Spalato in finale.')).toStrictEqual([
      ['Vardanik Spalato', 'Organization', 'type.club-of-nationals'],
    ]);
  });

  it('type.club-after-cue: a name after a word of team sport and a masculine article is a club', () => {
    expect(typedWhy('Il centravanti ha giocato tre anni con la maglia del Vardanik.')).toStrictEqual([
      ['Vardanik', 'Organization', 'type.club-after-cue'],
    ]);
  });
});

describe('organization names from the words inside and around them', () => {
  it('type.organization-nationality: a body the lexicon knows and a nationality after it are one name', () => {
    expect(typedWhy("L'Interpol albanese ha diramato l'allerta.")).toStrictEqual([
      ['Interpol albanese', 'Organization', 'type.organization-nationality'],
    ]);
  });
});

describe('national teams', () => {
  it('type.national-team: "nazionale" after a feminine article is the national team, with its nationality', () => {
    expect(typedWhy("L'allenatore della nazionale tedesca si è dimesso.")).toStrictEqual([
      ['nazionale tedesca', 'Organization', 'type.national-team'],
    ]);
  });

  it('type.national-team: "nazionale" after a noun stays an adjective', () => {
    expect(typedWhy('Il governo ha proclamato il lutto nazionale.')).toStrictEqual([
      ['governo', 'Organization', 'type.head-noun'],
    ]);
  });
});

describe('branches of organizations', () => {
  it('type.organization-branch: a known one-word organization and a country after it are its branch there', () => {
    expect(typedWhy('Il gruppo ha ceduto la rete a Vodafone Spagna.')).toStrictEqual([
      ['Vodafone Spagna', 'Organization', 'type.organization-branch'],
    ]);
  });

  it('type.organization-branch: an unknown name ended by a country is a branch; type.part-of-country: after a common word, a part of it', () => {
    expect(typedWhy('Ieri Zentrix Portogallo ha presentato i conti.')).toStrictEqual([
      ['Zentrix Portogallo', 'Organization', 'type.organization-branch'],
    ]);
    expect(typedWhy('Il sisma ha colpito il Centro Italia.')).toStrictEqual([
      ['Centro Italia', 'Place', 'type.part-of-country'],
    ]);
  });
});

describe('clubs named after their town', () => {
  it('type.club-after-article: a masculine article before a name nothing typed that ends on a town is its club', () => {
    expect(typedWhy('La seconda squadra sarà il Vardanik Treviso, che non ha presentato il progetto.')).toStrictEqual([
      ['Vardanik Treviso', 'Organization', 'type.club-after-article'],
    ]);
  });
});

describe('names given by a naming participle', () => {
  it('type.named-as: an organization noun before the participle makes the name an organization', () => {
    expect(
      typedWhy('Le indagini riguardano le organizzazioni criminali attive da anni denominate Zentra.'),
    ).toStrictEqual([['Zentra', 'Organization', 'type.named-as']]);
  });

  it('type.named-as: a person noun before the participle makes the name a person', () => {
    expect(typedWhy('Lo aiutò un amico artista chiamato Vercetti.')).toStrictEqual([
      ['Vercetti', 'Person', 'type.named-as'],
    ]);
  });
});

describe('lists', () => {
  it('type.list-shares-type: a lone word nothing typed, listed with organizations, is an organization', () => {
    expect(typedWhy('Hanno firmato la società Vardex, Codacons e Zentrix.')).toStrictEqual([
      ['Codacons', 'Organization', 'type.gazetteer'],
      ['Vardex', 'Organization', 'type.organization-cue-before'],
      ['Zentrix', 'Organization', 'type.list-shares-type'],
    ]);
  });

  it('type.list-shares-type: a lone word listed right after places is a place', () => {
    expect(typedWhy('Il tour passerà da Genova, Savona e Vercetti.')).toStrictEqual([
      ['Genova', 'Place', 'type.gazetteer'],
      ['Savona', 'Place', 'type.known-town'],
      ['Vercetti', 'Place', 'type.list-shares-type'],
    ]);
  });

  it('type.list-shares-type: a list whose typed members disagree lends nothing', () => {
    expect(typedWhy('Hanno parlato Mario Rossi, Vercetti e Codacons.')).toStrictEqual([
      ['Codacons', 'Organization', 'type.gazetteer'],
      ['Vercetti', 'Other', 'type.lone-unknown-word'],
      ['Mario Rossi', 'Person', 'type.first-name-opening'],
    ]);
  });
});

/** [mention text, how it reads where that differs from its entity's type] for every mention, in text order. */
function readings(text: string): [string, string | undefined][] {
  return extract([doc(text)])
    .entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, text: m.text, rule: m.reading?.rule })))
    .sort((a, b) => a.start - b.start)
    .map((m) => [m.text, m.rule]);
}

describe('countries as teams', () => {
  it('type.country-beside-score: a country next to a score is its team', () => {
    expect(readings('Nel girone C il Belgio batte 3-1 la Polonia.')).toStrictEqual([
      ['Belgio', 'type.country-acting-subject'],
      ['Polonia', 'type.country-beside-score'],
    ]);
    expect(readings('Nella semifinale ha vinto la Svezia (2-0).')).toStrictEqual([
      ['Svezia', 'type.country-beside-score'],
    ]);
  });

  it('type.country-beside-score: a span of days next to a country is no score', () => {
    expect(readings('La prima tappa sarà in Turchia (24-27 settembre).')).toStrictEqual([['Turchia', undefined]]);
  });
});

describe('the people of an organization', () => {
  it('type.member-noun-before: the name after its engineers or researchers and "di" is an organization', () => {
    expect(typedWhy('Secondo gli ingegneri del Vardex i magneti non reggono.')).toStrictEqual([
      ['Vardex', 'Organization', 'type.member-noun-before'],
    ]);
  });
});

describe('groups after a person noun', () => {
  it('type.person-noun-before: "dei" after a person noun is no adjective, so a band after it stays a group', () => {
    expect(typedWhy('Ha parlato il cantante dei Vorgarden ieri.')).toStrictEqual([
      ['Vorgarden', 'Organization', 'type.plural-article-group'],
    ]);
  });
});

// The typing stage reads its words from the document's model. A sentence written for this test.
describe('the typing stage per model', () => {
  const typed = (text: string, language: string) =>
    analyzeDocument({ ...doc(text), language }, loadLanguage(language).lexicon).mentions.map(
      (m) => `${m.text}:${m.type}`,
    );
  const sentence = 'They live in Zorblat now.';

  it('does not read the Italian place preposition "in" in an English document', () => {
    expect(typed(sentence, 'en')).toStrictEqual(['Zorblat:Person']);
  });

  it('reads it with the Italian model', () => {
    expect(typed(sentence, 'it')).toStrictEqual(['Zorblat:Place']);
  });
});

// A word's opening is read from the model's morphology: "tw" opens English words, not Italian ones; "sb" the reverse.
describe('the acronym shape per model', () => {
  const en = loadLanguage('en').lexicon;
  const italian = loadLanguage('it').lexicon;

  it('reads an English opening as a word in an English document', () => {
    expect(acronymShape('Twin', en)).toStrictEqual(false);
  });

  it('reads the same opening as an acronym with the Italian model', () => {
    expect(acronymShape('Twin', italian)).toStrictEqual(true);
  });

  it('reads an Italian opening as a word with the Italian model', () => {
    expect(acronymShape('Sbar', italian)).toStrictEqual(false);
  });

  it('reads the same opening as an acronym in an English document', () => {
    expect(acronymShape('Sbar', en)).toStrictEqual(true);
  });
});

describe('full names after an article', () => {
  it('type.articled-full-name: a name of capitalized words after a singular article is an organization', () => {
    expect(typedWhy('La nave della Valmora Brenz è stata sequestrata ieri.')).toStrictEqual([
      ['Valmora Brenz', 'Organization', 'type.articled-full-name'],
    ]);
  });

  it('type.articled-full-name: a plural article before a surname names a family, not a body', () => {
    expect(typedWhy('Il processo ai Di Vardano riprende domani.')).toStrictEqual([
      ['Di Vardano', 'Person', 'type.capitalized-name'],
    ]);
  });
});

describe('brands written with a capital inside', () => {
  it('type.camel-case-brand: a capital inside a word after small letters is a brand', () => {
    expect(typedWhy('Il video è stato pubblicato su ZentriNews ieri sera.')).toStrictEqual([
      ['ZentriNews', 'Organization', 'type.camel-case-brand'],
    ]);
  });

  it('type.camel-case-brand: a surname with its prefix stays a person', () => {
    expect(typedWhy('Il video è stato pubblicato da MacVardy ieri sera.')).toStrictEqual([
      ['MacVardy', 'Other', 'type.lone-unknown-word'],
    ]);
  });
});

describe('offices held in a body', () => {
  it('type.office-of-body: a lone name after an office that leads a body and "di" is the body', () => {
    expect(typedWhy('Lo ha detto il presidente dell’Armentia ai giornalisti.')).toStrictEqual([
      ['Armentia', 'Organization', 'type.office-of-body'],
    ]);
  });

  it('type.office-of-body: an office of a town leaves the name to the place noun', () => {
    expect(typedWhy('Lo ha detto il sindaco di Vostrella ai giornalisti.')).toStrictEqual([
      ['Vostrella', 'Place', 'type.place-after-place-noun'],
    ]);
  });
});
