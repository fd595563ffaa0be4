// Canary for the sigma internals the explorer's renderer touches: every private member it
// lists must still be a private member of sigma's Sigma class (its declarations, and the
// prototype for the methods it replaces), and the renderer must touch no member it does
// not list. Upgrading sigma past a rename fails here, not in a browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SIGMA_PRIVATE_MEMBERS, SIGMA_REPLACED_METHODS } from './sigmaInternals.ts';

const require = createRequire(import.meta.url);
const SIGMA_ROOT = path.dirname(require.resolve('sigma/package.json'));
const declarations = readFileSync(path.join(SIGMA_ROOT, 'dist/declarations/src/sigma.d.ts'), 'utf8');
/** The renderer, its label layer and its sliced indexing: the files that reach into sigma. */
const rendererSource = ['explorerRenderer.ts', 'labelLayer.ts', 'slicedIndexing.ts']
  .map((file) => readFileSync(path.join(import.meta.dirname, file), 'utf8'))
  .join('\n');

/** Names declared `private` in sigma's Sigma class. */
const sigmaPrivates = new Set([...declarations.matchAll(/^\s+private (\w+)\b/gm)].map((match) => match[1]));

describe("sigma's private members the renderer relies on", () => {
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('are all still declared private by sigma', () => {
    expect(sigmaPrivates.size).toBeGreaterThan(SIGMA_PRIVATE_MEMBERS.length);
    expect(SIGMA_PRIVATE_MEMBERS.filter((member) => !sigmaPrivates.has(member))).toStrictEqual([]);
  });

  it('the methods it replaces are still methods of the Sigma prototype', async () => {
    // sigma reads WebGL constants when loaded; the prototype needs none of them.
    vi.stubGlobal('WebGL2RenderingContext', {});
    vi.stubGlobal('WebGLRenderingContext', {});
    const { default: Sigma } = await import('sigma');
    const prototype = Sigma.prototype as unknown as Record<string, unknown>;
    expect(SIGMA_REPLACED_METHODS.filter((method) => typeof prototype[method] !== 'function')).toStrictEqual([]);
  });

  it('are all it touches: every internal access in the renderer names a listed member', () => {
    // Internals are reached through `index` (or a cast to SigmaInternals) only.
    const touched = new Set(
      [...rendererSource.matchAll(/(?:\bindex|as unknown as SigmaInternals\))\.(\w+)/g)].map((match) => match[1]),
    );
    expect(
      [...touched].filter((member) => !(SIGMA_PRIVATE_MEMBERS as readonly string[]).includes(member!)),
    ).toStrictEqual([]);
    expect([...touched].sort()).toStrictEqual([...SIGMA_PRIVATE_MEMBERS].sort());
  });
});
