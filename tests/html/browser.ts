// Headless Chromium for the report.html tests: Debian's system browser driven by playwright-core
// (never a browser of Playwright's own download). A page is opened with guards that record every
// console error, page error, dialog and network request, so each test can demand there were none.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const MISSING_CHROMIUM =
  `the report.html tests need Debian's Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` ` +
  '(.ci/run installs it on CI); they do not use a browser downloaded by Playwright';

/** The flags a closed network needs (see .library/env/machines/node.md); Playwright adds --headless and a fresh --user-data-dir itself. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** 1280 wide: the width of the README's screenshots. */
export const VIEWPORT = { width: 1280, height: 900 };

export interface OpenReport {
  context: BrowserContext;
  page: Page;
  url: string;
  /** Console errors, page errors, dialogs and requests seen so far: a clean page has none. */
  problems(): string[];
  /** The messages of the dialogs that opened (each was dismissed). */
  dialogs: string[];
}

/**
 * Opens DIR/report.html in a new context (its own localStorage; a reload keeps it). Every request
 * but the page itself and data: URLs is recorded and aborted.
 */
export async function openReport(browser: Browser, dir: string, contextOptions: BrowserContextOptions = {}): Promise<OpenReport> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, ...contextOptions });
  const url = pathToFileURL(join(dir, 'report.html')).href;
  const problems: string[] = [];
  const dialogs: string[] = [];
  const allowed = (requested: string) => requested === url || requested.startsWith(`${url}#`) || requested.startsWith('data:');
  await context.route('**/*', async (route) => {
    const requested = route.request().url();
    if (allowed(requested)) return route.continue();
    problems.push(`request routed: ${requested}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!allowed(request.url())) problems.push(`request: ${request.method()} ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, url, problems: () => [...new Set(problems)], dialogs };
}

/** data-value of every element matching `selector`, as numbers. */
export async function values(page: Page, selector: string): Promise<number[]> {
  const raw = await page.locator(selector).evaluateAll((elements) => elements.map((e) => e.getAttribute('data-value')));
  return raw.map((v) => Number(v));
}
