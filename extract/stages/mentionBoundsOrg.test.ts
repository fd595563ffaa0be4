// Where an organization's name opens and ends: the bounds rules of mention detection for bodies, companies and
// their services (MENTION_RULES, contract/rules.ts), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';
import { segment } from '../engine/segment.ts';
import { detectMentions } from './mentions.ts';

/** [every surface form of the entity joined by "|", type], in the result's order. */
function found(text: string): [string, string][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type]);
}

/** [mention text, bounds rule] for each candidate of the mentions stage, on an Italian text. */
function bounds(text: string): [string, string | null][] {
  return detectMentions(segment(text), undefined, null, 'it').map((m) => [m.text, m.bound]);
}

describe('mention.english-connector', () => {
  it('joins two words written big across "on"', () => {
    expect(bounds('Ieri Friends on Boats ha soccorso la barca.')).toStrictEqual([
      ['Friends on Boats', 'mention.english-connector'],
    ]);
  });

  it('joins them across "of" and "the"', () => {
    expect(bounds('La mostra è della Gallery of the Lakes, a Como.')).toStrictEqual([
      ['Gallery of the Lakes', 'mention.english-connector'],
      ['Como', null],
    ]);
  });

  it('goes on past a second connector once the name is English', () => {
    expect(bounds('Lo studio della Society for the Study of Rivers è uscito.')).toStrictEqual([
      ['Society for the Study of Rivers', null],
    ]);
    expect(found('Lo studio della Society for the Study of Rivers è uscito.')).toStrictEqual([
      ['Society for the Study of Rivers', 'Organization'],
    ]);
  });

  it('goes on past "of" after a known place and a word of bodies', () => {
    expect(bounds('Lo ha detto il Boston Institute of Music ieri.')).toStrictEqual([
      ['Boston Institute of Music', 'mention.english-connector'],
    ]);
  });

  it('leaves a body\'s head after "of the" to a name of its own', () => {
    expect(
      bounds('Ieri gli Officials of the Ministero della Salute hanno parlato.').map(([text]) => text),
    ).toStrictEqual(['Officials', 'Ministero della Salute']);
  });

  it('leaves a given name after "of" to a person of its own', () => {
    expect(bounds('Il ritratto di Carla Ferri of Paolo Rossi è qui.')).toStrictEqual([
      ['Carla Ferri', null],
      ['Paolo Rossi', null],
    ]);
  });
});

describe('a sector word written big after a company', () => {
  it('goes on with a known company as its unit', () => {
    expect(found('Lo ha pubblicato Mondadori Comics ieri.')).toStrictEqual([['Mondadori Comics', 'Organization']]);
  });

  it('types an unknown name it ends as a company', () => {
    expect(found('La Valdrena Education ha chiuso.')).toStrictEqual([['Valdrena Education', 'Organization']]);
  });
});

describe('mention.coordinated-name-word', () => {
  it('joins "e" and a common noun written big that ends a name of two words', () => {
    expect(found('La Unione Artigiani e Commercianti protesta: i commercianti sono stanchi.')).toStrictEqual([
      ['Unione Artigiani e Commercianti', 'Organization'],
    ]);
  });

  it('records the rule on the mention', () => {
    expect(
      detectMentions(segment('Ha firmato il Movimento Verde e Lavoro.'), undefined, new Set(['lavoro'])).map((m) => [
        m.text,
        m.bound,
      ]),
    ).toStrictEqual([['Movimento Verde e Lavoro', 'mention.coordinated-name-word']]);
  });

  it('leaves a word never written small to a second name', () => {
    expect(found('Salgono le azioni di Banca Valmora e Rondella oggi.')).toStrictEqual([
      ['Banca Valmora', 'Organization'],
      ['Rondella', 'Organization'],
    ]);
  });

  it('leaves a person and the name after "e" apart', () => {
    expect(bounds('Ne parlano Marco Ferri e Sole.').map(([text]) => text)).toStrictEqual(['Marco Ferri', 'Sole']);
  });
});

describe('mention.purpose-phrase', () => {
  it('keeps a purpose written small after a head and an adjective, up to a punctuation mark', () => {
    expect(bounds("Lo ha detto l'Agenzia europea per la tutela dei consumatori, ieri.")).toStrictEqual([
      ['Agenzia europea per la tutela dei consumatori', 'mention.purpose-phrase'],
    ]);
  });

  it('keeps it after a head alone, before an acronym in brackets', () => {
    expect(found("Il rapporto dell'Istituto per lo studio dei venti (Isv) è uscito.")).toStrictEqual([
      ['Istituto per lo studio dei venti|Isv', 'Organization'],
    ]);
  });

  it('leaves a number on the way to the sentence', () => {
    expect(bounds("L'Agenzia regionale per i prossimi due mesi resta chiusa.")).toStrictEqual([
      ['Agenzia regionale', null],
    ]);
  });

  it('leaves a verb before the punctuation mark to the sentence', () => {
    expect(bounds('La Commissione europea per la prima volta ha votato.')).toStrictEqual([
      ['Commissione europea', null],
    ]);
  });

  it('leaves a bare preposition and an article to the sentence', () => {
    expect(bounds('La Fondazione Valmora per le parole contro la guerra è nota.')).toStrictEqual([
      ['Fondazione Valmora', null],
    ]);
  });
});

describe('"Presidenza" as the head of a body', () => {
  it('opens the name of the office of the body after it', () => {
    expect(found('Lo ha annunciato la Presidenza della Repubblica ieri.')).toStrictEqual([
      ['Presidenza della Repubblica', 'Organization'],
    ]);
  });

  it('leaves the person after it to a name of its own', () => {
    expect(found('Il candidato alla Presidenza Marco Ferri ha parlato.')).toStrictEqual([['Marco Ferri', 'Person']]);
  });
});

describe('mention.officer-after-body', () => {
  it('ends a body\'s name before its officer\'s after an office and "di"', () => {
    expect(found('Ha parlato il presidente della Commissione Ilaria Quarzini ieri.')).toStrictEqual([
      ['Commissione', 'Organization'],
      ['Ilaria Quarzini', 'Person'],
    ]);
  });

  it('records the rule on the body, after an acronym too', () => {
    expect(bounds('Il direttore del CRV Gigi Rotelli ha firmato.')).toStrictEqual([
      ['CRV', 'mention.officer-after-body'],
      ['Gigi Rotelli', null],
    ]);
  });

  it('keeps two words a lexicon takes for a body', () => {
    expect(bounds('Il presidente della Banca Popolare Valdrenese ha firmato.')).toStrictEqual([
      ['Banca Popolare Valdrenese', null],
    ]);
  });

  it('keeps the name whole with no office before it', () => {
    expect(bounds('Ha votato ieri la Commissione Fiume Ombrone.')).toStrictEqual([['Commissione Fiume Ombrone', null]]);
  });
});

describe('mention.english-article', () => {
  it('opens the name after it with the English article written big', () => {
    expect(bounds('Lo scrive oggi The Valmora Herald in prima pagina.')).toStrictEqual([
      ['The Valmora Herald', 'mention.english-article'],
    ]);
  });

  it('types the newspaper by the name it opens', () => {
    expect(found('Lo scrive oggi The Valmora Herald in prima pagina.')).toStrictEqual([
      ['The Valmora Herald', 'Organization'],
    ]);
  });

  it('opens nothing before a word written small', () => {
    expect(bounds('Ha cantato The end of the road a Roma.')).toStrictEqual([['Roma', null]]);
  });
});

describe('mention.spelled-by-acronym', () => {
  it('takes the long form in brackets after the acronym as one body', () => {
    expect(found('Lo dice la Liaf (Lega italiana amici del fiume), a Pavia.')).toStrictEqual([
      ['Liaf|Lega italiana amici del fiume', 'Organization'],
      ['Pavia', 'Place'],
    ]);
  });

  it('replaces the shorter names inside it and records the rule', () => {
    expect(bounds("Lo dice il Gipa (Gruppo d'intervento sulla pesca abusiva) oggi.")).toStrictEqual([
      ['Gipa', null],
      ["Gruppo d'intervento sulla pesca abusiva", 'mention.spelled-by-acronym'],
    ]);
  });

  it('leaves the words of a term it spells, with no word of bodies, as they are', () => {
    expect(bounds('Lo schema Drm (digital rights management) è diffuso.')).toStrictEqual([['Drm', null]]);
  });

  it('leaves the words apart when they do not spell it', () => {
    expect(bounds('Lo dice la Fvr (Fondazione Rondella Blu) oggi.')).toStrictEqual([
      ['Fvr', null],
      ['Fondazione Rondella Blu', null],
    ]);
  });

  it('takes the long form before its acronym in brackets as one body', () => {
    expect(bounds('Lo dice la Lega italiana amici del fiume (Liaf) oggi.')).toStrictEqual([
      ['Lega italiana amici del fiume', 'mention.spelled-by-acronym'],
      ['Liaf', null],
    ]);
    expect(found('Lo dice la Lega italiana amici del fiume (Liaf) oggi.')).toStrictEqual([
      ['Lega italiana amici del fiume|Liaf', 'Organization'],
    ]);
  });

  it('opens the long form before its acronym at a word written big', () => {
    expect(bounds('Ha parlato con la nuova Agenzia regionale acque (Ara) ieri.')).toStrictEqual([
      ['Agenzia regionale acque', 'mention.spelled-by-acronym'],
      ['Ara', null],
    ]);
  });

  it('leaves the words before the acronym apart when they do not spell it', () => {
    expect(bounds('Lo dice la Lega italiana amici del fiume (Lam) oggi.')).toStrictEqual([
      ['Lega italiana', null],
      ['Lam', null],
    ]);
  });
});

describe("a bank's town", () => {
  it('stays in the name after a bare "di", past a word after the head', () => {
    expect(found('La Banca Popolare di Pavia ha chiuso il bilancio.')).toStrictEqual([
      ['Banca Popolare di Pavia', 'Organization'],
    ]);
  });

  it('leaves a country after "di" and its article to a name of its own', () => {
    expect(bounds('La Banca Centrale della Libia ha deciso.')).toStrictEqual([
      ['Banca Centrale', 'mention.body-place-apart'],
      ['Libia', null],
    ]);
  });
});

describe('mention.committee-portfolio', () => {
  it("keeps a portfolio written right after a body's head in its name", () => {
    expect(bounds('Ne discute oggi la Commissione Difesa in aula.')).toStrictEqual([
      ['Commissione Difesa', 'mention.committee-portfolio'],
    ]);
  });

  it('keeps two portfolios joined by "e"', () => {
    expect(found('Ne discute oggi la Commissione Ambiente e Turismo in aula.')).toStrictEqual([
      ['Commissione Ambiente e Turismo', 'Organization'],
    ]);
  });

  it('leaves the chamber it belongs to a name of its own', () => {
    expect(found('Ne discute la Commissione Trasporti del Senato in aula.')).toStrictEqual([
      ['Commissione Trasporti', 'Organization'],
      ['Senato', 'Organization'],
    ]);
  });
});

describe('mention.named-after-person', () => {
  it('keeps a given name and a surname after a head a body is named by', () => {
    expect(bounds('Lo ha finanziato la Fondazione Carla Quarzini ieri.')).toStrictEqual([
      ['Fondazione Carla Quarzini', 'mention.named-after-person'],
    ]);
  });

  it('leaves the person apart after an office held in the body', () => {
    expect(found('Ha parlato il presidente della Fondazione Carla Quarzini ieri.')).toStrictEqual([
      ['Carla Quarzini', 'Person'],
    ]);
  });

  it('leaves the person apart after a body no one names after a person', () => {
    expect(bounds('Ha votato la Commissione Carla Quarzini ieri.')).toStrictEqual([
      ['Commissione', null],
      ['Carla Quarzini', null],
    ]);
  });
});

describe('mention.purpose-complement and a word that is also a town', () => {
  it('keeps a plural complement after "dei" that a town shares a word with', () => {
    expect(bounds('Parla il presidente della Fondazione per la Tutela dei Mari oggi.')).toStrictEqual([
      ['Fondazione per la Tutela dei Mari', 'mention.purpose-complement'],
    ]);
  });

  it('leaves a town after a bare "di" to a name of its own', () => {
    expect(found('La Fondazione per la Tutela di Pavia ha detto no.')).toStrictEqual([
      ['Fondazione per la Tutela', 'Organization'],
      ['Pavia', 'Place'],
    ]);
  });
});
