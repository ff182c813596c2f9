/**
 * A real HTTP server for browser tests: a fresh test database with the demo loaded, the API and
 * the built web UI from web/dist, listening on a free port of 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHarness, type Harness } from '../../src/testing/harness.ts';
import { loadDemo } from '../../src/demo.ts';
import { demoAgreement } from '../../src/testing/builders.ts';

export const WEB_DIST = 'web/dist';

export interface TestServer {
  url: string;
  harness: Harness;
  /** The demo agreement's id (loaded at start). */
  agreementId: number;
  close(): Promise<void>;
}

/** Fails with a clear message when the UI has not been built. */
export function assertWebBuilt(): void {
  if (!existsSync(resolve(WEB_DIST, 'index.html'))) {
    throw new Error(`${WEB_DIST}/index.html tidak ada: jalankan "npm run build:web" dahulu (the web UI is not built; run npm run build:web)`);
  }
}

/** `dataset: true` also loads the demo's fictional dataset (src/demo/dataset.ts), as `lindung serve` does. */
export async function startServer(options: { today?: string; dataset?: boolean } = {}): Promise<TestServer> {
  assertWebBuilt();
  const harness = await createHarness({ webDist: WEB_DIST, today: options.today ?? '2023-01-10' });
  await loadDemo(harness.services, { dataset: options.dataset ?? false });
  await harness.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = harness.app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    harness,
    agreementId: await demoAgreement(harness),
    close: () => harness.close(),
  };
}
