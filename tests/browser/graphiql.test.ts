import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startTestApp, TestApp } from '../support/test-app';
import { describeInBrowser, launchBrowser, SCREENSHOTS } from './browser';

/**
 * GraphiQL in a real browser, as a new user meets it: the Docs panel reads
 * the schema (introspection within the limits), a query runs and its result
 * shows, and Vietnamese text renders with its tone marks on their letters.
 */
describeInBrowser('GraphiQL in Chromium', () => {
  let api: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    api = await startTestApp();
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  test('the Docs panel lists Query, the example query runs, and its Vietnamese result renders in a font that has the letters', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(api.app.url);
    await page.waitForSelector('.graphiql-container');

    await page.click('button[aria-label="Show Documentation Explorer"]');
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('query:').waitFor();
    expect(await docs.innerText()).toContain('Query');
    expect(await page.locator('body').innerText()).not.toContain('Error fetching schema');
    await page.screenshot({ path: join(SCREENSHOTS, 'graphiql-docs.png') });

    await docs.getByRole('link', { name: 'Query' }).first().click();
    await docs.getByText('administrativeUnits').first().waitFor();
    expect(await docs.innerText()).toContain('Everything readable');
    await page.screenshot({ path: join(SCREENSHOTS, 'graphiql-docs-query.png') });

    await page.click('.graphiql-execute-button');
    const result = page.locator('.result-window');
    await result.getByText('"totalCount"').waitFor();
    const text = await result.innerText();
    expect(text).toContain('"totalCount": 28');
    expect(text).toContain('dân tộc thiểu số');
    // The result's letters with two marks (ố, ể) come from the Vietnamese face of the served monospace font.
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const family = getComputedStyle(document.querySelector('.result-window .CodeMirror-line')!).fontFamily;
      const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Roboto Mono' && f.status === 'loaded').map((f) => f.unicodeRange);
      return { family, faces, covered: document.fonts.check('14px "Roboto Mono"', 'số thiểu') };
    });
    expect(fonts.family).toMatch(/^"?Roboto Mono"?/);
    expect(fonts.faces.some((range) => /U\+1EA0-1EF9/i.test(range))).toBe(true);
    expect(fonts.covered).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'graphiql-result.png') });
  }, 60_000);
});
