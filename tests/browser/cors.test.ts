import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../server/access/role';
import { buildSdk, ROOT } from '../support/sdk-build';
import { startTestApp, TestApp } from '../support/test-app';
import { describeInBrowser, launchBrowser, SCREENSHOTS } from './browser';

/**
 * A web app on another origin, as a province's internal tool would be: a
 * page that loads the built SDK (sdk/dist/esm, as a bundler would ship it)
 * and calls the API with a token. CORS_ORIGINS names one of two origins.
 */
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Plan dashboard</title></head>
<body style="font: 16px sans-serif">
<!-- sans-serif: this machine's default monospace has no glyphs for letters with two marks (ế) -->
<h1>Kế hoạch công tác dân tộc</h1><pre id="out" style="font: 15px sans-serif; white-space: pre-wrap">…</pre>
<script type="module">
import { createClient } from '/sdk/index.js';
window.readPlan = async (url, token) => {
  const out = document.getElementById('out');
  try {
    const sdk = createClient({ url, token, retries: 0 });
    const { viewer } = await sdk.viewer();
    const { plans } = await sdk.plans();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token }, body: '{"query":"{ viewer { login } }"}' });
    const result = { ok: true, login: viewer.login, plans: plans.nodes.map((p) => p.title), requestId: response.headers.get('x-request-id'), rateLimitRemaining: response.headers.get('x-ratelimit-remaining') };
    out.textContent = JSON.stringify(result, null, 2);
    return result;
  } catch (error) {
    out.textContent = error.name + ': ' + error.message;
    return { ok: false, name: error.name, message: error.message };
  }
};
</script></body></html>`;

/** Serves the page at / and the SDK's ESM build at /sdk/. */
async function servePage(): Promise<{ server: Server; origin: string }> {
  const sdkDir = join(ROOT, 'sdk/dist/esm');
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    const file = normalize(join(sdkDir, path.replace(/^\/sdk\//, '')));
    if (!path.startsWith('/sdk/') || !file.startsWith(sdkDir)) return res.writeHead(404).end();
    try {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describeInBrowser('the SDK in a page on another origin', () => {
  let api: TestApp;
  let browser: Browser;
  let allowed: { server: Server; origin: string };
  let other: { server: Server; origin: string };
  let token: string;

  beforeAll(async () => {
    await buildSdk();
    [allowed, other] = await Promise.all([servePage(), servePage()]);
    api = await startTestApp({ corsOrigins: [allowed.origin], limits: { rateLimitPoints: 1000 } });
    token = await api.createUser(Role.VIEWER, 'dashboard-viewer');
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    allowed?.server.close();
    other?.server.close();
  });

  async function readPlanFrom(origin: string, screenshot: string) {
    const page: Page = await browser.newPage({ viewport: { width: 900, height: 500 } });
    const console: string[] = [];
    page.on('console', (message) => console.push(message.text()));
    await page.goto(origin);
    await page.waitForFunction(() => typeof (window as unknown as { readPlan?: unknown }).readPlan === 'function');
    const result = await page.evaluate(
      ([url, token]) => (window as unknown as { readPlan(url: string, token: string): Promise<Record<string, unknown>> }).readPlan(url, token),
      [api.app.url, token] as const,
    );
    await page.screenshot({ path: join(SCREENSHOTS, screenshot) });
    await page.close();
    return { result, console };
  }

  test('from the allowed origin, the SDK reads with a token and the page sees the request-ID and rate-limit headers', async () => {
    const { result } = await readPlanFrom(allowed.origin, 'cors-allowed.png');
    expect(result).toMatchObject({ ok: true, login: 'dashboard-viewer' });
    expect(result.plans).toEqual([expect.stringContaining('Chiến lược công tác dân tộc')]);
    expect(result.requestId).toMatch(/\S/);
    expect(Number(result.rateLimitRemaining)).toBeGreaterThan(0);
  }, 60_000);

  test('from another origin, the browser blocks the call and the SDK reports a transport error', async () => {
    const { result, console } = await readPlanFrom(other.origin, 'cors-refused.png');
    expect(result).toMatchObject({ ok: false, name: 'TransportError' });
    expect(console.join('\n')).toMatch(/blocked by CORS policy/);
  }, 60_000);
});
