import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../contract/extraction.ts';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';
import { loadLanguage } from '../lang/language.ts';
import type { LocalEntity } from '../stages/coreference.ts';
import { mergeBatch } from './crossDocument.ts';

/** [name, type, how many articles mention it], in the result's order. */
function nodes(r: ExtractionResult): [string, string, number][] {
  return r.entities.map((e) => [e.name, e.type, new Set(e.mentions.map((m) => m.document)).size]);
}

describe('merging across articles', () => {
  it('keeps a bare institution noun to its article, merges a qualified one', () => {
    const r = extract([
      doc('La Procura ha aperto un fascicolo. Il Comune di Rapallo si costituirà parte civile.', null, 'a.txt'),
      doc('La Procura ha chiesto gli atti. Il Comune di Rapallo ha risposto.', null, 'b.txt'),
    ]);
    expect(nodes(r).sort()).toStrictEqual([
      ['Comune di Rapallo', 'Organization', 2],
      ['Procura', 'Organization', 1],
      ['Procura', 'Organization', 1],
    ]);
  });

  it('names an institution by its seat: one node per seat across articles, never one for two cities', () => {
    const r = extract([
      doc('La Procura di Genova indaga sul crollo. La Procura ha chiesto gli atti.', null, 'a.txt'),
      doc('La Procura di Firenze indaga sul furto.', null, 'b.txt'),
      doc('La Procura di Genova ha chiuso le indagini.', null, 'c.txt'),
    ]);
    expect(nodes(r).filter(([, type]) => type === 'Organization')).toStrictEqual([
      ['Procura di Firenze', 'Organization', 1],
      ['Procura di Genova', 'Organization', 2],
    ]);
    const genova = r.entities.find((e) => e.name === 'Procura di Genova');
    expect(genova?.mentions.map((m) => [m.text, m.start, m.end])).toStrictEqual([
      ['Procura', 3, 10],
      ['Procura', 43, 50],
      ['Procura', 3, 10],
    ]);
  });

  it('leaves a bare institution alone in an article that names it with two seats', () => {
    const r = extract([doc('La Procura di Genova e la Procura di Torino indagano. La Procura ha chiesto gli atti.')]);
    expect(nodes(r).filter(([, type]) => type === 'Organization')).toStrictEqual([
      ['Procura di Genova', 'Organization', 1],
      ['Procura di Torino', 'Organization', 1],
      ['Procura', 'Organization', 1],
    ]);
  });

  it('never merges two people on a bare first name; in its article a first name joins the one full name', () => {
    const r = extract([
      doc('Chiara Bianchi ha parlato in aula. Chiara ha poi lasciato la seduta.', null, 'a.txt'),
      doc('Chiara era felice dopo la gara.', null, 'b.txt'),
    ]);
    expect(nodes(r).sort()).toStrictEqual([
      ['Chiara Bianchi', 'Person', 1],
      ['Chiara', 'Person', 1],
    ]);
  });

  it('joins a bare first name to the one person of its article whose full name another article gives', () => {
    const r = extract([
      doc('Il pugile Marco Ferrandi ha vinto ancora.', null, 'a.txt'),
      doc('Ieri Ferrandi ha parlato ai cronisti. Poi Marco ha lasciato la sala.', null, 'b.txt'),
    ]);
    expect(nodes(r)).toStrictEqual([['Marco Ferrandi', 'Person', 2]]);
    expect(r.entities[0]?.trace?.includes('type.first-name-of-person-in-article')).toStrictEqual(true);
  });

  it('leaves a bare first name alone where its article names two people the batch knows with it', () => {
    const r = extract([
      doc('Il pugile Marco Ferrandi ha vinto. Il tecnico Marco Bellini ha esultato.', null, 'a.txt'),
      doc('Ieri Ferrandi e Bellini hanno parlato ai cronisti. Poi Marco ha lasciato la sala.', null, 'b.txt'),
    ]);
    expect(nodes(r).sort()).toStrictEqual([
      ['Marco Bellini', 'Person', 2],
      ['Marco Ferrandi', 'Person', 2],
      ['Marco', 'Person', 1],
    ]);
  });

  it('joins a surname written first, East Asian order, to the one full name of the batch it opens', () => {
    const r = extract([
      doc('Il presidente Zhao Leqing ha parlato ieri sera.', null, 'a.txt'),
      doc('Ieri Zhao era a Roma per incontrare i ministri.', null, 'b.txt'),
    ]);
    expect(nodes(r).filter(([, type]) => type !== 'Place')).toStrictEqual([['Zhao Leqing', 'Person', 2]]);
  });

  it('keeps a person named in full a person when another article names him by surname alone, untyped there', () => {
    const r = extract([
      doc('Il pugile Marco Ferrandi ha vinto ancora.', null, 'a.txt'),
      doc('Ieri sera Ferrandi era stanco. Poi Ferrandi ha cenato. Alla fine Ferrandi è uscito.', null, 'b.txt'),
    ]);
    expect(nodes(r)).toStrictEqual([['Marco Ferrandi', 'Person', 2]]);
  });

  it('keeps two bodies of the same initials apart when no article writes the acronym, one of them known', () => {
    const r = extract([
      doc('La Banca Mondiale ha concesso il prestito.', null, 'a.txt'),
      doc('La Brigata Montana ha sfilato ieri.', null, 'b.txt'),
    ]);
    expect(nodes(r).sort()).toStrictEqual([
      ['Banca Mondiale', 'Organization', 1],
      ['Brigata Montana', 'Organization', 1],
    ]);
  });

  it('joins an acronym of one article to the one body of the batch that it spells', () => {
    const r = extract([
      doc('La Banca Mondiale ha concesso il prestito.', null, 'a.txt'),
      doc('La BM ha concesso il prestito.', null, 'b.txt'),
    ]);
    expect(nodes(r)).toStrictEqual([['Banca Mondiale', 'Organization', 2]]);
  });

  it('leaves an acronym apart when two bodies of the batch spell it', () => {
    const r = extract([
      doc('La Fondazione Marelli ha aperto la mostra.', null, 'a.txt'),
      doc('La Federazione Motonautica ha sospeso le gare.', null, 'b.txt'),
      doc('La FM ha detto che la mostra resta aperta.', null, 'c.txt'),
    ]);
    expect(nodes(r).sort()).toStrictEqual([
      ['FM', 'Organization', 1],
      ['Federazione Motonautica', 'Organization', 1],
      ['Fondazione Marelli', 'Organization', 1],
    ]);
  });

  it('keeps one acronym spelled out as two bodies in two articles apart', () => {
    const r = extract([
      doc("L'Istituto Superiore di Sanità (Iss) ha diffuso i dati. L'Iss li aggiorna ogni settimana.", null, 'a.txt'),
      doc(
        "Il consulente Iss (Institutional Shareholder Services) ha votato contro. L'Iss consiglia il no.",
        null,
        'b.txt',
      ),
    ]);
    expect(nodes(r).sort()).toStrictEqual([
      ['Institutional Shareholder Services', 'Organization', 1],
      ['Istituto Superiore di Sanità', 'Organization', 1],
    ]);
  });
});

describe('each article read with its own model', () => {
  const procura = (): LocalEntity => ({
    index: 0,
    type: 'Organization',
    name: 'Procura',
    gazetteer: null,
    mentions: [{ start: 3, end: 10, text: 'Procura', sentence: 0, description: false }],
    aliases: new Set(),
    votes: new Map([['Organization', 1]]),
  });

  it("keeps an institution noun to its article by the Italian model's words, not in an English article", () => {
    const { entities } = mergeBatch([
      { documentId: 'aaaaaaaa1', entities: [procura()], lex: loadLanguage('it').lexicon },
      { documentId: 'bbbbbbbb2', entities: [procura()], lex: loadLanguage('en').lexicon },
    ]);
    expect(entities.map((e) => [e.id, e.mentions.map((m) => m.document)])).toStrictEqual([
      ['organization:procura', ['bbbbbbbb2']],
      ['organization:procura@aaaaaaaa', ['aaaaaaaa1']],
    ]);
  });
});
