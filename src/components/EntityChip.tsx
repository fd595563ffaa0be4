import type { EntityType } from '../../contract/graph.ts';
import { TYPE_COLORS } from '../consts.ts';

interface Props {
  entity: { id: string; name: string; type: EntityType };
  onOpen?: (id: string) => void;
}

/** An entity's name with its type colour; a button when it can be opened. */
export function EntityChip({ entity, onOpen }: Props) {
  const dot = (
    <span
      className="type-dot"
      style={{ background: TYPE_COLORS[entity.type] ?? TYPE_COLORS.Other }}
      aria-hidden="true"
    />
  );
  if (!onOpen) {
    return (
      <span className="entity-chip" title={entity.type}>
        {dot}
        {entity.name}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="entity-chip"
      title={`${entity.type}: show ${entity.name}`}
      onClick={() => onOpen(entity.id)}
    >
      {dot}
      {entity.name}
    </button>
  );
}

export function TypeBadge({ type }: { type: EntityType }) {
  return (
    <span className="type-badge" style={{ borderColor: TYPE_COLORS[type], color: TYPE_COLORS[type] }}>
      {type}
    </span>
  );
}
