// Aggregations of statements: who spoke about whom, how often, when. The same rule
// the API uses for "spoke about" edges (speaker → each target, weight = statements),
// applied to a list already in the browser (an entity's panel, an article's statements).
import type { StatementView } from '../../../contract/api.ts';
import { compareDates } from '../filters/filters.ts';

export interface SpokeAboutGroup {
  speakerId: string;
  speakerName: string;
  targetId: string;
  targetName: string;
  weight: number;
  statementIds: string[];
  firstDate: string | null;
  lastDate: string | null;
}

const statementDate = (s: StatementView): string | null => s.date ?? s.article.date;

/** Groups statements into speaker → target pairs, heaviest first, then by target name. */
export function aggregateSpokeAbout(statements: StatementView[]): SpokeAboutGroup[] {
  const groups = new Map<string, SpokeAboutGroup>();
  for (const s of statements) {
    if (!s.speaker) continue;
    for (const target of s.about) {
      if (target.id === s.speaker.id) continue;
      const key = `${s.speaker.id}->${target.id}`;
      let g = groups.get(key);
      if (!g) {
        g = {
          speakerId: s.speaker.id,
          speakerName: s.speaker.name,
          targetId: target.id,
          targetName: target.name,
          weight: 0,
          statementIds: [],
          firstDate: null,
          lastDate: null,
        };
        groups.set(key, g);
      }
      if (g.statementIds.includes(s.id)) continue;
      g.weight++;
      g.statementIds.push(s.id);
      const d = statementDate(s);
      if (d) {
        if (
          !g.firstDate ||
          compareDates(d, g.firstDate) < 0 ||
          (compareDates(d, g.firstDate) === 0 && d.length < g.firstDate.length)
        )
          g.firstDate = d;
        if (
          !g.lastDate ||
          compareDates(d, g.lastDate) > 0 ||
          (compareDates(d, g.lastDate) === 0 && d.length > g.lastDate.length)
        )
          g.lastDate = d;
      }
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.weight - a.weight || a.targetName.localeCompare(b.targetName) || a.speakerName.localeCompare(b.speakerName),
  );
}

/**
 * The chips of an entity's panel: on "Said", whom the entity spoke about; on "Said about",
 * who spoke about the entity. A statement about the entity and others counts once, for its
 * speaker, not once per other target.
 */
export function panelGroups(statements: StatementView[], self: string, direction: 'by' | 'about'): SpokeAboutGroup[] {
  return aggregateSpokeAbout(statements).filter((group) =>
    direction === 'by' ? group.speakerId === self : group.targetId === self,
  );
}

/** Statements in reading order: newest first, then by position in the article. */
export function sortStatements(statements: StatementView[]): StatementView[] {
  return [...statements].sort((a, b) => {
    const da = statementDate(a) ?? '';
    const db = statementDate(b) ?? '';
    if (da !== db) return da < db ? 1 : -1;
    if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
    return a.start - b.start;
  });
}

/** Keeps statements whose date falls in an inclusive, possibly partial, range. */
export function statementsInRange(
  statements: StatementView[],
  from: string | null,
  to: string | null,
): StatementView[] {
  if (!from && !to) return statements;
  return statements.filter((s) => {
    const d = statementDate(s);
    if (!d) return false;
    if (from && compareDates(d, from) < 0) return false;
    if (to && compareDates(d, to) > 0) return false;
    return true;
  });
}
