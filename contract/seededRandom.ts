// A deterministic generator (mulberry32) for everything that draws from a seed: the part-of-speech trainer's
// sentence order, the generated bench corpus, the explorer's placements and layouts. Here, on the ground floor,
// so that the extractor, the explorer and the benches share one without importing one another; a change to it
// changes the trained model and every generated corpus.

/** Numbers in [0, 1), the same sequence for the same seed on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
