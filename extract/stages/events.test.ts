import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { findDates } from '../engine/dates.ts';
import { analyzeDocument } from '../engine/pipeline.ts';
import { loadLanguage } from '../lang/language.ts';
import type { Lexicon } from '../lang/lexicon.ts';
import { doc, nameOf } from '../testDocs.ts';

function events(text: string, date: string | null = null) {
  const r = extract([doc(text, date)]);
  return (r.events ?? []).map((e) => ({
    name: nameOf(r, e.entity),
    participants: e.participants.map((p) => nameOf(r, p)),
    place: nameOf(r, e.place),
    date: e.date,
    text: text.slice(e.start, e.end),
  }));
}

describe('events', () => {
  it('names the rule that found the event on the event and on its entity', () => {
    const r = extract([doc('Il vertice tra Carla Fontana e Piero Galli si è tenuto a Bari.')]);
    const event = (r.events ?? [])[0];
    expect(event?.trace).toStrictEqual(['event.meeting-noun']);
    const entity = r.entities.find((e) => e.id === event?.entity);
    expect([entity?.type, entity?.trace]).toStrictEqual(['Event', ['event.meeting-noun']]);
  });

  it('names one event by the words for it written big alone in an article', () => {
    const r = extract([
      doc('Il comitato ha parlato delle Olimpiadi di domani. La sicurezza intorno ai Giochi è alta.'),
    ]);
    expect(r.entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text), e.trace])).toStrictEqual([
      ['Olimpiadi', 'Event', ['Olimpiadi', 'Giochi'], ['event.other-noun']],
    ]);
  });

  it("names an event by a date only when the date is the noun's own", () => {
    expect(events('Il vertice del 3 marzo 2031 si è chiuso presto.')).toStrictEqual([
      { name: 'vertice del 2031-03-03', participants: [], place: null, date: '2031-03-03', text: 'vertice' },
    ]);
    expect(events('Il ministro ha parlato durante la conferenza: il porto sarà pronto nel 2031.')).toStrictEqual([]);
    expect(events('Il vertice si è chiuso ieri e il porto sarà pronto nel 2031.')).toStrictEqual([]);
  });

  it('leaves a word for an event written big at the start of a sentence alone', () => {
    expect(extract([doc('Giochi e sport per tutti i bambini.')]).entities).toStrictEqual([]);
  });

  it('reads a phone call with its two participants', () => {
    expect(events('La telefonata tra Vladimir Putin e Joe Biden è durata un’ora.')).toStrictEqual([
      {
        name: 'telefonata Putin-Biden',
        participants: ['Vladimir Putin', 'Joe Biden'],
        place: null,
        date: null,
        text: 'telefonata tra Vladimir Putin e Joe Biden',
      },
    ]);
  });

  it('reads a war between two countries', () => {
    expect(events('La guerra Russia-Ucraina continua.')).toStrictEqual([
      {
        name: 'guerra Russia-Ucraina',
        participants: ['Russia', 'Ucraina'],
        place: null,
        date: null,
        text: 'guerra Russia-Ucraina',
      },
    ]);
  });

  it('reads a poisoning and dates it from "il mese scorso"', () => {
    expect(events("L'avvelenamento di Alexei Navalny nel mese scorso ha scosso Mosca.", '2020-09-25')).toStrictEqual([
      {
        name: 'avvelenamento di Navalny',
        participants: ['Alexei Navalny'],
        place: null,
        date: '2020-08',
        text: 'avvelenamento di Alexei Navalny',
      },
    ]);
  });

  it('reads talks in a city with a day and month', () => {
    expect(events('Le consultazioni a Ginevra si sono tenute il 10 gennaio.', '2022-01')).toStrictEqual([
      {
        name: 'consultazioni di Ginevra',
        participants: [],
        place: 'Ginevra',
        date: '2022-01-10',
        text: 'consultazioni a Ginevra',
      },
    ]);
  });

  it('merges the same event named in two articles', () => {
    const r = extract([
      doc('La telefonata tra Vladimir Putin e Joe Biden è finita.', null, 'a'),
      doc('La chiamata Putin-Biden è durata un’ora.', null, 'b'),
    ]);
    expect(r.entities.filter((e) => e.type === 'Event').map((e) => [e.name, e.mentions.length])).toStrictEqual([
      ['telefonata Putin-Biden', 2],
    ]);
  });
});

describe('the events stage per model', () => {
  // The models given one event noun each, "meeting" and "incontro", so that only the words around it differ.
  const withNoun = (code: string, noun: string): Lexicon => ({
    ...loadLanguage(code).lexicon,
    eventNouns: new Map([[noun, 'meeting']]),
    eventNounFirst: new Set([noun]),
  });
  const en = withNoun('en', 'meeting');
  const italian = withNoun('it', 'incontro');
  const participants = (text: string, language: string, lex: Lexicon) => {
    const a = analyzeDocument({ ...doc(text), language }, lex);
    return a.events.map((e) => e.participants.map((p) => a.ents.entities[p]?.name));
  };

  it("reads an English document's participants with the English model", () => {
    expect(participants('The meeting between John Smith and Mary Jones lasted an hour.', 'en', en)).toStrictEqual([
      ['John Smith', 'Mary Jones'],
    ]);
  });

  it('does not read the Italian words in an English document', () => {
    expect(participants('The meeting tra John Smith e Mary Jones lasted an hour.', 'en', en)).toStrictEqual([]);
  });

  it("reads an Italian document's participants with the Italian model", () => {
    expect(participants("L'incontro tra John Smith e Mary Jones è durato un'ora.", 'it', italian)).toStrictEqual([
      ['John Smith', 'Mary Jones'],
    ]);
  });

  it('does not read the English words in an Italian document', () => {
    expect(participants("L'incontro between John Smith and Mary Jones è durato un'ora.", 'it', italian)).toStrictEqual(
      [],
    );
  });
});

describe('dates', () => {
  const at = (text: string, pub: string | null) =>
    findDates(text, 0, text.length, pub).map((d) => [text.slice(d.start, d.end), d.date]);

  it('resolves weekdays against a full publication date', () => {
    expect(at('Venerdì ha parlato, giovedì no.', '2024-10-25')).toStrictEqual([
      ['Venerdì', '2024-10-25'],
      ['giovedì', '2024-10-24'],
    ]);
  });

  it('leaves weekdays unresolved without the day of publication', () => {
    expect(at('Venerdì ha parlato.', '2024-10')).toStrictEqual([]);
  });

  it('gives a day and month the year before when it lies after the publication month', () => {
    expect(at('Il 17 dicembre Mosca ha pubblicato le proposte.', '2022-01')).toStrictEqual([
      ['17 dicembre', '2021-12-17'],
    ]);
  });

  it('reads full and partial dates', () => {
    expect(at('Il 17 dicembre 2021, nel febbraio 2022, nel 2016 e il 31.12.2021.', null)).toStrictEqual([
      ['17 dicembre 2021', '2021-12-17'],
      ['febbraio 2022', '2022-02'],
      ['nel 2016', '2016'],
      ['31.12.2021', '2021-12-31'],
    ]);
  });

  it('reads relative months and years', () => {
    expect(at('Il mese scorso e l’anno scorso.', '2022-01-15')).toStrictEqual([
      ['Il mese scorso', '2021-12'],
      ['l’anno scorso', '2021'],
    ]);
  });
});
