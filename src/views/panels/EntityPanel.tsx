// Everything known about one entity: identity, roles with evidence, and above all the
// statements it made and the statements made about it, each traced to its sentence.
import { useMemo, useState } from 'react';
import type { EntityDetails, RelationView, StatementView } from '../../../contract/api.ts';
import { explainError, useApi } from '../../api/useApi.ts';
import { EntityChip, TypeBadge } from '../../components/EntityChip.tsx';
import { articleLabel } from '../../core/article/segments.ts';
import { StateMessage } from '../../components/StateMessage.tsx';
import { StatementCard } from '../../components/StatementCard.tsx';
import { STATEMENT_PAGE } from '../../consts.ts';
import { panelGroups, sortStatements, statementsInRange } from '../../core/aggregation/statements.ts';
import { edgeLabel } from '../../core/graph/highlight.ts';
import type { EntityTab } from '../../core/url/urlState.ts';
import { useExplorer } from '../explorer/explorerContext.ts';

type Tab = EntityTab;

function StatementList({
  statements,
  onOpenEntity,
  onOpenArticle,
  empty,
}: {
  statements: StatementView[];
  onOpenEntity: (id: string) => void;
  onOpenArticle: (a: string, s?: string) => void;
  empty: string;
}) {
  const [shown, setShown] = useState(STATEMENT_PAGE);
  if (statements.length === 0) return <p className="empty-note">{empty}</p>;
  return (
    <div className="statement-list">
      {statements.slice(0, shown).map((s) => (
        <StatementCard key={s.id} statement={s} onOpenEntity={onOpenEntity} onOpenArticle={onOpenArticle} />
      ))}
      {statements.length > shown && (
        <button type="button" className="button" onClick={() => setShown(shown + STATEMENT_PAGE)}>
          Show {Math.min(STATEMENT_PAGE, statements.length - shown)} more of {statements.length - shown}
        </button>
      )}
    </div>
  );
}

function RelationItem({
  relation,
  self,
  onOpenEntity,
  onOpenArticle,
}: {
  relation: RelationView;
  self: string;
  onOpenEntity: (id: string) => void;
  onOpenArticle: (a: string, s?: string) => void;
}) {
  const outgoing = relation.source.id === self;
  const other = outgoing ? relation.target : relation.source;
  const name = edgeLabel({ relType: relation.type, weight: 1, kind: 'relation' });
  return (
    <li className="relation-item">
      <div className="relation-head">
        {outgoing ? (
          <>
            <span className="rel-type">{name}</span> <EntityChip entity={other} onOpen={onOpenEntity} />
          </>
        ) : (
          <>
            <EntityChip entity={other} onOpen={onOpenEntity} /> <span className="rel-type">{name}</span>{' '}
            <span className="muted">this entity</span>
          </>
        )}
        {relation.role && <span className="muted"> as “{relation.role}”</span>}
      </div>
      <p className="sentence">{relation.evidence}</p>
      <div className="statement-foot">
        {(relation.date ?? relation.article.date) && <time>{relation.date ?? relation.article.date}</time>}
        <button type="button" className="link" onClick={() => onOpenArticle(relation.articleId)}>
          {articleLabel(relation.article)}
        </button>
      </div>
    </li>
  );
}

function Summary({
  details,
  self,
  onPick,
  direction,
  untargeted = 0,
  onPickUntargeted,
}: {
  details: StatementView[];
  /** The entity of the panel. */
  self: string;
  onPick: (id: string | null) => void;
  direction: 'by' | 'about';
  /** Statements with no detected target (the "Said" side): on no edge, so listed here. */
  untargeted?: number;
  onPickUntargeted?: () => void;
}) {
  const groups = useMemo(() => panelGroups(details, self, direction), [details, self, direction]);
  if (groups.length === 0 && untargeted === 0) return null;
  return (
    <div className="spoke-summary">
      <span className="muted">{direction === 'by' ? 'About:' : 'By:'}</span>
      {groups.slice(0, 12).map((g) => {
        const id = direction === 'by' ? g.targetId : g.speakerId;
        const name = direction === 'by' ? g.targetName : g.speakerName;
        return (
          <button
            key={`${g.speakerId}->${g.targetId}`}
            type="button"
            className="pill"
            onClick={() => onPick(id)}
            title={`${g.weight} statement(s)`}
          >
            {name} <span className="count">{g.weight}</span>
          </button>
        );
      })}
      {untargeted > 0 && onPickUntargeted && (
        <button
          type="button"
          className="pill"
          data-no-target
          onClick={onPickUntargeted}
          title={`${untargeted} statement(s) with no detected target`}
        >
          no target <span className="count">{untargeted}</span>
        </button>
      )}
    </div>
  );
}

/** The selected entity's panel; everything else it shows and does comes from the explorer. */
export function EntityPanel({ entityId }: { entityId: string }) {
  const { client, graph, state, view, actions } = useExplorer();
  const dateRange = { from: view.filters.from, to: view.filters.to };
  const inGraph = graph.hasNode(entityId);
  const expansion = state.expansions[entityId] ?? null;
  const loadingExpansion = state.expanding === entityId;
  const openEntity = (id: string) => void actions.openEntity(id);
  const { openArticle } = actions;
  const [remote, retry] = useApi<EntityDetails>((signal) => client.entity(entityId, signal), [client, entityId]);
  // The tab and the chip chosen are the view's (the link reproduces them); another entity
  // opens on its first tab (viewReducer's select).
  const { tab, counterpart, untargeted: untargetedOnly } = view.entityPanel;
  const setTab = (next: Tab) => actions.setEntityPanel({ tab: next, counterpart: null, untargeted: false });
  const pickCounterpart = (id: string | null) => actions.setEntityPanel({ tab, counterpart: id, untargeted: false });
  const pickUntargeted = () => actions.setEntityPanel({ tab, counterpart: null, untargeted: true });

  const details = remote?.status === 'ok' ? remote.data : null;
  const by = useMemo(
    () => (details ? sortStatements(statementsInRange(details.statementsBy, dateRange.from, dateRange.to)) : []),
    [details, dateRange.from, dateRange.to],
  );
  const about = useMemo(
    () => (details ? sortStatements(statementsInRange(details.statementsAbout, dateRange.from, dateRange.to)) : []),
    [details, dateRange.from, dateRange.to],
  );

  if (!remote || remote.status === 'loading') {
    return (
      <section className="panel detail-panel" aria-label="Entity">
        <StateMessage kind="loading" title="Loading entity…" />
      </section>
    );
  }
  if (remote.status === 'error') {
    return (
      <section className="panel detail-panel" aria-label="Entity">
        <StateMessage kind="error" title="This entity could not be loaded" onRetry={retry}>
          <p>{explainError(remote.error)}</p>
        </StateMessage>
      </section>
    );
  }
  const { entity, relations, articles } = remote.data;
  const outsideRange =
    remote.data.statementsBy.length - by.length + (remote.data.statementsAbout.length - about.length);
  const untargeted = by.filter((s) => s.about.length === 0);
  const byShown =
    tab !== 'by'
      ? by
      : untargetedOnly
        ? untargeted
        : counterpart
          ? by.filter((s) => s.about.some((a) => a.id === counterpart))
          : by;
  const aboutShown = tab === 'about' && counterpart ? about.filter((s) => s.speaker?.id === counterpart) : about;
  const tabs: { id: Tab; label: string; count: number }[] = [
    { id: 'by', label: 'Said', count: by.length },
    { id: 'about', label: 'Said about', count: about.length },
    { id: 'relations', label: 'Roles & links', count: relations.length },
    { id: 'articles', label: 'Articles', count: articles.length },
  ];

  return (
    <section
      className="panel detail-panel entity-panel"
      aria-labelledby="entity-title"
      tabIndex={-1}
      data-entity-id={entity.id}
    >
      <header className="detail-head">
        <div className="detail-title-row">
          <h2 id="entity-title">{entity.name}</h2>
          <button
            type="button"
            className="icon-button"
            onClick={() => actions.select(null)}
            aria-label="Close panel"
            title="Close (Esc)"
          >
            ×
          </button>
        </div>
        <div className="detail-meta">
          <TypeBadge type={entity.type} />
          <span>
            {entity.mentions} mentions in {entity.articles} {entity.articles === 1 ? 'article' : 'articles'}
          </span>
          {untargeted.length > 0 && (
            <span data-said-no-target={untargeted.length}>{untargeted.length} said, no target</span>
          )}
        </div>
        {entity.aliases.length > 0 && (
          <p className="aliases">
            <span className="muted">Also written:</span> {entity.aliases.join(', ')}
          </p>
        )}
        <div className="actions">
          {!expansion ? (
            <button
              type="button"
              className="button primary"
              onClick={() => void actions.expand(entityId)}
              disabled={loadingExpansion}
              title="Add its neighbours to the graph (or double-click the node)"
            >
              {loadingExpansion ? 'Expanding…' : 'Expand neighbours'}
            </button>
          ) : (
            <>
              {expansion.truncated && (
                <button
                  type="button"
                  className="button"
                  onClick={() => void actions.showMoreNeighbours(entityId)}
                  disabled={loadingExpansion}
                >
                  {loadingExpansion ? 'Loading…' : `Show more (${expansion.shown} of ${expansion.total})`}
                </button>
              )}
              <button type="button" className="button" onClick={() => actions.collapse(entityId)}>
                Collapse
              </button>
            </>
          )}
          {inGraph && (
            <>
              <button type="button" className="button" onClick={() => actions.focus(entityId)}>
                Center
              </button>
              <button type="button" className="button" onClick={() => actions.hideNode(entityId)}>
                Hide
              </button>
            </>
          )}
        </div>
        {outsideRange > 0 && (
          <p className="hint">{outsideRange} statement(s) outside the date filter are not listed.</p>
        )}
      </header>

      <div className="tabs" role="tablist" aria-label="Entity details">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className={tab === t.id ? 'tab active' : 'tab'}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const i = tabs.findIndex((x) => x.id === tab);
              const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
              if (!next) return;
              setTab(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {t.label} <span className="count">{t.count}</span>
          </button>
        ))}
      </div>

      <div className="tab-body" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'by' && (
          <>
            <Summary
              details={by}
              self={entityId}
              direction="by"
              onPick={pickCounterpart}
              untargeted={untargeted.length}
              onPickUntargeted={pickUntargeted}
            />
            {(counterpart || untargetedOnly) && (
              <button type="button" className="link" onClick={() => pickCounterpart(null)}>
                Show all {by.length} statements
              </button>
            )}
            <StatementList
              statements={byShown}
              onOpenEntity={openEntity}
              onOpenArticle={openArticle}
              empty="No statements by this entity."
            />
          </>
        )}
        {tab === 'about' && (
          <>
            <Summary details={about} self={entityId} direction="about" onPick={pickCounterpart} />
            {counterpart && (
              <button type="button" className="link" onClick={() => pickCounterpart(null)}>
                Show all {about.length} statements
              </button>
            )}
            <StatementList
              statements={aboutShown}
              onOpenEntity={openEntity}
              onOpenArticle={openArticle}
              empty="No statements about this entity."
            />
          </>
        )}
        {tab === 'relations' &&
          (relations.length === 0 ? (
            <p className="empty-note">No roles or links found.</p>
          ) : (
            <ul className="relation-list">
              {relations.map((r) => (
                <RelationItem
                  key={r.id}
                  relation={r}
                  self={entity.id}
                  onOpenEntity={openEntity}
                  onOpenArticle={openArticle}
                />
              ))}
            </ul>
          ))}
        {tab === 'articles' &&
          (articles.length === 0 ? (
            <p className="empty-note">No articles.</p>
          ) : (
            <ul className="article-list">
              {articles.map((a) => (
                <li key={a.id}>
                  <button type="button" className="link" onClick={() => openArticle(a.id)}>
                    {articleLabel(a)}
                  </button>
                  {a.date && <span className="muted"> · {a.date}</span>}
                </li>
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}
