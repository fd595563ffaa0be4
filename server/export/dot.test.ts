import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { DOT, dotString } from './dot.ts';
import type { ExportAttributes, ExportGraph } from './graph.ts';

describe('dotString', () => {
  it('quotes, escaping backslashes and quotes, and writes line breaks as \\n', () => {
    expect(dotString('Il "no" di C:\\dati\r\nriga')).toBe('"Il \\"no\\" di C:\\\\dati\\nriga"');
    expect(dotString(3)).toBe('"3"');
    expect(dotString(true)).toBe('"true"');
  });
});

describe('the DOT writer', () => {
  it('writes each node with its name as label and each edge with its type as label, every attribute kept', () => {
    const graph: ExportGraph = new MultiDirectedGraph<ExportAttributes, ExportAttributes, ExportAttributes>();
    graph.setAttribute('creator', 'newsgraph');
    graph.addNode('person:rossi', { label: 'Mario Rossi', entityType: 'Person', mentions: 3 });
    graph.addNode('org:ue', { label: 'Unione europea', entityType: 'Organization' });
    graph.addEdge('person:rossi', 'org:ue', {
      kind: 'spoke_about',
      type: 'SPOKE_ABOUT',
      quote: '«Non è "vero"»',
      start: 10,
      end: 24,
    });
    graph.addEdge('person:rossi', 'org:ue', { kind: 'relation', type: 'MEMBER_OF' });
    expect(DOT.write(graph)).toBe(
      [
        'digraph newsgraph {',
        '  graph [creator="newsgraph"];',
        '  "person:rossi" [label="Mario Rossi", entityType="Person", mentions="3"];',
        '  "org:ue" [label="Unione europea", entityType="Organization"];',
        '  "person:rossi" -> "org:ue" [label="SPOKE_ABOUT", kind="spoke_about", type="SPOKE_ABOUT", quote="«Non è \\"vero\\"»", start="10", end="24"];',
        '  "person:rossi" -> "org:ue" [label="MEMBER_OF", kind="relation", type="MEMBER_OF"];',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes an empty graph as an empty digraph', () => {
    expect(DOT.write(new MultiDirectedGraph())).toBe('digraph newsgraph {\n}\n');
  });
});
