/**
 * A tiny benchmark runner: each benchmark measures a subject and a baseline in the same run
 * and reports the ratio, so results compare across machines. Speed goals live here, never in
 * tests.
 */
export interface Benchmark {
  name: string;
  /** What the ratio is measured against, in words. */
  baselineName: string;
  setup?: () => Promise<void>;
  baseline: () => Promise<void>;
  subject: () => Promise<void>;
  teardown?: () => Promise<void>;
  /**
   * The times (ms per operation) the benchmark measured itself, e.g. inside child processes whose
   * start is not part of the work; read after the runs and used instead of the wall time around them.
   */
  measuredMs?: () => { baseline: number; subject: number };
  /** Upper bound for subject time / baseline time, when the issue sets one. */
  maxRatio?: number;
  /** Upper bound for the subject's absolute time in ms per operation, when the issue sets one. */
  maxMs?: number;
  iterations?: number;
  /** Unmeasured runs first (default: min(20, iterations)). */
  warmup?: number;
  /** Extra lines printed after the result (e.g. peak memory). */
  report?: () => string[];
  /** Further goals checked after the run (e.g. peak memory), printed with ✓/✗ and counted like the ratio. */
  goals?: () => { line: string; ok: boolean }[];
}

/** A measurement that is not a ratio (e.g. a page load on a throttled link): it prints its own goals with ✓/✗. */
export interface Measurement {
  name: string;
  run: () => Promise<{ lines: string[]; ok: boolean }>;
}

/** `  ✓ value ≤ goal` or `  ✗ value > goal`, for a line of a Measurement. */
export function goal(label: string, value: number, max: number, unit: string, digits = 0): { line: string; ok: boolean } {
  const ok = value <= max;
  return { ok, line: `${label}: ${value.toFixed(digits)} ${unit}  ${ok ? '✓ ≤' : '✗ >'} ${max} ${unit}` };
}

async function timeIt(fn: () => Promise<void>, iterations: number, warmup: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / iterations;
}

export async function runBenchmarks(benchmarks: (Benchmark | Measurement)[]): Promise<boolean> {
  let allWithin = true;
  for (const b of benchmarks) {
    if ('run' in b) {
      const { lines, ok } = await b.run();
      if (!ok) allWithin = false;
      console.log(`${b.name}:`);
      for (const line of lines) console.log(`  ${line}`);
      continue;
    }
    await b.setup?.();
    const iterations = b.iterations ?? 200;
    const warmup = b.warmup ?? Math.min(20, iterations);
    let base = await timeIt(b.baseline, iterations, warmup);
    let subject = await timeIt(b.subject, iterations, warmup);
    await b.teardown?.();
    const measured = b.measuredMs?.();
    if (measured) ({ baseline: base, subject } = measured);
    const ratio = subject / base;
    let verdict = b.maxRatio === undefined ? '' : ratio <= b.maxRatio ? `  ✓ ≤ ${b.maxRatio}` : `  ✗ > ${b.maxRatio}`;
    if (b.maxRatio !== undefined && ratio > b.maxRatio) allWithin = false;
    if (b.maxMs !== undefined) {
      verdict += subject <= b.maxMs ? `  ✓ ≤ ${b.maxMs} ms` : `  ✗ > ${b.maxMs} ms`;
      if (subject > b.maxMs) allWithin = false;
    }
    const goals = b.goals?.() ?? [];
    if (goals.some((g) => !g.ok)) allWithin = false;
    const extra = [...(b.report?.() ?? []), ...goals.map((g) => g.line)];
    console.log(
      `${b.name}: ${subject.toFixed(3)} ms/op (${(1000 / subject).toFixed(0)} op/s); baseline "${b.baselineName}": ${base.toFixed(3)} ms/op; ratio ${ratio.toFixed(2)}${verdict}`,
    );
    for (const line of extra) console.log(`  ${line}`);
  }
  return allWithin;
}
