// The precedence of the typing rules is one ordered list of named tiers (TYPE_PRECEDENCE in contract/rules.ts): every rule that types a
// mention is in it once, and between two rules that disagree the later tier wins, whatever order the code runs them in.
// Sentences written for these tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_RULES, MENTION_TYPING_RULES, TYPE_PRECEDENCE } from '../../contract/rules.ts';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';
import { RULE_STRENGTH, tier } from './typingPrecedence.ts';

const source = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
const placed = TYPE_PRECEDENCE.flatMap((t) => [...t.rules] as string[]);
const tierOf = (rule: string) => TYPE_PRECEDENCE.findIndex((t) => (t.rules as readonly string[]).includes(rule));

describe('the typing precedence', () => {
  it('names every rule once, and only rules the registry knows', () => {
    expect(new Set(placed).size).toBe(placed.length);
    for (const rule of placed) expect(Object.hasOwn(ENTITY_RULES, rule), rule).toBe(true);
    expect(new Set(TYPE_PRECEDENCE.map((t) => t.tier)).size).toBe(TYPE_PRECEDENCE.length);
  });

  it('places every rule the typing and mention stages type a mention by, and no rule they never use', () => {
    const typing = source('./typing.ts');
    const mentions = source('./mentions.ts');
    // The rule of each `set(m, type, rule)` and each strength written directly.
    const used = new Set([
      ...[...typing.matchAll(/\bset\([^;]*?'(type\.[a-z-]+)'\s*\)/g)].map((m) => m[1] as string),
      ...[...(typing + mentions).matchAll(/RULE_STRENGTH\['(type\.[a-z-]+)'\]/g)].map((m) => m[1] as string),
    ]);
    expect(used.size).toBeGreaterThan(50);
    for (const rule of used) expect(placed, rule).toContain(rule);
    for (const rule of placed) expect(typing.includes(`'${rule}'`) || mentions.includes(`'${rule}'`), rule).toBe(true);
  });

  it('lists the rules mention detection types candidates by, which cannot be disabled', () => {
    const mentions = new Set([...source('./mentions.ts').matchAll(/'(type\.[a-z-]+)'/g)].map((m) => m[1] as string));
    expect([...mentions].sort()).toStrictEqual([...MENTION_TYPING_RULES].sort());
  });

  it('rises with its order: the weights a mention votes with follow the list', () => {
    const weights = TYPE_PRECEDENCE.map((t) => t.weight);
    for (let k = 1; k < weights.length; k++) expect(weights[k]).toBeGreaterThan(weights[k - 1] as number);
    expect(RULE_STRENGTH['type.capitalized-name']).toBe(tier('bare-name'));
    expect(RULE_STRENGTH['type.organization-cue-before']).toBe(tier('name-word'));
  });

  it('lets the later tier decide a conflict, not the order the rules run in', () => {
    // A cue noun before the name (run first) against a first name the lexicon knows (run after): the cue's tier is later.
    expect(tierOf('type.organization-cue-before')).toBeGreaterThan(tierOf('type.known-first-name'));
    const [cue] = extract([doc('Ieri la società Marco ha chiuso il bilancio in attivo.')]).entities;
    expect([cue?.name, cue?.type, cue?.trace]).toStrictEqual([
      'Marco',
      'Organization',
      ['type.organization-cue-before'],
    ]);
    // A person noun before the name (run last) against a town the city list knows (run before): the noun's tier is later.
    expect(tierOf('type.person-noun-before')).toBeGreaterThan(tierOf('type.known-town'));
    const [noun] = extract([doc("Ieri l'imprenditore Lodi ha parlato.")]).entities;
    expect([noun?.name, noun?.type, noun?.trace]).toStrictEqual(['Lodi', 'Person', ['type.person-noun-before']]);
  });
});
