import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { MAX_SENTENCE_CHARS, segment } from '../engine/segment.ts';
import { doc, entityNamed, nameOf, said } from '../testDocs.ts';

describe('statements', () => {
  it('reads a quote followed by its reporting clause', () => {
    const r = extract([doc('«Non è vero», ha detto Mario Rossi.')]);
    expect(said(r)).toStrictEqual([['Mario Rossi', 'direct', 'Non è vero']]);
    expect(r.statements[0]?.cue).toBe('ha detto');
  });

  it('reads a reporting clause with a colon before the quote', () => {
    const r = extract([doc('Mario Rossi ha dichiarato: «Non ci sono prove».')]);
    expect(said(r)).toStrictEqual([['Mario Rossi', 'direct', 'Non ci sono prove']]);
  });

  it('reads a headline "X: «…»"', () => {
    const r = extract([doc('Mario Rossi: «Non ci sono prove»')]);
    expect(said(r)).toStrictEqual([['Mario Rossi', 'direct', 'Non ci sono prove']]);
  });

  it('keeps a quote that spans sentences whole', () => {
    const r = extract([doc('«Il piano è pronto. Lo presenteremo domani», ha detto Mario Rossi.')]);
    expect(said(r)).toStrictEqual([['Mario Rossi', 'direct', 'Il piano è pronto. Lo presenteremo domani']]);
  });

  it('reads curly double quotes and names the entities the quote is about', () => {
    const r = extract([doc('“Non abbiamo prove contro Giorgia Meloni”, ha affermato Mario Rossi.')]);
    expect(said(r)).toStrictEqual([['Mario Rossi', 'direct', 'Non abbiamo prove contro Giorgia Meloni']]);
    expect(r.statements[0]?.about.map((id) => nameOf(r, id))).toStrictEqual(['Giorgia Meloni']);
  });

  it('reads a partial quote inside a reported sentence as part of it: one record', () => {
    const r = extract([doc('Il portavoce Mario Rossi ha respinto le accuse come "assolutamente false".')]);
    expect(said(r)).toStrictEqual([['Mario Rossi', 'indirect', 'le accuse come "assolutamente false"']]);
    expect(r.statements[0]?.cue).toBe('ha respinto');
  });

  it('reads indirect speech after "ha detto che"', () => {
    const r = extract([doc('Mario Rossi ha detto che il governo cadrà presto.')]);
    expect(said(r)).toStrictEqual([['Mario Rossi', 'indirect', 'il governo cadrà presto']]);
  });

  it('reads "secondo X, …"', () => {
    const r = extract([doc('Secondo Mario Rossi, il governo cadrà presto.')]);
    expect(said(r)).toStrictEqual([['Mario Rossi', 'indirect', 'il governo cadrà presto']]);
    expect(r.statements[0]?.cue).toBe('secondo');
  });

  it('puts the target of a denial among the entities the statement is about', () => {
    const r = extract([doc('Mario Rossi ha negato che Giorgia Meloni abbia firmato il decreto.')]);
    expect(said(r)).toStrictEqual([['Mario Rossi', 'indirect', 'Giorgia Meloni abbia firmato il decreto']]);
    expect(r.statements[0]?.about.map((id) => nameOf(r, id))).toStrictEqual(['Giorgia Meloni']);
  });

  it('keeps the last speaker for "«…», ha aggiunto."', () => {
    const r = extract([doc('«Il governo è finito», ha detto Mario Rossi. «Andremo al voto», ha aggiunto.')]);
    expect(said(r)).toStrictEqual([
      ['Mario Rossi', 'direct', 'Il governo è finito'],
      ['Mario Rossi', 'direct', 'Andremo al voto'],
    ]);
  });

  it('gives a subject-less continuation to the person the previous sentence is about', () => {
    const r = extract([doc('Mario Rossi ha parlato a lungo. «Il governo cadrà», ha aggiunto.')]);
    expect(said(r)).toStrictEqual([['Mario Rossi', 'direct', 'Il governo cadrà']]);
  });

  it('reads "nelle sue parole"', () => {
    const r = extract([doc('Mario Rossi ha parlato con Luca Bianchi. Nelle sue parole, la trattativa è «chiusa».')]);
    expect(said(r)).toStrictEqual([['Mario Rossi', 'indirect', 'la trattativa è «chiusa»']]);
  });

  it('keeps an unnamed source with a null speaker and its text', () => {
    const r = extract([doc('Una fonte governativa ha ammesso: «Non lo adorano».')]);
    expect(r.statements.map((s) => [s.speaker, s.speakerText, s.quote])).toStrictEqual([
      [null, 'Una fonte governativa', 'Non lo adorano'],
    ]);
    expect(r.entities).toStrictEqual([]);
  });

  it('attributes a quote to a role description the article has resolved', () => {
    const r = extract([
      doc('Il presidente austriaco Karl Huber è arrivato a Vienna. «Siamo pronti», ha affermato il leader austriaco.'),
    ]);
    expect(said(r)).toStrictEqual([['Karl Huber', 'direct', 'Siamo pronti']]);
    expect(r.statements[0]?.speakerText).toBe('il leader austriaco');
  });

  it('reads guillemets, curly single quotes nested in double quotes', () => {
    const r = extract([
      doc('“Il presidente Vladimir Putin ha detto: ‘Questa è una minaccia’”, ha aggiunto Dmitry Peskov.'),
    ]);
    expect(said(r)).toStrictEqual([
      ['Dmitry Peskov', 'direct', 'Il presidente Vladimir Putin ha detto: ‘Questa è una minaccia’'],
      ['Vladimir Putin', 'direct', 'Questa è una minaccia'],
    ]);
  });

  it('gives statement offsets into the text', () => {
    const text = 'Mario Rossi ha dichiarato: «Non ci sono prove».';
    const r = extract([doc(text)]);
    const s = r.statements[0];
    expect(s && text.slice(s.start, s.end)).toBe('Non ci sono prove');
    expect(s?.sentence).toBe(text);
    expect(entityNamed(r, 'Mario Rossi')?.type).toBe('Person');
  });

  it('does not take scare quotes without a reporting verb as a statement', () => {
    const r = extract([doc('La piattaforma “X” è cresciuta molto nel 2023.')]);
    expect(r.statements).toStrictEqual([]);
  });
});

describe('statements in English', () => {
  const english = (text: string) => ({ ...doc(text), language: 'en' });

  it('reads "“…,” said X" with the comma inside the quote', () => {
    const r = extract([english('“We are ready,” said John Smith.')]);
    expect(said(r)).toStrictEqual([['John Smith', 'direct', 'We are ready']]);
  });

  it('reads "X said that …" and "according to X, …"', () => {
    expect(said(extract([english('The Kremlin said that the talks failed.')]))).toStrictEqual([
      ['Cremlino', 'indirect', 'the talks failed'],
    ]);
    expect(said(extract([english('According to Reuters, the talks failed.')]))).toStrictEqual([
      ['Reuters', 'indirect', 'the talks failed'],
    ]);
  });

  it('bounds the sentence each statement copies when the text has no sentence end', () => {
    const text = 'Mario Rossi ha detto che il piano va bene, '.repeat(100).trimEnd();
    const r = extract([doc(text)]);
    const pieces = segment(text).sentences.map((x) => [x.start, x.end]);
    expect(pieces).toStrictEqual([
      [0, 1977],
      [1978, 3955],
      [3956, 4299],
    ]);
    expect(r.statements.length).toBe(100);
    expect(Math.max(...r.statements.map((x) => x.sentence.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    // Each statement lies in one piece and copies exactly that piece's text.
    const copies = r.statements.map((x) => {
      const piece = pieces.find(([start, end]) => (start as number) <= x.start && x.end <= (end as number));
      return (
        piece !== undefined && x.sentence === text.slice(piece[0], piece[1]) && x.quote === text.slice(x.start, x.end)
      );
    });
    expect(copies.every(Boolean)).toBe(true);
  });
});

describe('the statements stage per model', () => {
  // Sentences written for these tests: "has" is an English auxiliary, "ha" an Italian one.
  const cues = (text: string, language: string) =>
    extract([{ ...doc(text), language }]).statements.map((s) => [s.cue, s.quote]);

  it("reads an English document's auxiliary with the English model", () => {
    expect(cues('John Smith has said that the talks failed.', 'en')).toStrictEqual([['has said', 'the talks failed']]);
  });

  it('does not read the Italian auxiliary in an English document', () => {
    expect(cues('John Smith ha said that the talks failed.', 'en')).toStrictEqual([['said', 'the talks failed']]);
  });

  it("reads an Italian document's auxiliary with the Italian model", () => {
    expect(cues('Mario Rossi ha detto che il piano è pronto.', 'it')).toStrictEqual([
      ['ha detto', 'il piano è pronto'],
    ]);
  });

  it('does not read the English auxiliary in an Italian document', () => {
    expect(cues('Mario Rossi has detto che il piano è pronto.', 'it')).toStrictEqual([]);
  });
});
