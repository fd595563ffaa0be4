// One statement with its evidence: who, the quote, the cue and speech act, about whom, when, in which
// article, and the source sentence with the quote highlighted.
import type { StatementView } from '../../contract/api.ts';
import { STATEMENT_KIND_LABELS } from '../consts.ts';
import { articleLabel, splitSentence } from '../core/article/segments.ts';
import { whyOf } from '../core/provenance/why.ts';
import { ActPill } from './ActPill.tsx';
import { EntityChip } from './EntityChip.tsx';

interface Props {
  statement: StatementView;
  onOpenEntity: (id: string) => void;
  onOpenArticle: (articleId: string, statementId: string) => void;
}

export function StatementCard({ statement, onOpenEntity, onOpenArticle }: Props) {
  const [before, quote, after] = splitSentence(
    statement.sentence,
    statement.sentenceStart,
    statement.quote,
    statement.start,
    statement.end,
  );
  const date = statement.date ?? statement.article.date;
  const why = whyOf(statement.trace);
  return (
    <article className="statement-card" data-statement-id={statement.id}>
      <header className="statement-head">
        {statement.speaker ? (
          <EntityChip entity={statement.speaker} onOpen={onOpenEntity} />
        ) : (
          <span className="muted">{statement.speakerText ?? 'Unknown speaker'}</span>
        )}
        {statement.cue && <span className="cue">{statement.cue}</span>}
        <ActPill act={statement.act} />
        {statement.about.length > 0 && (
          <span className="about">
            <span className="muted">about</span>
            {statement.about.map((target) => (
              <EntityChip key={target.id} entity={target} onOpen={onOpenEntity} />
            ))}
          </span>
        )}
      </header>
      <blockquote className="quote">«{statement.quote}»</blockquote>
      <p className="sentence" title="Source sentence">
        {before}
        {quote && <mark>{quote}</mark>}
        {after}
      </p>
      {statement.trace.length > 0 && (
        <details className="why">
          <summary>Why?</summary>
          <dl>
            <dt>Found as</dt>
            {why.found.map((reason) => (
              <dd key={reason}>{reason}</dd>
            ))}
            {why.speaker.length > 0 && <dt>Speaker</dt>}
            {why.speaker.map((reason) => (
              <dd key={reason}>{reason}</dd>
            ))}
          </dl>
        </details>
      )}
      <footer className="statement-foot">
        <span className="kind">{STATEMENT_KIND_LABELS[statement.kind]}</span>
        {date && <time dateTime={date}>{date}</time>}
        <button
          type="button"
          className="link"
          onClick={() => onOpenArticle(statement.articleId, statement.id)}
          title="Open the article at this statement"
        >
          {articleLabel(statement.article)}
        </button>
      </footer>
    </article>
  );
}
