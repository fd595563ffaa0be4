// What one batch does to the entities it touches: which it names (in the order first
// met, so the rows are stable) and what it adds to the counters kept on each. The row
// planners (mentions.ts, statements.ts, relations.ts) fill one tally per batch.

import type { ExtractedEntity } from '../../contract/extraction.ts';
import type { Row } from '../store.ts';

export interface EntityCounts {
  mentions: number;
  articles: number;
  statementsBy: number;
  statementsAbout: number;
}

function noCounts(): EntityCounts {
  return { mentions: 0, articles: 0, statementsBy: 0, statementsAbout: 0 };
}

export class BatchTally {
  /** Entities of the result the batch writes: those it names, after `first`. */
  readonly entityIds: Set<string>;
  private readonly touched = new Set<string>();
  private readonly counters = new Map<string, EntityCounts>();

  constructor(
    private readonly entitiesById: ReadonlyMap<string, ExtractedEntity>,
    first: readonly string[],
  ) {
    this.entityIds = new Set(first);
  }

  /** The batch names `id`: its counters are written, and its entity when the result has it. */
  use(id: string | null | undefined): void {
    if (!id) return;
    this.touched.add(id);
    if (this.entitiesById.has(id)) this.entityIds.add(id);
  }

  /** What the batch adds to the counters of `id`, to add to. */
  count(id: string): EntityCounts {
    let counter = this.counters.get(id);
    if (!counter) {
      counter = noCounts();
      this.counters.set(id, counter);
    }
    return counter;
  }

  /** {id, mentions, articles, statementsBy, statementsAbout} of every entity touched or written. */
  counterRows(): Row[] {
    return [...new Set([...this.touched, ...this.entityIds])].map((id) => ({
      id,
      ...(this.counters.get(id) ?? noCounts()),
    }));
  }
}
