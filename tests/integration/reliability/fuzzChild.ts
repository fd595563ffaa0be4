// Runs in a child process for fuzz.test.ts, so a hang fails the test instead of blocking it:
// extracts every fuzz case alone, then all of them as one batch, checks each result against
// the contract and the offsets, and writes the problems found (none when all is well).
//   node --import tsx fuzzChild.ts <seed> <randomCount> <sharedDir> <outFile>

import { writeFileSync } from 'node:fs';
import { extract } from '../../../extract/extractor.ts';
import { asDocument, fuzzCases } from './fuzzCases.ts';
import { contractValidator, offsetProblems } from './fuzzCheck.ts';

const [seed, count, sharedDir, outFile] = process.argv.slice(2);
const cases = fuzzCases(Number(seed), Number(count));
const docs = cases.map(asDocument);
const validate = contractValidator(sharedDir as string);
const problems: string[] = [];
docs.forEach((doc, index) => {
  const name = cases[index]!.name;
  process.stderr.write(`case ${index}: ${name}\n`);
  const result = extract([doc]);
  if (result.documents.length !== 1) problems.push(`${name}: ${result.documents.length} documents`);
  for (const problem of [...validate(result), ...offsetProblems(result)]) problems.push(`${name}: ${problem}`);
});
process.stderr.write('batch\n');
const batch = extract(docs);
for (const problem of [...validate(batch), ...offsetProblems(batch)]) problems.push(`batch: ${problem}`);
writeFileSync(outFile as string, JSON.stringify({ cases: cases.length, problems }));
