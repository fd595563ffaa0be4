// One statement as a search hit: speaker, cue and speech act, a snippet of the quote around the match,
// then kind and article (and its date when asked), as the search box and the statements finder show it.
import type { StatementView } from '../../contract/api.ts';
import { STATEMENT_KIND_LABELS } from '../consts.ts';
import { articleLabel } from '../core/article/segments.ts';
import { quoteSnippet } from '../core/search/searchResults.ts';
import { ActPill } from './ActPill.tsx';

export function StatementHit({
  statement,
  query,
  context,
  withDate = false,
}: {
  statement: StatementView;
  query: string;
  /** Characters of the quote kept on each side of the match. */
  context: number;
  withDate?: boolean;
}) {
  const [before, match, after] = quoteSnippet(statement.quote, query, context);
  const date = statement.date ?? statement.article.date;
  return (
    <>
      <span className="hit-speaker">
        {statement.speaker?.name ?? statement.speakerText ?? 'Unknown speaker'}
        {statement.cue ? <span className="muted"> {statement.cue}</span> : null}
        <ActPill act={statement.act} />
      </span>
      <q className="hit-quote">
        {before}
        <strong>{match}</strong>
        {after}
      </q>
      <span className="hit-meta">
        {STATEMENT_KIND_LABELS[statement.kind]} · {articleLabel(statement.article)}
        {withDate && date ? ` · ${date}` : ''}
      </span>
    </>
  );
}
