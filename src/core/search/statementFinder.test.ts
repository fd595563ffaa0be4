import { describe, expect, it } from 'vitest';
import { isStatementKind, STATEMENT_KINDS_SHOWN, toggleKind } from './statementFinder.ts';

describe('statement finder kinds', () => {
  it('lists every kind once, in the order the page shows them', () => {
    expect(STATEMENT_KINDS_SHOWN).toStrictEqual(['direct', 'partial', 'indirect']);
    expect(['direct', 'denial', 'indirect', ''].filter(isStatementKind)).toStrictEqual(['direct', 'indirect']);
  });

  it('switches a kind on or off, keeping the canonical order', () => {
    expect(toggleKind([], 'indirect')).toStrictEqual(['indirect']);
    expect(toggleKind(['indirect'], 'direct')).toStrictEqual(['direct', 'indirect']);
    expect(toggleKind(['direct', 'indirect'], 'direct')).toStrictEqual(['indirect']);
  });
});
