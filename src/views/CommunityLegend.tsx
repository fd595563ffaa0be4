// The legend of the "colour by community" view, over the graph under the toolbar: the largest
// communities by their most connected person (or entity), with how many of the drawn nodes each holds;
// clicking a line selects that member.
import { COMMUNITY_REST_COLOR } from '../consts.ts';
import { useExplorer } from './explorer/explorerContext.ts';
import { useCommunities } from './explorer/useCommunityColouring.ts';

export function CommunityLegend() {
  const { actions } = useExplorer();
  const { colouring, updating } = useCommunities();
  if (!colouring && !updating) return null;
  const entries = colouring?.entries ?? [];
  const rest = colouring?.rest ?? null;
  return (
    <section
      className="community-legend"
      aria-label="Communities"
      aria-busy={updating}
      data-community-legend
      data-updating={updating || undefined}
    >
      <h3>Communities</h3>
      {updating && <p className="muted">{colouring ? 'Updating…' : 'Finding communities…'}</p>}
      {colouring && entries.length === 0 && <p className="muted">No two drawn entities are linked.</p>}
      <ul>
        {entries.map((entry) => (
          <li key={entry.leader} data-community-entry data-color={entry.color} data-count={entry.count}>
            <span className="type-dot" style={{ background: entry.color }} aria-hidden="true" />
            <button
              type="button"
              className="link"
              onClick={() => actions.select({ kind: 'node', id: entry.leader })}
              title="Select the entity this community is named after"
            >
              {entry.label}
            </button>{' '}
            <span className="muted">({entry.count})</span>
          </li>
        ))}
        {rest && (
          <li data-community-rest data-count={rest.nodes}>
            <span className="type-dot" style={{ background: COMMUNITY_REST_COLOR }} aria-hidden="true" />
            {rest.communities} smaller {rest.communities === 1 ? 'group' : 'groups'}{' '}
            <span className="muted">({rest.nodes})</span>
          </li>
        )}
      </ul>
    </section>
  );
}
