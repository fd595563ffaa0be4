// Rules switched off for one extraction run (`disabledRules`, extract/extractor.ts), so that a test or a reader can
// see what one rule does by running the extractor without it. What disabling a rule means:
// - a typing rule of TYPE_PRECEDENCE (contract/rules.ts) never sets a type: the next rule in precedence that holds
//   decides, as if the disabled one had not matched. The rules mention detection types a candidate with as it builds
//   it (MENTION_TYPING_RULES) cannot be disabled: a mention has no type without one of them;
// - a statement, speaker or act rule: a statement whose trace would hold it is not produced. It is dropped where it is
//   made, so that a later rule may find the same words and a statement after it does not go on from it; one whose
//   rule is added later (a quote chain, a trailing source, its act) is dropped at the end of the stage. A disabled
//   speaker rule drops the statement, it does not leave it without a speaker;
// - a relation rule: a relation whose trace would hold it is not produced;
// - an event rule: its events and the relations they give are not produced (the entity its noun names stays).
// The other rules (coreference's and cross-document decisions, the readings of a mention, mention detection's) cannot
// be disabled, and an id the registry does not know is an error; both errors say where the ids are.
import {
  ACT_RULES,
  EVENT_RULES,
  MENTION_TYPING_RULES,
  RELATION_RULES,
  ruleReason,
  SPEAKER_RULES,
  STATEMENT_RULES,
  type TypingRuleId,
} from '../../contract/rules.ts';
import { isTypingRule, RULE_STRENGTH } from '../stages/typingPrecedence.ts';

export interface RuleSwitches {
  /** The disabled rule ids. */
  readonly disabled: ReadonlySet<string>;
  /** The typing rules' strengths, a disabled one at -Infinity: it never outweighs a type, nor ties with one. */
  readonly strength: Readonly<Record<TypingRuleId, number>>;
}

/** Where a reader finds the rule ids, for the errors below. */
const WHERE_IDS =
  'rule ids are the keys of the registries in contract/rules.ts (ruleIds() lists them all), and `newsgraph extract --explain` prints the rules of each statement and relation';

/** Thrown for a rule id that the registry does not know, or that cannot be disabled; the message says where ids are. */
export class RuleSwitchError extends Error {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
    this.name = 'RuleSwitchError';
  }
}

const mentionTyping = new Set<string>(MENTION_TYPING_RULES);

/** Whether disabling `id` is supported (see above). */
export function canDisable(id: string): boolean {
  return (
    Object.hasOwn(STATEMENT_RULES, id) ||
    Object.hasOwn(SPEAKER_RULES, id) ||
    Object.hasOwn(ACT_RULES, id) ||
    Object.hasOwn(RELATION_RULES, id) ||
    Object.hasOwn(EVENT_RULES, id) ||
    (isTypingRule(id) && !mentionTyping.has(id))
  );
}

/**
 * The switches of one run, or null when no rule is disabled (then every stage runs as it does without the option:
 * this is the one check a run makes). Throws RuleSwitchError for an unknown id or one that cannot be disabled.
 */
export function ruleSwitches(ids: Iterable<string> | undefined): RuleSwitches | null {
  if (ids === undefined) return null;
  const disabled = new Set(ids);
  if (disabled.size === 0) return null;
  for (const id of disabled) {
    if (ruleReason(id) === null) throw new RuleSwitchError(id, `unknown rule id "${id}": ${WHERE_IDS}`);
    if (!canDisable(id))
      throw new RuleSwitchError(
        id,
        `rule "${id}" cannot be disabled: only statement, speaker, act, relation and event rules and the typing rules of TYPE_PRECEDENCE outside MENTION_TYPING_RULES can (${WHERE_IDS})`,
      );
  }
  const strength: Record<TypingRuleId, number> = { ...RULE_STRENGTH };
  for (const id of disabled) if (isTypingRule(id)) strength[id] = -Infinity;
  return { disabled, strength };
}

/** Whether a trace holds a disabled rule. */
export function holdsDisabled(trace: readonly string[], disabled: ReadonlySet<string>): boolean {
  for (const id of trace) if (disabled.has(id)) return true;
  return false;
}
