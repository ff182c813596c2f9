/**
 * One measurement of the roster benchmark in a process of its own (bench/roster.bench.ts builds it
 * with the CLI, scripts/build-cli.mjs, and runs the compiled JavaScript), so that what it reports is
 * the import's memory, not the benchmark's: the file was generated and the database prepared by the
 * parent. `parse FILE` reads the file with the bare streaming reader, its rows counted a batch at a
 * time as the reader hands them on (src/sheets/batches.ts), as the import takes them;
 * `import FILE DB` previews and confirms it through the services on the SQLite file DB, as
 * `lindung roster import` does (services without the HTTP app). Prints one JSON line: the time of
 * the measured work, the RSS when it started, the peak RSS sampled every 10 ms while it ran, and
 * the process's high-water RSS as the kernel counts it (startup included), and the CPU time used (on a
 * shared machine the ratio of CPU times says more than the wall clock; it includes the GC threads).
 */
import { readFileSync } from 'node:fs';

const [mode, path, dbPath] = process.argv.slice(2);
const rss = () => process.memoryUsage.rss();

async function measure(work: () => Promise<void>): Promise<void> {
  const rssStart = rss();
  let peak = rssStart;
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 10);
  const started = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  clearInterval(sampler);
  peak = Math.max(peak, rss());
  process.stdout.write(`${JSON.stringify({ ms, cpuMs: (user + system) / 1000, rssStart, rssPeak: peak, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`);
}

const file = readFileSync(path!);
if (mode === 'parse') {
  const { readXlsxSheets } = await import('../src/sheets/xlsx-stream.ts');
  await measure(async () => {
    let n = 0;
    for await (const sheet of readXlsxSheets(file, 200 * 1024 * 1024)) for await (const batch of sheet.batches) n += batch.length;
    if (n < 2) throw new Error(`parsed only ${n} rows`);
  });
} else if (mode === 'import') {
  const { openSqlite } = await import('../src/db/connect.ts');
  const { createServices } = await import('../src/services.ts');
  const { cliActor } = await import('../src/core/actor.ts');
  const handle = openSqlite(dbPath!);
  const services = createServices(handle, { timeZone: 'Asia/Makassar', today: () => '2023-01-10' });
  const admin = cliActor();
  let result: { created: number; errors: unknown[] } | undefined;
  let previewMs = 0;
  let previewCpuMs = 0;
  await measure(async () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const preview = await services.rosterFiles.preview(admin, { fileName: 'bench.xlsx', content: file, agreementId: 1 });
    previewMs = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    previewCpuMs = (user + system) / 1000;
    result = await services.rosterFiles.commit(admin, preview.id);
  });
  process.stdout.write(`${JSON.stringify({ previewMs, previewCpuMs, created: result!.created, errors: result!.errors.slice(0, 3) })}\n`);
  await handle.close();
} else {
  throw new Error(`usage: roster-child.ts parse FILE | import FILE DB (not ${mode})`);
}
