// The base of what the embedded store keeps in memory for its reads (entityIndex.ts,
// adjacencyIndex.ts): what is kept belongs to one write generation of the store's ReadCache
// (readCache.ts), follows it through the committed batches it applies, and is dropped as soon
// as the store has moved to another generation without it (any other write, a rollback, a
// reset, a close), since it can no longer tell what the store holds.

export abstract class GenerationKept {
  /** The write generation what is kept belongs to. */
  protected generation: number;

  /** `currentGeneration` reads the store's write generation (ReadCache.generation). */
  constructor(private readonly currentGeneration: () => number) {
    this.generation = currentGeneration();
  }

  /** Empties everything kept (loads under way included: their answers are not kept). */
  protected abstract drop(): void;

  /** Whether what is kept belongs to the store's generation; when it does not, it is dropped. */
  protected fresh(): boolean {
    const now = this.currentGeneration();
    if (now === this.generation) return true;
    this.clear(now);
    return false;
  }

  /** Drops everything kept; what is kept next belongs to `generation`. */
  protected clear(generation: number): void {
    this.generation = generation;
    this.drop();
  }

  /**
   * Moves to `generation`, the one a committed batch ended in: true when it is the next one
   * (the caller applies the batch); otherwise a write was missed, everything is dropped and
   * the answer is false.
   */
  protected follow(generation: number): boolean {
    if (generation !== this.generation + 1) {
      this.clear(generation);
      return false;
    }
    this.generation = generation;
    return true;
  }
}
