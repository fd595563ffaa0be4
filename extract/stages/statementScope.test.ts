// What is not a statement of the speaker nearby: the words of a document quoted after a colon, and
// quoted words inside a relative clause that speaks for something else. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc, said } from '../testDocs.ts';

describe('quotes of documents and relative clauses', () => {
  it('does not credit the last speaker with a document quoted after a clause that describes it', () => {
    const text =
      'Il sindaco Paolo Neri ha detto che il bando è pronto. ' +
      'Il regolamento del bando indica tra gli scopi: «la tutela del verde urbano e dei parchi cittadini».';
    expect(said(extract([doc(text)]))).toStrictEqual([['Paolo Neri', 'indirect', 'il bando è pronto']]);
  });

  it('still continues a speaker after a colon opened by connectives only', () => {
    const text = 'Paolo Neri ha dichiarato: «Il bando è pronto»; e poi: «Partiremo entro marzo con i lavori».';
    expect(said(extract([doc(text)]))).toStrictEqual([
      ['Paolo Neri', 'direct', 'Il bando è pronto'],
      ['Paolo Neri', 'direct', 'Partiremo entro marzo con i lavori'],
    ]);
  });

  it('reads the words of a document after "si legge"', () => {
    const text =
      'Il sindaco Paolo Neri ha firmato il bando. Nel testo si legge: «Le domande vanno presentate entro marzo».';
    expect(said(extract([doc(text)])).map(([, kind, quote]) => [kind, quote])).toStrictEqual([
      ['direct', 'Le domande vanno presentate entro marzo'],
    ]);
  });

  it('does not give a quote inside a relative clause to the subject of the main clause', () => {
    const text =
      'Lo storico Carlo Bassi paragona la riforma al codice del 1930, il quale prevedeva «pene severe per ogni sciopero».';
    // The comparison is Bassi's; the quoted words are the code's.
    expect(said(extract([doc(text)]))).toStrictEqual([['Carlo Bassi', 'indirect', 'la riforma al codice del 1930']]);
  });

  it('does not carry the sentence speaker over a relative pronoun to a later quote', () => {
    const text =
      'Il giudice Anna Sala ha dichiarato il «non luogo a procedere» per i reati, per i quali la procura aveva raccolto «prove schiaccianti e numerose».';
    expect(said(extract([doc(text)]))).toStrictEqual([['Anna Sala', 'partial', 'non luogo a procedere']]);
  });

  it('reads "ha fatto notare che" and "ha fatto presente che" as reporting verbs', () => {
    expect(
      said(extract([doc('La sindacalista Marta Gialli ha fatto notare che il contratto è scaduto.')])),
    ).toStrictEqual([['Marta Gialli', 'indirect', 'il contratto è scaduto']]);
    expect(
      said(extract([doc('Marta Gialli ha fatto presente che: «Il contratto è scaduto da un anno».')])),
    ).toStrictEqual([['Marta Gialli', 'direct', 'Il contratto è scaduto da un anno']]);
  });
});

describe('a sentence credited by the next one', () => {
  it('gives an unquoted sentence to the source named by "Lo ha annunciato X"', () => {
    expect(said(extract([doc('Il ponte riaprirà lunedì. Lo ha annunciato il sindaco Paolo Neri.')]))).toStrictEqual([
      ['Paolo Neri', 'indirect', 'Il ponte riaprirà lunedì'],
    ]);
  });

  it('gives it to the agent of "La notizia è stata confermata da X", named or not', () => {
    expect(
      said(extract([doc('Il porto è stato chiuso. La notizia è stata confermata dal portavoce Luca Ferri.')])),
    ).toStrictEqual([['Luca Ferri', 'indirect', 'Il porto è stato chiuso']]);
    const result = extract([
      doc('Il porto è stato chiuso. La notizia è stata prima riferita da alcuni pescatori e poi confermata.'),
    ]);
    expect(result.statements.map((s) => [s.speaker, s.speakerText, s.quote, s.trace?.[0]])).toStrictEqual([
      [null, 'alcuni pescatori', 'Il porto è stato chiuso', 'statement.sentence-credited-by-next'],
    ]);
  });

  it('leaves a sentence alone when the next one credits no source', () => {
    expect(said(extract([doc('Il porto è stato chiuso. La notizia è stata accolta con sorpresa.')]))).toStrictEqual([]);
  });
});

describe('unnamed sources', () => {
  it('keeps one unnamed official of a country unnamed, not the country', () => {
    const result = extract([
      doc('Il ministro Paolo Neri è arrivato a Roma. Un funzionario francese ha detto che la Francia non firmerà.'),
    ]);
    expect(result.statements.map((s) => [s.speaker, s.speakerText, s.quote])).toStrictEqual([
      [null, 'Un funzionario francese', 'la Francia non firmerà'],
    ]);
  });
});
