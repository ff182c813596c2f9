/** `npm run bench`: every benchmark of the project, each as a ratio to a baseline of the same run. */
import { runBenchmarks } from './harness.ts';
import { agreementBenchmarks } from './agreements.bench.ts';
import { rosterBenchmarks } from './roster.bench.ts';

const ok = await runBenchmarks([...agreementBenchmarks, ...rosterBenchmarks]);
process.exitCode = ok ? 0 : 1;
