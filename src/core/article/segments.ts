// Cuts an article's text into runs for the reader: each run knows which entity mention
// and which statement cover it, so mentions and quotes can be highlighted and clicked.
// Overlapping spans are allowed (a mention inside a quote); offsets are UTF-16.
import type { ArticleView } from '../../../contract/api.ts';
import { ruleReason } from '../../../contract/rules.ts';

export { articleLabel } from '../../../contract/outlet.ts';

export interface TextRun {
  start: number;
  end: number;
  text: string;
  /** The innermost entity mention covering this run. */
  entityId: string | null;
  /** How that mention reads where it differs from its entity's type (a country acting), with its rule. */
  reading: ArticleView['mentions'][number]['reading'] | null;
  statementId: string | null;
}

export function segmentArticle(
  text: string,
  mentions: ArticleView['mentions'],
  statements: Pick<ArticleView['statements'][number], 'id' | 'start' | 'end'>[],
): TextRun[] {
  const inRange = <T extends { start: number; end: number }>(s: T) =>
    s.start >= 0 && s.end <= text.length && s.start < s.end;
  const ms = mentions.filter(inRange);
  const ss = statements.filter(inRange);
  const cuts = new Set<number>([0, text.length]);
  for (const s of [...ms, ...ss]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!; // i + 1 < points.length
    if (start === end) continue;
    const covering = ms
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const statement = ss.find((s) => s.start <= start && s.end >= end);
    runs.push({
      start,
      end,
      text: text.slice(start, end),
      entityId: covering[0]?.entityId ?? null,
      reading: covering[0]?.reading ?? null,
      statementId: statement?.id ?? null,
    });
  }
  return runs;
}

/**
 * The source sentence split around the quote: [before, quote, after]. Uses the offsets
 * when they fall inside the sentence, else finds the quote's text in it.
 */
export function splitSentence(
  sentence: string,
  sentenceStart: number,
  quote: string,
  start: number,
  end: number,
): [string, string, string] {
  const from = start - sentenceStart;
  const to = end - sentenceStart;
  if (from >= 0 && to <= sentence.length && from < to)
    return [sentence.slice(0, from), sentence.slice(from, to), sentence.slice(to)];
  const at = quote ? sentence.indexOf(quote) : -1;
  if (at >= 0) return [sentence.slice(0, at), quote, sentence.slice(at + quote.length)];
  return [sentence, '', ''];
}

/** What a mention's tooltip says: the entity it opens, and how it reads here where that differs. */
export function mentionTitle(
  name: string,
  type: string,
  reading: ArticleView['mentions'][number]['reading'] | null,
): string {
  const opens = `Open ${name} (${type})`;
  if (!reading) return opens;
  return `Read here as ${reading.type}, not ${type}: ${ruleReason(reading.rule) ?? reading.rule}. ${opens}`;
}
