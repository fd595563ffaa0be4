import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_INFO, filenameFromDisposition, isImageFormat } from './formats.ts';

describe('filenameFromDisposition', () => {
  it('reads a quoted file name', () => {
    expect(filenameFromDisposition('attachment; filename="newsgraph-selection.gexf"', 'x')).toBe(
      'newsgraph-selection.gexf',
    );
  });
  it('reads an unquoted file name', () => {
    expect(filenameFromDisposition('attachment; filename=graph.csv; size=3', 'x')).toBe('graph.csv');
  });
  it('replaces path separators', () => {
    expect(filenameFromDisposition('attachment; filename="../a/b.json"', 'x')).toBe('.._a_b.json');
  });
  it('falls back without a header or a name', () => {
    expect(filenameFromDisposition(null, 'fallback.json')).toBe('fallback.json');
    expect(filenameFromDisposition('attachment', 'fallback.json')).toBe('fallback.json');
  });
});

describe('EXPORT_FORMAT_INFO', () => {
  it('lists the six server formats, then the two images', () => {
    expect(EXPORT_FORMAT_INFO.map((info) => info.format)).toStrictEqual([
      'gexf',
      'graphml',
      'json',
      'csv',
      'cypher',
      'statements-csv',
      'png',
      'svg',
    ]);
    expect(EXPORT_FORMAT_INFO.filter((info) => isImageFormat(info.format)).length).toBe(2);
  });
});
