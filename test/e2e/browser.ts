/** A static server over dist/ on 127.0.0.1 and Debian's Chromium. Never downloads a browser. */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const DIST = path.resolve(__dirname, '..', '..', 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml', '.css': 'text/css' };

export function hasChromium(): boolean {
  return fs.existsSync(CHROMIUM);
}

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run npm run build:playground first');
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const file = path.join(DIST, p === '/' ? 'index.html' : p);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** A page of the playground, with every request that would leave this machine refused and counted. */
export async function openPlayground(browser: Browser, url: string, options: { lang?: string; width?: number; outside?: string[] } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: options.width ?? 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
    options.outside?.push(u.href);
    return route.abort();
  });
  await page.goto(options.lang ? `${url}?lang=${options.lang}` : url);
  return page;
}

/** A browser and the built playground for one describe block: started before its tests, closed after them. */
export function browserForSuite(): { browser: Browser; url: string } {
  const env = {} as { browser: Browser; url: string; close?: () => Promise<unknown> };
  beforeAll(async () => {
    const server = await serveDist();
    env.url = server.url;
    env.close = server.close;
    env.browser = await launch();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.close?.();
  });
  return env;
}
