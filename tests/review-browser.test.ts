// The review report in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core): the corpus
// run's report opens from file://, every mention type is present with the right count, hovering and focusing show
// the value, index and article pages link to each other, and a hostile article runs nothing and loads nothing.
// Skipped when Chromium is missing on a developer machine; on CI (CI=true) a missing Chromium fails the test.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { indexParts } from '../src/review/index-page';
import { RunSummary } from '../src/review/summary';
import { ROOT, runCli, tempDir } from './check-helpers';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true')
  throw new Error(`review-browser: ${CHROMIUM} is missing on CI (.ci/run installs Debian's chromium)`);
const describeBrowser = haveChromium ? describe : describe.skip;

const TYPES = {
  people: 'person',
  places: 'place',
  organizations: 'organization',
  dates: 'date',
  money: 'money',
  quotes: 'quote',
} as const;
const HOSTILE_ID = 'evil"><script>window.__pwned=1</script>';

describeBrowser('review report in Chromium', () => {
  let out = '';
  let browser: Browser;
  let page: Page;
  const offsite: string[] = [];
  const dialogs: string[] = [];
  let articles: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const dir = tempDir('review');
    const hostile = path.join(dir, 'hostile.jsonl');
    const text =
      'Evil <script>window.__pwned=2</script> <img src="https://example.invalid/x.png" onerror="window.__pwned=3"> text. "Run," said John Smith in Paris on Monday, paying $5.';
    writeFileSync(
      hostile,
      JSON.stringify({
        id: HOSTILE_ID,
        title: '<img src=x onerror="window.__pwned=4">',
        url: 'javascript:window.__pwned=5',
        text,
      }) + '\n',
    );
    out = path.join(dir, 'out');
    const run = runCli([path.join(ROOT, 'corpus'), hostile, '--out', out, '--quiet']);
    expect(run.status).toBe(0);
    const review = runCli(['review', out, '--quiet']);
    expect(review.stderr).toBe('');
    expect(review.status).toBe(0);
    articles = readFileSync(path.join(out, 'articles.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) offsite.push(r.url());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  const url = (rel: string): string => pathToFileURL(path.join(out, 'review', rel)).href;
  const pwned = (): Promise<unknown> => page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned);

  it('index lists every article and its counts, and its links open the article pages', async () => {
    await page.goto(url('index.html'));
    expect(await page.locator('#tbody tr').count()).toBe(articles.length);
    const firstId = String(articles[0]?.id);
    await page.locator('#filter').fill(firstId);
    expect(await page.locator('#tbody tr').count()).toBeGreaterThanOrEqual(1);
    await page.locator('#filter').fill('');
    await page.locator('#tbody tr').first().locator('a').first().click();
    expect(page.url()).toBe(url('articles/000001.html'));
    await page.locator('a[rel="next"]').click();
    expect(page.url()).toBe(url('articles/000002.html'));
    await page.locator('a', { hasText: 'index' }).first().click();
    expect(page.url()).toBe(url('index.html'));
  });

  it('every article page marks every mention type with the right count', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < articles.length; i++) {
      await page.goto(url(`articles/${String(i + 1).padStart(6, '0')}.html`));
      for (const [key, type] of Object.entries(TYPES)) {
        const want = Array.isArray(articles[i]?.[key]) ? (articles[i]?.[key] as unknown[]).length : 0;
        expect(await page.locator(`[data-type="${type}"]:not([data-cont])`).count()).toBe(want);
        if (want) seen.add(type);
      }
    }
    for (const type of ['person', 'place', 'date', 'money', 'quote']) expect(seen).toContain(type);
  });

  it('hovering or focusing a mention shows its normalized value', async () => {
    const n = articles.findIndex((a) => Array.isArray(a.money) && a.money.length > 0);
    await page.goto(url(`articles/${String(n + 1).padStart(6, '0')}.html`));
    const money = page.locator('[data-type="money"]:not([data-cont])').first();
    await money.hover();
    const tip = page.locator('#tip');
    await expect(tip.isVisible()).resolves.toBe(true);
    expect(await tip.textContent()).toMatch(/amount: \d+/);
    const place = page.locator('[data-type="place"]:not([data-cont])').first();
    await place.focus();
    expect(await tip.textContent()).toMatch(/country: [A-Z]{2}/);
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
  });

  it('a quote links to its speaker', async () => {
    const n = articles.findIndex(
      (a) => Array.isArray(a.quotes) && a.quotes.some((q) => (q as { speaker: unknown }).speaker),
    );
    await page.goto(url(`articles/${String(n + 1).padStart(6, '0')}.html`));
    const link = page.locator('a.to-speaker').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(await page.locator(href).count()).toBe(1);
  });

  it('the hostile article executes nothing and loads nothing', async () => {
    await page.goto(url('index.html'));
    await page.locator('#filter').fill('evil');
    await page.locator('#tbody tr a').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toContain('<img src=x onerror=');
    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(offsite).toEqual([]);
    expect(await page.locator('script').count()).toBe(1);
  });

  it('the index pages, sorts and filters 20,000 articles', async () => {
    const dir = tempDir('review-big');
    const rows = Array.from({ length: 20000 }, (_, i) => [
      i + 1,
      String(i + 1).padStart(6, '0'),
      `id-${i}`,
      `Story ${i}`,
      '2024-01-01',
      i % 7,
      0,
      0,
      1,
      0,
      0,
    ]);
    const { head, tail } = indexParts(new RunSummary(), 'big');
    writeFileSync(path.join(dir, 'index.html'), head + JSON.stringify(rows) + tail);
    await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
    expect(await page.locator('#tbody tr').count()).toBe(100);
    expect(await page.locator('#pageinfo').textContent()).toBe('page 1 of 200 · 20000 of 20000 articles');
    await page.locator('#next').click();
    expect(await page.locator('#tbody tr').first().locator('td').first().textContent()).toBe('101');
    await page.locator('th button[data-key="4"]').click();
    expect(await page.locator('#tbody tr').first().locator('td').nth(4).textContent()).toBe('6');
    await page.locator('#filter').fill('Story 19999');
    expect(await page.locator('#tbody tr').count()).toBe(1);
  });

  it('takes a screenshot of an article page', async () => {
    const n = articles.findIndex((a) => String(a.id).includes('iria'));
    await page.goto(url(`articles/${String(Math.max(n, 0) + 1).padStart(6, '0')}.html`));
    const png = await page.screenshot({ fullPage: false });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The README's picture: refreshed on purpose only.
    if (process.env.UPDATE_SCREENSHOT === '1') writeFileSync(path.join(ROOT, 'docs', 'review-article.png'), png);
  });
});
