/**
 * An HTTP load generator in a worker thread (node:worker_threads, body in load-generator.mjs),
 * so its event loop is not the server's: either closed loop (`concurrency` keep-alive connections
 * each send one GET after another: saturation throughput) or open loop (`rate` GETs per second on a
 * fixed schedule, latency from each scheduled send time), for `seconds` after an unmeasured
 * warm-up; the latencies come back here.
 * Both sides of a benchmark (the bare route and the subject) use it, so the ratio stays fair.
 */
import { Worker } from 'node:worker_threads';

export interface LoadOptions {
  /** Origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Paths requested round-robin across all connections. */
  paths: string[];
  headers?: Record<string, string>;
  seconds: number;
  warmupSeconds?: number;
  /** Closed loop: connections each sending one request after another (saturation). */
  concurrency?: number;
  /** Open loop instead: requests per second sent on schedule whatever the answers; latency from the scheduled time. */
  rate?: number;
  /** Open loop: how long to wait for answers after the last scheduled send (default 5 s). */
  drainSeconds?: number;
  /** When set, an answer counts as an error unless it is a 200 whose JSON body has this field === true. */
  expectTrue?: string;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  /** Open loop: the latest a request left after its scheduled time (the generator's own lag), ms. */
  maxSendLag?: number;
  /** Open loop: the most requests outstanding at once. */
  maxInFlight?: number;
  /** Open loop: requests still unanswered `drainSeconds` after the last scheduled send (counted as errors, latency infinite). */
  unanswered?: number;
}

/** Runs the load in a fresh worker thread and resolves with its result. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-generator.mjs', import.meta.url), { workerData: options });
    worker.once('message', (r: LoadResult) => resolve(r));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited with ${code}`));
    });
  });
}
