// Lookups of the typing precedence, TYPE_PRECEDENCE in contract/rules.ts (an ordered list of named tiers, weakest
// first, each with the rules in it), computed once when the module loads.
import { TYPE_PRECEDENCE, type TypeTier, type TypingRuleId } from '../../contract/rules.ts';

const TIER_WEIGHT = new Map<string, number>(TYPE_PRECEDENCE.map((t) => [t.tier, t.weight]));

/** The weight (a mention's `strength`) of a named tier: for comparisons such as `m.strength <= tier('bare-name')`. */
export function tier(name: TypeTier): number {
  return TIER_WEIGHT.get(name) as number;
}

/** Each typing rule's strength, from its tier, computed once. */
export const RULE_STRENGTH: Readonly<Record<TypingRuleId, number>> = Object.fromEntries(
  TYPE_PRECEDENCE.flatMap((t) => t.rules.map((rule) => [rule, t.weight])),
) as Record<TypingRuleId, number>;

/** Whether `id` is a rule placed in the typing precedence. */
export function isTypingRule(id: string): id is TypingRuleId {
  return Object.hasOwn(RULE_STRENGTH, id);
}
