import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../contract/exportFormats.ts';
import { buildExportGraph } from './graph.ts';
import { EXPORT_REGISTRY, serializeGraph } from './registry.ts';
import { evidence, payload } from './testing.ts';

const graph = () => buildExportGraph({ payload, evidence }, { creator: 'newsgraph test', description: 'd' });

describe('the export registry', () => {
  it('has one writer for each format id of the contract, and no other', () => {
    expect(Object.keys(EXPORT_REGISTRY).sort()).toStrictEqual([...EXPORT_FORMATS].sort());
  });

  it('writes bytes exactly for the formats it calls binary', () => {
    const written = EXPORT_FORMATS.map((format) => {
      const body = EXPORT_REGISTRY[format].write(graph(), evidence);
      return [format, body instanceof Uint8Array ? 'bytes' : typeof body];
    });
    expect(written).toStrictEqual(
      EXPORT_FORMATS.map((format) => [format, EXPORT_REGISTRY[format].binary ? 'bytes' : 'string']),
    );
  });

  it('serializes with the media type and file ending of the format', () => {
    const file = serializeGraph(graph(), 'statements-csv', evidence);
    expect([file.mime, file.ext]).toStrictEqual(['text/csv; charset=utf-8; header=present', 'statements.csv']);
    expect(file.body).toBe(EXPORT_REGISTRY['statements-csv'].write(graph(), evidence));
  });

  it('marks only the statements CSV as reading the statements behind the graph', () => {
    expect(EXPORT_FORMATS.filter((format) => EXPORT_REGISTRY[format].needsEvidence)).toStrictEqual(['statements-csv']);
  });
});
