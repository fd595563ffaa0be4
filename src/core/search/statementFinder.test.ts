import { describe, expect, it } from 'vitest';
import { isSpeechAct, isStatementKind, STATEMENT_KINDS_SHOWN, toggleAct, toggleKind } from './statementFinder.ts';

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

describe('statement finder acts', () => {
  it('knows the speech acts and nothing else', () => {
    expect(['denial', 'direct', 'praise', 'Denial', ''].filter(isSpeechAct)).toStrictEqual(['denial', 'praise']);
  });

  it('switches an act on or off, keeping the canonical order', () => {
    expect(toggleAct([], 'warning')).toStrictEqual(['warning']);
    expect(toggleAct(['warning'], 'claim')).toStrictEqual(['claim', 'warning']);
    expect(toggleAct(['claim', 'denial', 'warning'], 'denial')).toStrictEqual(['claim', 'warning']);
  });
});
