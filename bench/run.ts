/** `npm run bench`: every benchmark of the project, each as a ratio to a baseline of the same run. */
import { runBenchmarks } from './harness.ts';
import { agreementBenchmarks } from './agreements.bench.ts';
import { rosterBenchmarks } from './roster.bench.ts';
import { contributionBenchmarks } from './contributions.bench.ts';
import { cardBenchmarks } from './cards.bench.ts';
import { monitoringBenchmarks } from './monitoring.bench.ts';
import { benefitBenchmarks } from './benefits.bench.ts';
import { cliBenchmarks } from './cli.bench.ts';
import { webBenchmarks } from './web.bench.ts';
import { provinceBenchmarks } from './province.bench.ts';

// `npm run bench -- roster` runs only the benchmarks whose name contains the word.
const only = process.argv[2]?.toLowerCase();

const all = [
  ...cliBenchmarks,
  ...webBenchmarks,
  ...agreementBenchmarks,
  ...rosterBenchmarks,
  ...contributionBenchmarks,
  ...cardBenchmarks,
  ...monitoringBenchmarks,
  ...provinceBenchmarks,
  ...benefitBenchmarks,
];
const ok = await runBenchmarks(only ? all.filter((b) => b.name.toLowerCase().includes(only)) : all);
process.exitCode = ok ? 0 : 1;
