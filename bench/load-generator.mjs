// The body of the load generator's worker thread (see load-worker.ts, which starts it). Plain
// JavaScript: Node 20 does not apply tsx's loader inside worker threads.
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

function get(agent, url, headers) {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function generate(o) {
  const agent = new Agent({ keepAlive: true, maxSockets: o.concurrency });
  const urls = o.paths.map((p) => new URL(p, o.origin));
  const headers = o.headers ?? {};
  let next = 0;
  let errors = 0;
  const latencies = [];
  const warmupEnd = Date.now() + (o.warmupSeconds ?? 0) * 1000;
  const end = warmupEnd + o.seconds * 1000;
  await Promise.all(
    Array.from({ length: o.concurrency }, async () => {
      for (;;) {
        const started = Date.now();
        if (started >= end) return;
        const measured = started >= warmupEnd;
        const t = process.hrtime.bigint();
        let ok = false;
        try {
          const res = await get(agent, urls[next++ % urls.length], headers);
          ok = res.status === 200 && (!o.expectTrue || JSON.parse(res.body)[o.expectTrue] === true);
        } catch {
          ok = false;
        }
        if (measured) {
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
          if (!ok) errors++;
        }
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return { requests: latencies.length, rps: latencies.length / o.seconds, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0, errors };
}

parentPort.postMessage(await generate(workerData));
