// A made-up article laid out like a page of an Italian newspaper: a headline and a kicker in
// capitals, a standfirst, a byline, a dateline, a photo credit, sentence-initial verbs and
// adverbs, "anni Quaranta", "via Instagram". Only the real entities of the text become nodes.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from './testDocs.ts';

const PAGE = [
  'SULLA DIGA DEL LAGO NERO LA REGIONE CHIEDE I CONTI',
  'Dopo la frana il cantiere resta fermo e i sindaci della valle protestano',
  'DAL NOSTRO INVIATO',
  'ORTISEI. Arrivano alle otto, con le carte in mano. Il presidente della Provincia, Walter Stocker, ha convocato i sindaci della valle e i tecnici della Fondazione Montagna Sicura dopo la frana di martedì.',
  'Penso che nessuno voglia perdere altro tempo, ha detto Stocker. Entrambi i progetti erano fermi dagli anni Quaranta, quando la prima diga fu costruita. Ridurlo a una questione di soldi sarebbe sbagliato.',
  'Effettivamente il consorzio Acque Alpine ha annunciato via Instagram che i lavori riprenderanno a maggio.',
  'FOTO ANSA / EDITORIAL USE ONLY. NO SALES',
  'Ieri sera i carabinieri arrivano sul posto e chiudono la strada. Nel pomeriggio la Procura di Bolzano ha aperto un fascicolo.',
].join('\n\n');

describe('a newspaper page', () => {
  it('yields the entities of the text and nothing from its headline, byline, credit or common words', () => {
    const result = extract([doc(PAGE)]);
    expect(result.entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toStrictEqual([
      ['Acque Alpine', 'Organization', ['Acque Alpine']],
      ['carabinieri', 'Organization', ['carabinieri']],
      ['Fondazione Montagna Sicura', 'Organization', ['Fondazione Montagna Sicura']],
      ['Instagram', 'Organization', ['Instagram']],
      ['Procura di Bolzano', 'Organization', ['Procura']],
      ['Walter Stocker', 'Person', ['Walter Stocker', 'Stocker']],
      ['Bolzano', 'Place', ['Bolzano']],
      ['ORTISEI', 'Place', ['ORTISEI']],
      ['Provincia', 'Place', ['Provincia']],
    ]);
  });

  it('reads an article and a conjunction in a headline as part of it', () => {
    expect(extract([doc('LA REGIONE CHIEDE I CONTI E LE CARTE\n\nIl cantiere è fermo.')]).entities).toStrictEqual([]);
  });

  it('types the town of a dateline in capitals as a place, not a town name in capitals elsewhere', () => {
    const types = (text: string) => extract([doc(text)]).entities.map((e) => [e.name, e.type]);
    expect(types('ORTISEI. Il sindaco ha parlato.')).toStrictEqual([['ORTISEI', 'Place']]);
    expect(types('Il sindaco ha parlato con la ORTISEI ieri.')).toStrictEqual([['ORTISEI', 'Organization']]);
  });
});
