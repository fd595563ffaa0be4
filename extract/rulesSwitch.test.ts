// One rule at a time: `disabledRules` runs the extractor without the rules named, so that a test can see what one rule
// decides on a sentence (engine/ruleSwitches.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from './extractor.ts';
import { RuleSwitchError } from './engine/ruleSwitches.ts';
import { doc } from './testDocs.ts';

const run = (text: string, ...disabled: string[]) => extract([doc(text)], { disabledRules: new Set(disabled) });
const typed = (text: string, ...disabled: string[]) =>
  run(text, ...disabled).entities.map((e) => [e.name, e.type, e.trace?.[0]]);
const said = (text: string, ...disabled: string[]) =>
  run(text, ...disabled).statements.map((s) => [s.quote, s.speakerText, s.trace]);

const TWO_STATEMENTS =
  '«Il ponte resta chiuso», ha detto Mario Rossi. Anna Bianchi ha detto che il piano resta valido.';

describe('disabling a typing rule', () => {
  it('leaves the type to the next rule in precedence', () => {
    const text = 'Ieri la società Marco ha chiuso il bilancio in attivo.';
    expect(typed(text)).toStrictEqual([['Marco', 'Organization', 'type.organization-cue-before']]);
    expect(typed(text, 'type.organization-cue-before')).toStrictEqual([['Marco', 'Person', 'type.known-first-name']]);
  });

  it('leaves a town to the city list when the person noun before it is off', () => {
    const text = "Ieri l'imprenditore Lodi ha parlato.";
    expect(typed(text)).toStrictEqual([['Lodi', 'Person', 'type.person-noun-before']]);
    expect(typed(text, 'type.person-noun-before')).toStrictEqual([['Lodi', 'Place', 'type.known-town']]);
  });
});

describe('disabling a statement, speaker or relation rule', () => {
  it('removes the statement its rule finds and keeps the other of the same text', () => {
    expect(said(TWO_STATEMENTS)).toStrictEqual([
      [
        'Il ponte resta chiuso',
        'Mario Rossi',
        ['statement.quote-then-cue', 'speaker.subject-after-cue', 'act.from-cue'],
      ],
      [
        'il piano resta valido',
        'Anna Bianchi',
        ['statement.cue-that-clause', 'speaker.subject-before-cue', 'act.from-cue'],
      ],
    ]);
    expect(said(TWO_STATEMENTS, 'statement.cue-that-clause')).toStrictEqual([
      [
        'Il ponte resta chiuso',
        'Mario Rossi',
        ['statement.quote-then-cue', 'speaker.subject-after-cue', 'act.from-cue'],
      ],
    ]);
  });

  it('produces no statement whose trace holds a disabled speaker rule', () => {
    const statements = run(TWO_STATEMENTS, 'speaker.subject-after-cue').statements;
    expect(statements.map((s) => s.quote)).toContain('il piano resta valido');
    for (const s of statements) expect(s.trace).not.toContain('speaker.subject-after-cue');
  });

  it('removes the relation its rule finds and keeps the others', () => {
    const text = 'Il sindaco di Verona Mario Rossi ha incontrato Anna Bianchi.';
    const types = (...disabled: string[]) => run(text, ...disabled).relations.map((r) => [r.type, r.trace?.[0]]);
    expect(types()).toStrictEqual([
      ['LEADS', 'relation.role-phrase-with-name'],
      ['MET', 'relation.subject-verb-object'],
    ]);
    expect(types('relation.subject-verb-object')).toStrictEqual([['LEADS', 'relation.role-phrase-with-name']]);
  });
});

describe('the rule ids a run is given', () => {
  it('change nothing when none is disabled', () => {
    expect(run(TWO_STATEMENTS)).toStrictEqual(extract([doc(TWO_STATEMENTS)]));
  });

  it('must be known: an unknown id is an error that says where the ids are', () => {
    expect(() => run(TWO_STATEMENTS, 'statement.no-such-rule')).toThrow(RuleSwitchError);
    expect(() => run(TWO_STATEMENTS, 'statement.no-such-rule')).toThrow(
      /unknown rule id "statement\.no-such-rule": .*contract\/rules\.ts.*ruleIds\(\).*--explain/,
    );
  });

  it('must be a rule that can be disabled: mention detection types every mention', () => {
    expect(() => run(TWO_STATEMENTS, 'type.gazetteer')).toThrow(/rule "type\.gazetteer" cannot be disabled/);
  });
});
