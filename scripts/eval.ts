// `npm run eval`: scores the extractor on the seed gold and on KIND, and
// prints the figures. It reports; it does not gate (exit 0 whenever it ran).
//
//   npm run eval                                   the three default sets (seeds, KIND, attribution) and
//                                                  the part-of-speech tagger on the UD Italian test sets
//   npm run eval -- --attribution <dir>            a who-said-what set only (gold/ and docs/), with
//                                                  the node-level check of its entities
//   npm run eval -- --gold <gold.json> --docs <dir> the seed-style gold only
//   npm run eval -- --kind <file.tsv>               KIND only
//   --json      figures as JSON      --verbose   misses, for improving the extractor
//   --errors    KIND errors by kind and type   --error-forms <n>   forms listed a group (default 30);
//               and the attribution set's missed, misattributed and spurious statements with their rule trace
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sharedDir } from '../extract/engine/schema.ts';
import { extract } from '../extract/extractor.ts';
import {
  formatAttributionReport,
  formatKindErrors,
  formatKindReport,
  formatNodeReport,
  formatSeedsReport,
} from '../extract/eval/report.ts';
import { runEval, type EvalOptions } from '../extract/eval/run.ts';
import { readInputs } from '../ingest/readers/index.ts';
import { formatPosReport } from '../extract/eval/pos.ts';

const USAGE =
  'usage: npm run eval -- [--gold <gold.json> --docs <folder>] [--kind <file.tsv>] [--attribution <dir>] [--json] [--verbose] [--errors [--error-forms <n>]]';
const DEFAULT_ERROR_FORMS = 30;

function optionsFrom(argv: string[]): {
  options: EvalOptions;
  json: boolean;
  verbose: boolean;
  errorForms: number | null;
} {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string' },
      docs: { type: 'string' },
      kind: { type: 'string' },
      attribution: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      errors: { type: 'boolean', default: false },
      'error-forms': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if ((values.gold === undefined) !== (values.docs === undefined)) throw new Error('--gold and --docs go together');
  const options: EvalOptions = {};
  if (values.gold === undefined && values.kind === undefined && values.attribution === undefined) {
    const shared = sharedDir();
    options.gold = { file: path.join(shared, 'eval/seeds.gold.json'), docs: path.join(shared, 'corpus/seeds') };
    options.kind = { file: path.join(shared, 'datasets/kind/WN_dev.tsv') };
    options.attribution = { dir: path.join(shared, 'eval/attribution') };
    options.pos = { dir: path.join(shared, 'datasets/ud-it'), language: 'it' };
  } else {
    if (values.attribution !== undefined) options.attribution = { dir: values.attribution };
    if (values.gold !== undefined && values.docs !== undefined) options.gold = { file: values.gold, docs: values.docs };
    if (values.kind !== undefined) options.kind = { file: values.kind };
  }
  const errorForms = values['error-forms'] === undefined ? DEFAULT_ERROR_FORMS : Number(values['error-forms']);
  if (!Number.isInteger(errorForms) || errorForms < 1) throw new Error('--error-forms takes a positive integer');
  if (values.errors && options.kind !== undefined) options.kind.errors = true;
  return { options, json: values.json, verbose: values.verbose, errorForms: values.errors ? errorForms : null };
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof optionsFrom>;
  try {
    parsed = optionsFrom(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const report = await runEval(parsed.options, (documents) => extract(documents), readInputs);
  if (parsed.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const out: string[] = [];
  if (report.seeds !== undefined) {
    const seeds = report.seeds;
    out.push(
      `Seeds: ${seeds.documents} documents from ${seeds.docs}, gold ${seeds.gold} (extraction ${seeds.extractMs} ms)`,
    );
    for (const error of seeds.readErrors) out.push(`  read error: ${error.source}: ${error.reason}`);
    out.push(formatSeedsReport(seeds, parsed.verbose), '');
  }
  if (report.kind !== undefined) {
    out.push(`KIND: ${report.kind.file} (extraction ${report.kind.extractMs} ms)`, formatKindReport(report.kind), '');
    if (report.kind.errors !== undefined && parsed.errorForms !== null)
      out.push('  errors:', formatKindErrors(report.kind.errors, parsed.errorForms), '');
  }
  if (report.attribution !== undefined) {
    const a = report.attribution;
    const speed =
      a.extractMs === 0 ? 'n/a' : `${Math.round(a.words / (a.extractMs / 1000)).toLocaleString('en-US')} words/s`;
    out.push(`Attribution: ${a.dir} (extraction ${a.extractMs} ms, ${speed})`);
    for (const error of a.readErrors) out.push(`  read error: ${error.source}: ${error.reason}`);
    out.push(formatAttributionReport(a, parsed.verbose || parsed.errorForms !== null), '');
  }
  if (report.nodes !== undefined)
    out.push(
      "Nodes: the attribution set's entities, each as one node?",
      formatNodeReport(report.nodes, parsed.verbose),
      '',
    );
  if (report.pos !== undefined)
    out.push(
      `Part-of-speech tagger (${report.pos.language}): UD test sets in ${report.pos.dir}, held out from training`,
      formatPosReport(report.pos),
      '',
    );
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
