// The body of the load generator's worker thread (see load-worker.ts, which starts it). Plain
// JavaScript: Node 20 does not apply tsx's loader inside worker threads.
// Two modes: closed loop (`concurrency` connections, each sending its next request when the last
// answered: saturation throughput) and open loop (`rate` requests per second sent on a fixed
// schedule whatever the answers, latency measured from the scheduled send time, so a slow answer
// cannot hide the requests that would have queued behind it — no coordinated omission).
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
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

function summary(latencies, seconds, errors, extra = {}) {
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return { requests: latencies.length, rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0, errors, ...extra };
}

function openLoop(o) {
  // Enough sockets that the client never queues: a request waits only for the server.
  const agent = new Agent({ keepAlive: true, maxSockets: o.maxConnections ?? 512 });
  const urls = o.paths.map((p) => new URL(p, o.origin));
  const headers = o.headers ?? {};
  const interval = 1000 / o.rate;
  const start = performance.now() + 20;
  const warmupEnd = start + (o.warmupSeconds ?? 0) * 1000;
  const total = Math.floor(((o.warmupSeconds ?? 0) + o.seconds) * o.rate);
  const latencies = [];
  let errors = 0;
  let sent = 0;
  let pending = 0;
  let maxLag = 0;
  let maxInFlight = 0;
  // After the last scheduled send, answers still missing `drainSeconds` later count as unanswered
  // (latency: infinite), so an overloaded server cannot make the run last for minutes.
  const drainMs = (o.drainSeconds ?? 5) * 1000;
  let lastAnswer = warmupEnd;
  let finished = false;
  return new Promise((resolve) => {
    const done = () => {
      if (finished) return;
      finished = true;
      const unanswered = pending;
      agent.destroy();
      const answeredPerSecond = latencies.length / Math.max(o.seconds, (lastAnswer - warmupEnd) / 1000);
      for (let k = 0; k < unanswered; k++) latencies.push(Infinity);
      const r = summary(latencies, o.seconds, errors + unanswered, { maxSendLag: maxLag, maxInFlight, offered: o.rate, unanswered });
      resolve({ ...r, rps: answeredPerSecond });
    };
    setTimeout(done, start + total * interval - performance.now() + drainMs).unref?.();
    const pump = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        const scheduled = start + sent * interval;
        const url = urls[sent % urls.length];
        sent++;
        maxLag = Math.max(maxLag, now - scheduled);
        const measured = scheduled >= warmupEnd;
        pending++;
        maxInFlight = Math.max(maxInFlight, pending);
        get(agent, url, headers)
          .then(
            (res) => res.status === 200 && (!o.expectTrue || JSON.parse(res.body)[o.expectTrue] === true),
            () => false,
          )
          .then((ok) => {
            if (finished) return;
            if (measured) {
              lastAnswer = performance.now();
              latencies.push(lastAnswer - scheduled);
              if (!ok) errors++;
            }
            pending--;
            if (sent >= total && pending === 0) done();
          });
      }
      if (sent < total) setTimeout(pump, Math.max(0, start + sent * interval - performance.now() - 0.5));
    };
    pump();
  });
}

parentPort.postMessage(workerData.rate ? await openLoop(workerData) : await generate(workerData));
