// A made-up article laid out like a page of an Italian newspaper: a headline and a kicker in
// capitals, a standfirst, a byline, a dateline, a photo credit, sentence-initial verbs and
// adverbs, "anni Quaranta", "via Instagram" (the medium, no node). Only the real entities of the text become nodes.
import { describe, expect, it } from 'vitest';
import { extract } from './extractor.ts';
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

// A second page: a headline naming a town, a standfirst, a byline with "di", a dateline with a long dash, an acronym
// beside its expansion, a stage name, an association compound, one institution named twice, a credit in brackets,
// a title with lowercase words and a small square.
const PAGE_TWO = [
  'PEDAGGI, IL CANTIERE DI SAVONA RIPARTE',
  'Il commissario promette tempi certi. Le associazioni dei consumatori chiedono chiarezza',
  'di Giulia Mantovani',
  'SAVONA — Il sindaco Paolo Serrani ha incontrato ieri i tecnici del consorzio Litorale Ponente. Riprendono così i lavori sul viadotto, a sei anni dal crollo del ponte Fenoglio.',
  'Secondo la Banca Centrale Europea i costi sono cresciuti del 12 per cento. La Bce ha chiesto trasparenza sui contratti. Anche la Guardia di Finanza ha acquisito documenti: la Gdf sta verificando le fatture.',
  'Lorenzo Galimberti, in arte Zefiro, ha commentato via Instagram. Zefiro ha poi cancellato il post.',
  "Considerati i ritardi, l'associazione Assoviaggiatori ha presentato un esposto. Intervengono anche i carabinieri, poi i carabinieri del nucleo ispettorato.",
  '(Foto Reuters) EDITORIAL USE ONLY / NO SALES',
  'Le nuove regole del Codice della strada entreranno in vigore a giugno. Stamattina in Piazzetta Lanterna è arrivata la delegazione.',
].join('\n\n');

describe('a newspaper page', () => {
  it('yields the entities of the text and nothing from its headline, byline, credit or common words', () => {
    const result = extract([doc(PAGE)]);
    expect(result.entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toStrictEqual([
      ['Acque Alpine', 'Organization', ['Acque Alpine']],
      ['carabinieri', 'Organization', ['carabinieri']],
      ['Fondazione Montagna Sicura', 'Organization', ['Fondazione Montagna Sicura']],
      ['Procura di Bolzano', 'Organization', ['Procura']],
      ['Walter Stocker', 'Person', ['Walter Stocker', 'Stocker']],
      ['Bolzano', 'Place', ['Bolzano']],
      ['ORTISEI', 'Place', ['ORTISEI']],
      ['Provincia', 'Place', ['Provincia']],
    ]);
  });

  it('yields one node per real entity of a second page, none from its headline, byline words or credit', () => {
    const result = extract([doc(PAGE_TWO)]);
    expect(result.entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toStrictEqual([
      ['Assoviaggiatori', 'Organization', ['Assoviaggiatori']],
      ['Banca Centrale Europea', 'Organization', ['Banca Centrale Europea', 'Bce']],
      ['carabinieri', 'Organization', ['carabinieri', 'carabinieri']],
      ['Guardia di Finanza', 'Organization', ['Guardia di Finanza', 'Gdf']],
      ['Litorale Ponente', 'Organization', ['Litorale Ponente']],
      ['Codice della strada', 'Other', ['Codice della strada']],
      ['Giulia Mantovani', 'Person', ['Giulia Mantovani']],
      ['Lorenzo Galimberti', 'Person', ['Lorenzo Galimberti', 'Zefiro', 'Zefiro']],
      ['Paolo Serrani', 'Person', ['Paolo Serrani']],
      ['Piazzetta Lanterna', 'Place', ['Piazzetta Lanterna']],
      ['ponte Fenoglio', 'Place', ['ponte Fenoglio']],
      ['SAVONA', 'Place', ['SAVONA']],
    ]);
    const headline = PAGE_TWO.indexOf('\n');
    const credit = PAGE_TWO.indexOf('(Foto Reuters)');
    const creditEnd = PAGE_TWO.indexOf('\n', credit);
    const inBoilerplate = (start: number) => start < headline || (start >= credit && start < creditEnd);
    expect(result.entities.flatMap((e) => e.mentions).filter((m) => inBoilerplate(m.start))).toStrictEqual([]);
    expect(result.statements.filter((st) => inBoilerplate(st.start))).toStrictEqual([]);
  });

  it('reads an article and a conjunction in a headline as part of it', () => {
    expect(extract([doc('LA REGIONE CHIEDE I CONTI E LE CARTE\n\nIl cantiere è fermo.')]).entities).toStrictEqual([]);
  });

  it('types the town of a dateline in capitals as a place, not a town name in capitals elsewhere', () => {
    const types = (text: string) => extract([doc(text)]).entities.map((e) => [e.name, e.type]);
    expect(types('ORTISEI. Il sindaco ha parlato.')).toStrictEqual([['ORTISEI', 'Place']]);
    expect(types('ORTISEI — Il sindaco ha parlato.')).toStrictEqual([['ORTISEI', 'Place']]);
    expect(types('Il sindaco ha parlato con la ORTISEI ieri.')).toStrictEqual([['ORTISEI', 'Organization']]);
  });
});
