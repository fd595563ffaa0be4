import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_LIST } from '../../../contract/exportFormats.ts';
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
  it("lists the contract's server formats with their labels, in its order, then the two images", () => {
    expect(EXPORT_FORMAT_INFO.map(({ format, label, hint }) => ({ id: format, label, hint }))).toStrictEqual([
      ...EXPORT_FORMAT_LIST,
      { id: 'png', label: 'PNG image', hint: 'the current view as a picture' },
      { id: 'svg', label: 'SVG image', hint: 'the current view as a vector drawing' },
    ]);
    expect(EXPORT_FORMAT_INFO.filter((info) => isImageFormat(info.format)).map((info) => info.format)).toStrictEqual([
      'png',
      'svg',
    ]);
  });
});
