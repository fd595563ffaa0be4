import { describe, expect, it } from 'vitest';
import { sampleExtraction } from '../testing.ts';
import { planBatches } from './plan.ts';
import { ArticlesStoredMeanwhileError, writeBatch } from './send.ts';

describe('writeBatch', () => {
  it('writes nothing when some of its articles were stored since the plan', async () => {
    const batch = planBatches(sampleExtraction(), new Set()).batches[0]!;
    const sent: string[] = [];
    const write = writeBatch(batch, async (queryName) => {
      sent.push(queryName);
      return queryName === 'article/existing' ? [{ id: 'art-2' }] : [];
    });
    await expect(write).rejects.toStrictEqual(new ArticlesStoredMeanwhileError(['art-2']));
    expect(sent).toStrictEqual(['article/existing']);
  });
});
