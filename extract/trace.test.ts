// Every statement and relation says which rules produced it (`trace`), with ids the rule
// registry in contract/rules.ts knows. Sentences written for these tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ACT_RULES,
  ENTITY_RULES,
  EVENT_RULES,
  RELATION_RULES,
  ruleIds,
  ruleReason,
  SPEAKER_RULES,
  STATEMENT_RULES,
} from '../contract/rules.ts';
import { extract } from './extractor.ts';
import { doc } from './testDocs.ts';

const traces = (text: string) => extract([doc(text)]).statements.map((s) => [s.quote, s.trace]);

describe('the trace of a statement', () => {
  it.each([
    [
      '«Non ci ritiriamo», ha detto Mario Rossi.',
      [['Non ci ritiriamo', ['statement.quote-then-cue', 'speaker.subject-after-cue', 'act.from-cue']]],
    ],
    [
      'Mario Rossi ha detto che il piano resta valido.',
      [['il piano resta valido', ['statement.cue-that-clause', 'speaker.subject-before-cue', 'act.from-cue']]],
    ],
    [
      'Anna Bianchi ha dichiarato: «Il ponte è sicuro».',
      [['Il ponte è sicuro', ['statement.cue-then-colon-quote', 'speaker.subject-before-cue', 'act.from-cue']]],
    ],
    [
      'Secondo Anna Bianchi, il ponte è sicuro.',
      [['il ponte è sicuro', ['statement.secondo-then-clause', 'speaker.after-secondo', 'act.plain-claim']]],
    ],
    [
      'Mario Rossi ha chiesto di ritirare il decreto entro lunedì.',
      [
        [
          'ritirare il decreto entro lunedì',
          ['statement.cue-infinitive', 'speaker.subject-before-cue', 'act.from-cue'],
        ],
      ],
    ],
    [
      'Mario Rossi ha parlato a lungo ieri. Poi ha aggiunto che il piano resta valido.',
      [['il piano resta valido', ['statement.cue-that-clause', 'speaker.previous-person', 'act.from-cue']]],
    ],
    [
      'Si ritiene che il ponte sia sicuro.',
      [['il ponte sia sicuro', ['statement.cue-that-clause', 'speaker.impersonal-si', 'act.from-cue']]],
    ],
  ])('%s', (text, expected) => {
    expect(traces(text)).toStrictEqual(expected);
  });

  it('keeps the speaker rule of a second quote that continues the first', () => {
    const text = 'Mario Rossi ha detto che il piano resta valido. «Lo difenderemo fino in fondo davanti a tutti».';
    expect(traces(text)).toStrictEqual([
      ['il piano resta valido', ['statement.cue-that-clause', 'speaker.subject-before-cue', 'act.from-cue']],
      [
        'Lo difenderemo fino in fondo davanti a tutti',
        ['statement.quote-continues', 'speaker.previous-speaker', 'act.plain-claim'],
      ],
    ]);
  });
});

describe('the trace of a relation', () => {
  it('names the role phrase and its qualifier', () => {
    const result = extract([doc('Il portavoce del Cremlino Dmitry Peskov ha parlato ieri.')]);
    expect(result.relations.map((r) => [r.type, r.trace])).toStrictEqual([
      ['SPOKESPERSON_OF', ['relation.role-phrase-with-name', 'relation.role-qualifier']],
    ]);
  });

  it('names the verb rule', () => {
    const result = extract([doc('Mario Rossi ha attaccato Anna Bianchi in aula.')]);
    expect(result.relations.map((r) => [r.type, r.trace])).toStrictEqual([
      ['ATTACKED', ['relation.subject-verb-object']],
    ]);
  });
});

describe('the trace of an entity', () => {
  const typedBy = (text: string) => extract([doc(text)]).entities.map((e) => [e.name, e.type, e.trace]);

  it('names the rule that gave the type, then the one that joined a short form', () => {
    expect(
      typedBy('I dipendenti della Trevalco protestano. Il ministro Mario Rossi tace, poi Rossi parla.'),
    ).toStrictEqual([
      ['Trevalco', 'Organization', ['type.member-noun-before']],
      ['Mario Rossi', 'Person', ['type.role-phrase-names', 'type.surname-of-full-name']],
    ]);
    expect(typedBy('La Trevalco Systems ha deciso. Poi Trevalco ha detto no.')).toStrictEqual([
      ['Trevalco Systems', 'Organization', ['type.organization-word', 'type.short-form-of-organization']],
    ]);
  });

  it('says why a lone unknown word is left Other, and why a dateline town is a place', () => {
    expect(typedBy('ORTISEI. Ieri Zentrix era chiusa.')).toStrictEqual([
      ['Zentrix', 'Other', ['type.lone-unknown-word']],
      ['ORTISEI', 'Place', ['type.dateline-town']],
    ]);
  });

  it("names the rule that drew a mention's bounds after the rules that typed it, once", () => {
    expect(typedBy('La Valmora Servizi Spa rischia. La Valmora Servizi Spa paga.')).toStrictEqual([
      ['Valmora Servizi Spa', 'Organization', ['type.company-suffix', 'mention.company-form']],
    ]);
  });
});

describe('the rule registry', () => {
  const sources = ['statements.ts', 'relations.ts', 'acts.ts'].map((f) =>
    readFileSync(new URL(`./stages/${f}`, import.meta.url), 'utf8'),
  );
  const used = new Set(
    sources.flatMap((s) =>
      [...s.matchAll(/'((?:statement|speaker|relation|act)\.[a-z-]+)'/g)].map((m) => m[1] as string),
    ),
  );
  const pipeline = readFileSync(new URL('./engine/pipeline.ts', import.meta.url), 'utf8');
  for (const m of pipeline.matchAll(/'((?:relation)\.[a-z-]+)'/g)) used.add(m[1] as string);

  it('knows every entity type rule the extractor writes, and each is written somewhere', () => {
    const typingSources = [
      'stages/typing.ts',
      'stages/mentions.ts',
      'stages/coreference.ts',
      'resolve/crossDocument.ts',
    ].map((f) => readFileSync(new URL(`./${f}`, import.meta.url), 'utf8'));
    const typing = new Set(
      typingSources.flatMap((s) => [...s.matchAll(/'(type\.[a-z-]+)'/g)].map((m) => m[1] as string)),
    );
    expect([...typing].filter((id) => ruleReason(id) === null)).toStrictEqual([]);
    expect(Object.keys(ENTITY_RULES).filter((id) => !typing.has(id))).toStrictEqual([]);
  });

  it('knows every id the extractor writes, and every id it knows is written somewhere', () => {
    const known = [
      ...Object.keys(STATEMENT_RULES),
      ...Object.keys(SPEAKER_RULES),
      ...Object.keys(RELATION_RULES),
      ...Object.keys(ACT_RULES),
    ];
    expect([...used].filter((id) => ruleReason(id) === null)).toStrictEqual([]);
    expect(known.filter((id) => !used.has(id))).toStrictEqual([]);
    expect(Object.keys(EVENT_RULES).sort()).toStrictEqual([
      'event.call-noun',
      'event.meeting-noun',
      'event.other-noun',
    ]);
    expect(new Set(ruleIds()).size).toBe(ruleIds().length);
  });

  it('gives no reason for an id it does not know', () => {
    expect(ruleReason('statement.no-such-rule')).toBeNull();
    expect(ruleReason('toString')).toBeNull();
  });
});
