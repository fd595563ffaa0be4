import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';
import { analyzeDocument } from '../engine/pipeline.ts';
import { loadLanguage } from '../lang/language.ts';

/** [every surface form of the entity joined by "|", type], in the result's order. */
function found(text: string): [string, string][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type]);
}

describe('mention detection', () => {
  it("keeps an elided saint's title written onto the name as part of a place's name", () => {
    expect(found("La festa si è tenuta nel borgo di Sant'Ilario.")).toStrictEqual([["Sant'Ilario", 'Place']]);
    expect(found("Il corteo è partito da Sant'Agata ieri.")).toStrictEqual([["Sant'Agata", 'Place']]);
  });

  it('keeps an "-are" adjective right after a body\'s name in the name, but no infinitive after a preposition', () => {
    expect(found('Secondo la Commissione parlamentare il caso è chiuso.')).toStrictEqual([
      ['Commissione parlamentare', 'Organization'],
    ]);
    expect(found('La polizia militare è arrivata presto.')).toStrictEqual([['polizia militare', 'Organization']]);
    expect(found('Il governo sta per approvare il testo.')).toStrictEqual([['governo', 'Organization']]);
  });

  it('type.law-number: takes a word for a law and its number as one work', () => {
    expect(found('Il governo vuole cambiare la legge 40 e il decreto 112/2008.')).toStrictEqual([
      ['governo', 'Organization'],
      ['decreto 112/2008', 'Work'],
      ['legge 40', 'Work'],
    ]);
  });

  it('ends a body\'s name before "di" and the infinitive the sentence goes on with', () => {
    expect(found('Il presidente ha chiesto al Comune di ritirarsi dalla gara.')).toStrictEqual([
      ['Comune', 'Organization'],
    ]);
    expect(found('La Corte dei conti ha bocciato il bilancio.')).toStrictEqual([['Corte dei conti', 'Organization']]);
  });

  it('takes "presidenza del consiglio" written small as one institution', () => {
    expect(found('Il sottosegretario alla presidenza del consiglio ha parlato.')).toStrictEqual([
      ['presidenza del consiglio', 'Organization'],
    ]);
  });

  it("keeps a region's adjective after a lowercase institution in its name", () => {
    expect(found('La giunta regionale ligure ha approvato il piano.')).toStrictEqual([
      ['giunta regionale ligure', 'Organization'],
    ]);
  });

  it('takes a guarded body noun after a definite article only with its adjective or its seat', () => {
    expect(found('Il ricorso è stato respinto dal tribunale di Fossombrone.')).toStrictEqual([
      ['tribunale', 'Organization'],
      ['Fossombrone', 'Place'],
    ]);
    expect(found('Il tribunale civile ha deciso ieri.')).toStrictEqual([['tribunale civile', 'Organization']]);
    expect(found("L'amministrazione provinciale ha chiuso la strada.")).toStrictEqual([
      ['amministrazione provinciale', 'Organization'],
    ]);
  });

  it('leaves a guarded body noun alone, after an adjective, before a state or a nationality, or as a participle', () => {
    expect(found('Il tribunale ha deciso ieri.')).toStrictEqual([]);
    expect(found('La pubblica amministrazione paga tardi.')).toStrictEqual([]);
    expect(found("Il commissario dell'amministrazione straordinaria ha firmato.")).toStrictEqual([]);
    expect(found("L'amministrazione americana ha risposto subito.")).toStrictEqual([]);
    expect(found('La notizia è giunta ieri in redazione.')).toStrictEqual([]);
  });

  it('keeps a lowercase noun of a tunnel or a horn, "di" and the name after it as one place', () => {
    expect(found("Le navi pattugliano il corno d'Africa da mesi.")).toStrictEqual([["corno d'Africa", 'Place']]);
    expect(found('Il traffico nel tunnel del Brennero è fermo.')).toStrictEqual([['tunnel del Brennero', 'Place']]);
  });

  it('keeps a lowercase building noun and the name after it as one place', () => {
    expect(found("È stato ricoverato all'ospedale Santa Rosalia di notte.")).toStrictEqual([
      ['ospedale Santa Rosalia', 'Place'],
    ]);
    expect(found('Gli studenti del liceo Vercetti sono usciti in strada.')).toStrictEqual([
      ['liceo Vercetti', 'Place'],
    ]);
  });

  it('takes a given name, a particle and a name for a person, though the given name alone names a company', () => {
    expect(found('Il ritratto fu dipinto da Leonardo da Vinci a Firenze.')).toStrictEqual([
      ['Leonardo da Vinci', 'Person'],
      ['Firenze', 'Place'],
    ]);
  });

  it('takes "Repubblica" written big as the institution it names', () => {
    expect(found('Lo ha ricevuto il presidente della Repubblica ieri sera.')).toStrictEqual([
      ['Repubblica', 'Organization'],
    ]);
  });

  it('takes "Stato" after "dello" as the state, not the verb form', () => {
    expect(found('Ha criticato il silenzio dello Stato su quel caso.')).toStrictEqual([['Stato', 'Organization']]);
  });

  it('does not take "pubblico ministero" (a prosecutor) for the ministry', () => {
    expect(found('È stato interrogato dal pubblico ministero in mattinata.')).toStrictEqual([]);
  });

  it('opens a surname with its capitalized particle, mid-sentence or before a verb', () => {
    expect(found('Ha parlato anche Di Pietro in aula.')).toStrictEqual([['Di Pietro', 'Person']]);
    expect(found('Di Pietro ha risposto alle domande.')).toStrictEqual([['Di Pietro', 'Person']]);
  });

  it('joins "di Stato" and a big common noun to an institution head', () => {
    expect(found('Il parere del Consiglio di Stato e del Consiglio dei Ministri arriverà domani.')).toStrictEqual([
      ['Consiglio dei Ministri', 'Organization'],
      ['Consiglio di Stato', 'Organization'],
    ]);
  });

  it('keeps the portfolio of a lowercase ministry and the lowercase complement after "di" of an institution', () => {
    expect(found('Il ministero degli Esteri ha convocato il console.')).toStrictEqual([
      ['ministero degli Esteri', 'Organization'],
    ]);
    expect(found('Una nota del ministero della salute è attesa.')).toStrictEqual([
      ['ministero della salute', 'Organization'],
    ]);
    expect(found('Il consiglio di sorveglianza si riunisce domani.')).toStrictEqual([
      ['consiglio di sorveglianza', 'Organization'],
    ]);
  });

  it("leaves the country's adjective after a ministry's portfolio out, so the ministry speaks, not the country", () => {
    const result = extract([doc('Secondo il ministero degli Esteri russo, «la decisione spetta ora a Berlino».')]);
    const speakers = result.statements.map((st) => result.entities.find((e) => e.id === st.speaker)?.name ?? null);
    expect([result.entities.map((e) => [e.name, e.type]), speakers]).toStrictEqual([
      [
        ['ministero degli Esteri', 'Organization'],
        ['Berlino', 'Place'],
      ],
      ['ministero degli Esteri'],
    ]);
  });

  it('leaves a place or a verb after an institution and "di" outside its name', () => {
    expect(found('Il governo di Lisbona ha deciso.')).toStrictEqual([
      ['governo', 'Organization'],
      ['Lisbona', 'Place'],
    ]);
    expect(found('Gli operai hanno chiesto al governo di agire presto.')).toStrictEqual([['governo', 'Organization']]);
  });

  it('keeps a direction adjective written small after a known place in its name', () => {
    const { entities } = extract([doc("Il maltempo ha colpito l'Italia centrale e la Spagna meridionale.")]);
    expect(entities.map((e) => [e.name, e.type, e.trace])).toStrictEqual([
      ['Italia centrale', 'Place', ['type.place-and-direction']],
      ['Spagna meridionale', 'Place', ['type.place-and-direction']],
    ]);
    expect(found('La Banca centrale ha alzato i tassi in Italia.')).toStrictEqual([
      ['Banca centrale', 'Organization'],
      ['Italia', 'Place'],
    ]);
  });

  it('keeps the lowercase complement and the adjective of an institution head', () => {
    expect(found('La Corte dei conti e la Corte suprema hanno deciso.')).toStrictEqual([
      ['Corte dei conti', 'Organization'],
      ['Corte suprema', 'Organization'],
    ]);
  });

  it('keeps a lowercase complement after the adjectives of an institution head', () => {
    expect(
      found("La Corte suprema di cassazione ha accolto la domanda dell'Ordine nazionale dei farmacisti."),
    ).toStrictEqual([
      ['Corte suprema di cassazione', 'Organization'],
      ['Ordine nazionale dei farmacisti', 'Organization'],
    ]);
  });

  it('joins "della Repubblica" to a court head that stands alone', () => {
    expect(found('Indaga la Procura della Repubblica da mesi.')).toStrictEqual([
      ['Procura della Repubblica', 'Organization'],
    ]);
  });

  it('reads a portfolio word after an article as the head of a name', () => {
    expect(found("Insegna all'Università di Bologna da anni.")).toStrictEqual([
      ['Università di Bologna', 'Organization'],
    ]);
  });

  it('reads a portfolio word after "dell\'" as a name when no minister or ministry stands before it', () => {
    expect(found("Lo studio è del rettore dell'Università di Pavia.")).toStrictEqual([
      ['Università di Pavia', 'Organization'],
    ]);
    expect(found("Parla il ministro dell'Istruzione, dell'Università e della Ricerca.")).toStrictEqual([]);
  });

  it('keeps a lowercase word for a feature or a structure with the name after it, not with an acronym', () => {
    expect(found("Il relitto è nell'oceano Pacifico, lontano dallo stadio Aldo Ferretti.")).toStrictEqual([
      ['oceano Pacifico', 'Place'],
      ['stadio Aldo Ferretti', 'Place'],
    ]);
    expect(found("Le immagini sono state diffuse dall'emittente statale KTV.")).toStrictEqual([
      ['KTV', 'Organization'],
    ]);
  });

  it('reads a town and an English plural as a team, a town and a district as a place', () => {
    expect(found('Ha firmato con i Chicago Bulls ed è atterrato a Milano Lambrate.')).toStrictEqual([
      ['Chicago Bulls', 'Organization'],
      ['Milano Lambrate', 'Place'],
    ]);
  });

  it('keeps the initial of a withheld surname after a first name', () => {
    expect(found('È stato fermato Luca R., 42 anni, e poi rilasciato.')).toStrictEqual([['Luca R.', 'Person']]);
  });

  it('reads a short mixed-case form the lexicon lists, in mid-sentence', () => {
    expect(found('Negli Usa si vota a novembre.')).toStrictEqual([['Usa', 'Place']]);
  });

  it('keeps "don" in a priest\'s name', () => {
    expect(found('Lo ha accolto don Ettore Lanza in canonica.')).toStrictEqual([['don Ettore Lanza', 'Person']]);
  });
});

describe('junk that is no name', () => {
  it('takes no capitalized verb, pronoun or adverb opening a sentence for a name', () => {
    expect(found('Penso che la trattativa sia chiusa.')).toStrictEqual([]);
    expect(found('Entrambi sono stati fermati dopo la lite.')).toStrictEqual([]);
    expect(found('Ridurlo adesso non basterebbe.')).toStrictEqual([]);
    expect(found('Effettivamente la strada era chiusa.')).toStrictEqual([]);
  });

  it('starts the name after a sentence-initial verb', () => {
    expect(found('Arrivano Valerio Bressan e Gianna Ferlito.')).toStrictEqual([
      ['Gianna Ferlito', 'Person'],
      ['Valerio Bressan', 'Person'],
    ]);
  });

  it('takes a decade for no name', () => {
    expect(found('Negli anni Quaranta il quartiere era una campagna.')).toStrictEqual([]);
  });

  it('ends an institution before its verb', () => {
    expect(found('In serata i carabinieri arrivano sul posto.')).toStrictEqual([['carabinieri', 'Organization']]);
  });

  it('takes no name from a byline, a photo credit or a headline in capitals, known places aside', () => {
    const text = [
      'MALTEMPO, IL PONTE CHIUSO PER ORE SULLA STATALE',
      'DAL NOSTRO INVIATO',
      'GENOVA. Il sindaco Marco Bucci ha riaperto la strada.',
      'EDITORIAL USE ONLY. NO SALES',
      'Foto Ansa',
    ].join('\n');
    expect(found(text)).toStrictEqual([
      ['Marco Bucci', 'Person'],
      ['GENOVA', 'Place'],
    ]);
  });

  it('skips a run of capitals holding ordinary words, keeps an acronym', () => {
    expect(found('SULLO YACHT del finanziere la NATO ha trovato documenti.')).toStrictEqual([['NATO', 'Organization']]);
  });

  it('reads "via" after a verb as "through", not as a street', () => {
    expect(found('Lo ha annunciato via Reuters ieri sera.')).toStrictEqual([['Reuters', 'Organization']]);
    expect(found('Il corteo è partito da via Ghirlandina.')).toStrictEqual([['via Ghirlandina', 'Place']]);
  });
});

describe('names from other languages', () => {
  it('keeps a romanized East Asian given name whole', () => {
    expect(found('Il segretario Ban Ki-moon è arrivato a Roma.')).toStrictEqual([
      ['Ban Ki-moon', 'Person'],
      ['Roma', 'Place'],
    ]);
  });

  it('keeps an unknown given name with the known one after it, but not a party after "del"', () => {
    expect(found('Il ministro Karim Yusuf Haddad è arrivato ieri.')).toStrictEqual([['Karim Yusuf Haddad', 'Person']]);
    expect(found('Il leader del Fidesz Viktor Orbán è arrivato ieri.').map(([n]) => n)).toStrictEqual([
      'Fidesz',
      'Viktor Orbán',
    ]);
  });

  it('reads the Arabic article written big inside a sentence, never the preposition "al"', () => {
    expect(found('Lo ha trasmesso la televisione Al Alam in serata.').map(([n]) => n)).toStrictEqual(['Al Alam']);
    expect(found('Lo ha trasmesso ieri Al-Jazeera in serata.').map(([n]) => n)).toStrictEqual(['Al-Jazeera']);
    expect(found('Siamo andati al mare con Anna Bianchi.').map(([n]) => n)).toStrictEqual(['Anna Bianchi']);
  });

  it('keeps two lowercase particles between the given name and the surname', () => {
    expect(found('Ieri Carlos de la Peña è tornato in campo.')).toStrictEqual([['Carlos de la Peña', 'Person']]);
  });
});

describe('an Arabic article opening a sentence', () => {
  it('keeps "Al-" with the name when a hyphen joins them', () => {
    expect(found('Al-Alam ha trasmesso le immagini in serata.').map(([n]) => n)).toStrictEqual(['Al-Alam']);
  });
});

describe('a platform as the medium', () => {
  it('takes no platform a message was posted on as an entity', () => {
    expect(found('Il sindaco Luca Ferrandi ha scritto su Facebook che la strada riapre.')).toStrictEqual([
      ['Luca Ferrandi', 'Person'],
    ]);
    expect(found('Sul suo profilo Instagram la cantante Marta Livieri ha salutato i fan.')).toStrictEqual([
      ['Marta Livieri', 'Person'],
    ]);
    expect(found('Lo ha annunciato via Instagram ieri sera.')).toStrictEqual([]);
  });

  it('keeps a platform that acts as the company', () => {
    expect(found("Twitter ha sospeso l'account del deputato.")).toStrictEqual([['Twitter', 'Organization']]);
  });
});

describe('a phenomenon written small', () => {
  it('takes "la mafia" for the phenomenon, no organization, while "la camorra" stays the clans', () => {
    expect(found('Il giudice ha dedicato la vita alla lotta contro la mafia.')).toStrictEqual([]);
    expect(found('Secondo gli inquirenti la camorra controllava il porto.')).toStrictEqual([
      ['camorra', 'Organization'],
    ]);
  });
});

describe("a saint's names", () => {
  it("keeps a saint's title with the given name and the name after it, a place", () => {
    expect(found('La processione è arrivata a Santa Lucia Vergine ieri sera.')).toStrictEqual([
      ['Santa Lucia Vergine', 'Place'],
    ]);
  });
});

// The mentions stage reads its words from the document's model. A sentence written for this test.
describe('the mentions stage per model', () => {
  const mentionTexts = (text: string, language: string) =>
    analyzeDocument({ ...doc(text), language }, loadLanguage(language).lexicon).mentions.map((m) => m.text);
  const sentence = 'Yesterday he met Anna della Valle in town.';

  it('does not join a name over the Italian particle "della" in an English document', () => {
    expect(mentionTexts(sentence, 'en')).toStrictEqual(['Anna', 'Valle']);
  });

  it('joins it with the Italian model', () => {
    expect(mentionTexts(sentence, 'it')).toContain('Anna della Valle');
  });
});

describe("a body's name past its complements", () => {
  /** [every surface form joined by "|", type, first rule of the trace]. */
  function foundWhy(text: string): [string, string, string | undefined][] {
    return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace?.[0]]);
  }

  it('type.body-name-extended: a body\'s name goes on past "per" and an article', () => {
    expect(foundWhy("Lo ha deciso ieri l'Agenzia Nazionale per le Risorse Idriche con un voto.")).toStrictEqual([
      ['Agenzia Nazionale per le Risorse Idriche', 'Organization', 'type.body-name-extended'],
    ]);
  });

  it('type.body-name-extended: a ministry\'s name goes on past "e" and "dei" before a portfolio', () => {
    expect(foundWhy('Lo ha deciso ieri il Ministero del Turismo e dei Trasporti con un decreto.')).toStrictEqual([
      ['Ministero del Turismo e dei Trasporti', 'Organization', 'type.body-name-extended'],
    ]);
  });

  it('type.body-name-extended: the acronym before the longer name, whose elided article gives no initial, is one body', () => {
    expect(foundWhy("Il censimento del FAV (Fondo per l'Ambiente Veneto) è partito.")).toStrictEqual([
      ["FAV|Fondo per l'Ambiente Veneto", 'Organization', 'type.body-name-extended'],
    ]);
  });

  it('type.body-name-extended: "e" and a bare article join two bodies into none', () => {
    expect(foundWhy('Il Ministero della Salute e la Regione Lombardia hanno firmato.')).toStrictEqual([
      ['Ministero della Salute', 'Organization', 'type.head-noun'],
      ['Regione Lombardia', 'Organization', 'type.institution-written-big'],
    ]);
  });
});

describe('broadcasters named with their medium', () => {
  it('type.broadcaster-name: a word for a broadcaster written big before a name is the station', () => {
    expect(
      extract([doc('Lo ha detto ai microfoni di Radio Valdrena il sindaco.')]).entities.map((e) => [
        e.name,
        e.type,
        e.trace?.[0],
      ]),
    ).toStrictEqual([['Radio Valdrena', 'Organization', 'type.broadcaster-name']]);
  });
});
