// The evidence behind one link: every statement behind a "spoke about" edge, the
// sentences behind a relation, the shared articles behind a co-mention.
import type { ArticleSummary, RelationView, StatementView } from '../../../contract/api.ts';
import type { ApiClient } from '../../api/client.ts';
import type { EdgeInfo } from '../../core/explorer/derived.ts';
import { explainError, useApi } from '../../api/useApi.ts';
import { EntityChip } from '../../components/EntityChip.tsx';
import { articleLabel } from '../../core/article/segments.ts';
import { whyOf } from '../../core/provenance/why.ts';
import { StateMessage } from '../../components/StateMessage.tsx';
import { StatementCard } from '../../components/StatementCard.tsx';
import { EDGE_COLORS, EDGE_KIND_LABELS } from '../../consts.ts';
import { sortStatements } from '../../core/aggregation/statements.ts';
import { edgeLabel } from '../../core/graph/highlight.ts';
import { useExplorer } from '../explorer/explorerContext.ts';

type Evidence =
  | { kind: 'statements'; statements: StatementView[] }
  | { kind: 'relations'; relations: RelationView[] }
  | { kind: 'articles'; articles: ArticleSummary[] };

async function loadEvidence(client: ApiClient, edge: EdgeInfo, signal: AbortSignal): Promise<Evidence> {
  const { kind, evidenceIds, relType } = edge.attributes;
  if (kind === 'spoke_about') {
    const { statements } = await client.statements(
      { speaker: edge.source.id, about: edge.target.id, limit: 500 },
      signal,
    );
    const wanted = new Set(evidenceIds);
    const behind = wanted.size ? statements.filter((s) => wanted.has(s.id)) : statements;
    return { kind: 'statements', statements: sortStatements(behind.length ? behind : statements) };
  }
  if (kind === 'relation') {
    const details = await client.entity(edge.source.id, signal);
    const wanted = new Set(evidenceIds);
    const relations = details.relations.filter(
      (r) =>
        r.type === relType &&
        r.source.id === edge.source.id &&
        r.target.id === edge.target.id &&
        (wanted.size === 0 || wanted.has(r.id)),
    );
    return { kind: 'relations', relations };
  }
  const [a, b] = await Promise.all([client.entity(edge.source.id, signal), client.entity(edge.target.id, signal)]);
  const other = new Set(b.articles.map((x) => x.id));
  return { kind: 'articles', articles: a.articles.filter((x) => other.has(x.id)) };
}

export function EdgePanel({ edge }: { edge: EdgeInfo }) {
  const { client, actions } = useExplorer();
  const close = () => actions.select(null);
  const openEntity = (id: string) => void actions.openEntity(id);
  const { openArticle } = actions;
  const [remote, retry] = useApi<Evidence>((signal) => loadEvidence(client, edge, signal), [client, edge.id]);
  const a = edge.attributes;
  const source = { id: edge.source.id, name: edge.source.label, type: edge.source.entityType };
  const target = { id: edge.target.id, name: edge.target.label, type: edge.target.entityType };
  return (
    <section
      className="panel detail-panel edge-panel"
      aria-labelledby="edge-title"
      tabIndex={-1}
      data-edge-id={edge.id}
    >
      <header className="detail-head">
        <div className="detail-title-row">
          <h2 id="edge-title" className="edge-title">
            <EntityChip entity={source} onOpen={openEntity} />
            <span className="edge-arrow" style={{ color: EDGE_COLORS[a.kind] }}>
              {a.kind === 'comention' ? '—' : '→'} {edgeLabel({ ...a, weight: 1 })} {a.kind === 'comention' ? '—' : '→'}
            </span>
            <EntityChip entity={target} onOpen={openEntity} />
          </h2>
          <button type="button" className="icon-button" onClick={close} aria-label="Close panel" title="Close (Esc)">
            ×
          </button>
        </div>
        <div className="detail-meta">
          <span>{EDGE_KIND_LABELS[a.kind]}</span>
          <span>
            weight {a.weight}
            {a.firstDate && ` · ${a.firstDate}${a.lastDate && a.lastDate !== a.firstDate ? ` → ${a.lastDate}` : ''}`}
          </span>
        </div>
      </header>
      <div className="tab-body">
        {(!remote || remote.status === 'loading') && <StateMessage kind="loading" title="Loading the evidence…" />}
        {remote?.status === 'error' && (
          <StateMessage kind="error" title="The evidence could not be loaded" onRetry={retry}>
            <p>{explainError(remote.error)}</p>
          </StateMessage>
        )}
        {remote?.status === 'ok' && remote.data.kind === 'statements' && (
          <>
            <p className="hint">
              {remote.data.statements.length} {remote.data.statements.length === 1 ? 'statement' : 'statements'} by{' '}
              {source.name} about {target.name}
            </p>
            {remote.data.statements.length === 0 && <p className="empty-note">No statement found behind this link.</p>}
            <div className="statement-list">
              {remote.data.statements.map((s) => (
                <StatementCard key={s.id} statement={s} onOpenEntity={openEntity} onOpenArticle={openArticle} />
              ))}
            </div>
          </>
        )}
        {remote?.status === 'ok' && remote.data.kind === 'relations' && (
          <>
            {remote.data.relations.length === 0 && (
              <p className="empty-note">No evidence sentence found for this relation.</p>
            )}
            <ul className="relation-list">
              {remote.data.relations.map((r) => (
                <li key={r.id} className="relation-item">
                  {r.role && <div className="muted">as “{r.role}”</div>}
                  <p className="sentence">{r.evidence}</p>
                  {r.trace.length > 0 && (
                    <details className="why">
                      <summary>Why?</summary>
                      <dl>
                        <dt>Found as</dt>
                        {whyOf(r.trace).found.map((reason) => (
                          <dd key={reason}>{reason}</dd>
                        ))}
                      </dl>
                    </details>
                  )}
                  <div className="statement-foot">
                    {(r.date ?? r.article.date) && <time>{r.date ?? r.article.date}</time>}
                    <button type="button" className="link" onClick={() => openArticle(r.articleId)}>
                      {articleLabel(r.article)}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
        {remote?.status === 'ok' && remote.data.kind === 'articles' && (
          <>
            <p className="hint">Articles mentioning both:</p>
            {remote.data.articles.length === 0 && <p className="empty-note">No shared article found.</p>}
            <ul className="article-list">
              {remote.data.articles.map((x) => (
                <li key={x.id}>
                  <button type="button" className="link" onClick={() => openArticle(x.id)}>
                    {articleLabel(x)}
                  </button>
                  {x.date && <span className="muted"> · {x.date}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
