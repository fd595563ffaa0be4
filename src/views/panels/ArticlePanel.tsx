// The article reader: the text with entity mentions and statements highlighted. A click
// on a mention opens that entity; a click on a statement opens its speaker. A mention that
// reads otherwise than its entity ("la Russia ha votato": the Place acting, an Organization)
// is underlined in the colour of its reading, dashed, and says so with the rule's reason.
import { useEffect, useMemo, useRef } from 'react';
import type { ArticleView } from '../../../contract/api.ts';
import { explainError, useApi } from '../../api/useApi.ts';
import { StateMessage } from '../../components/StateMessage.tsx';
import { TYPE_COLORS } from '../../consts.ts';
import { articleLink } from '../../core/article/link.ts';
import { articleLabel, mentionTitle, segmentArticle } from '../../core/article/segments.ts';
import { useExplorer } from '../explorer/explorerContext.ts';

export function ArticlePanel({ articleId }: { articleId: string }) {
  const { client, state, actions } = useExplorer();
  /** The statement the reader opens at. */
  const focusStatement = state.readingFocus;
  const close = actions.closeArticle;
  const openEntity = (id: string) => void actions.openEntity(id);
  const [remote, retry] = useApi<ArticleView>((signal) => client.article(articleId, signal), [client, articleId]);
  const body = useRef<HTMLDivElement>(null);
  const article = remote?.status === 'ok' ? remote.data : null;
  const runs = useMemo(
    () => (article ? segmentArticle(article.text, article.mentions, article.statements) : []),
    [article],
  );
  const speakers = useMemo(() => new Map(article?.statements.map((s) => [s.id, s.speakerId]) ?? []), [article]);
  const link = useMemo(() => (article?.url ? articleLink(article.url) : null), [article]);
  const types = useMemo(() => new Map(article?.mentions.map((m) => [m.entityId, m.type]) ?? []), [article]);
  const names = useMemo(() => new Map(article?.mentions.map((m) => [m.entityId, m.name]) ?? []), [article]);

  useEffect(() => {
    if (!article || !body.current) return;
    const target = focusStatement
      ? body.current.querySelector(`[data-statement-id="${CSS.escape(focusStatement)}"]`)
      : null;
    if (target) target.scrollIntoView({ block: 'center' });
    else body.current.scrollTop = 0;
  }, [article, focusStatement]);

  return (
    <section
      className="panel detail-panel article-panel"
      aria-labelledby="article-title"
      tabIndex={-1}
      data-article-id={articleId}
    >
      <header className="detail-head">
        <div className="detail-title-row">
          <h2 id="article-title">{article ? articleLabel(article) : 'Article'}</h2>
          <button
            type="button"
            className="icon-button"
            onClick={close}
            aria-label="Close the article"
            title="Close (Esc)"
          >
            ×
          </button>
        </div>
        {article && (
          <div className="detail-meta">
            {article.date && <time>{article.date}</time>}
            {link ? (
              <a href={link.href} target="_blank" rel="noreferrer noopener">
                {link.host}
              </a>
            ) : (
              <span className="muted article-url">{article.url || article.source}</span>
            )}
            <span>
              {article.mentions.length} mentions · {article.statements.length} statements
            </span>
          </div>
        )}
        <p className="hint">
          <span className="legend-mention">Names</span> open the entity; <mark className="stmt">quotes</mark> open their
          speaker.
          {article?.mentions.some((mention) => mention.reading) && (
            <>
              {' '}
              A <span className="legend-mention reread">dashed</span> name reads otherwise here (a country acting as its
              government): hover it for why.
            </>
          )}
        </p>
      </header>
      <div className="article-body" ref={body} tabIndex={0} aria-label="Article text">
        {(!remote || remote.status === 'loading') && <StateMessage kind="loading" title="Loading the article…" />}
        {remote?.status === 'error' && (
          <StateMessage kind="error" title="The article could not be loaded" onRetry={retry}>
            <p>{explainError(remote.error)}</p>
          </StateMessage>
        )}
        {article && (
          <p className="article-text">
            {runs.map((run) => {
              const stmtClass = run.statementId ? (run.statementId === focusStatement ? 'stmt focus' : 'stmt') : '';
              const type = run.entityId ? (types.get(run.entityId) ?? 'Other') : 'Other';
              const content = run.entityId ? (
                <button
                  type="button"
                  className={run.reading ? 'mention reread' : 'mention'}
                  style={{ borderBottomColor: TYPE_COLORS[run.reading?.type ?? type] }}
                  data-reading={run.reading?.type}
                  title={mentionTitle(names.get(run.entityId) ?? run.text, type, run.reading)}
                  onClick={() => openEntity(run.entityId as string)}
                >
                  {run.text}
                </button>
              ) : (
                run.text
              );
              if (!run.statementId) return <span key={run.start}>{content}</span>;
              const speaker = speakers.get(run.statementId) ?? null;
              return (
                <mark
                  key={run.start}
                  className={stmtClass}
                  data-statement-id={run.statementId}
                  title={speaker ? 'Statement: click to open its speaker' : 'Statement'}
                  onClick={(e) => {
                    if (speaker && !(e.target as HTMLElement).closest('button')) openEntity(speaker);
                  }}
                >
                  {content}
                </mark>
              );
            })}
          </p>
        )}
      </div>
    </section>
  );
}
