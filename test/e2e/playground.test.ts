import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { parseCsv } from '../../src/core/io/csv';
import { browserForSuite, hasChromium } from './browser';

// CI must run these; on a developer machine without Chromium they say so loudly instead of failing.
const run = hasChromium() || process.env.CI ? describe : describe.skip;
if (!hasChromium()) console.warn('Browser tests need Chromium at /usr/bin/chromium (apt-get install -y chromium) or CHROMIUM_PATH.');

run('the playground in a real browser', () => {
  const env = browserForSuite();
  let page: Page;
  const outside: string[] = [];

  beforeEach(async () => {
    const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    page = await context.newPage();
    await page.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
      outside.push(u.href);
      return route.abort();
    });
    await page.goto(env.url);
    await page.getByRole('button', { name: 'Validate', exact: true }).waitFor();
  });
  afterEach(async () => page.context().close());

  test('Validate shows the findings list with the corpus counts', async () => {
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    const list = page.getByRole('list', { name: 'Findings' });
    await list.waitFor();
    const items = list.getByRole('button');
    const texts = await items.allInnerTexts();
    expect(texts.filter((t) => /No owner/.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /No expected outcome/.test(t))).toHaveLength(7 + 8);
    expect(texts.filter((t) => /No activity in this row/.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /No method/.test(t))).toHaveLength(2);
    await expect(page.getByRole('status').filter({ hasText: /17 errors/ }).count()).resolves.toBeGreaterThanOrEqual(1);
  });

  test('clicking a finding selects its cell in the grid', async () => {
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    await page.getByRole('list', { name: 'Findings' }).getByRole('button', { name: /Go to E30/ }).click();
    const selected = page.locator('td[data-selected="true"]');
    await expect(selected.getAttribute('data-address')).resolves.toBe('E30');
  });

  test('Generate schedule adds a tab holding the quarter grid', async () => {
    await page.getByRole('button', { name: 'Generate schedule' }).click();
    await page.getByRole('tab', { name: 'Lịch HÀ NỘI' }).waitFor();
    expect(await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab').count()).toBe(6);
    await page.getByRole('tab', { name: 'Lịch HÀ NỘI' }).click();
    const grid = page.getByRole('table', { name: 'Sheet Lịch HÀ NỘI' });
    await expect(grid.getByRole('cell', { name: 'Quý I', exact: true }).count()).resolves.toBeGreaterThanOrEqual(2);
    // 1.1 (03/09) is filled in Q1 2009 only: one filled cell in its row
    const row = grid.locator('tr', { hasText: 'Thống kê số lượng' });
    await expect(row.locator('td[data-fill]').count()).resolves.toBe(1);
  });

  test('Export cleaned table gives a CSV download whose rows are the activities', async () => {
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const file = await download.path();
    const rows = parseCsv(fs.readFileSync(file!, 'utf8'));
    // The plans are Vietnamese, and so is the table made of them.
    expect(rows[0].slice(0, 5)).toEqual(['Kế hoạch', 'Số mục tiêu', 'Mục tiêu', 'Số hoạt động', 'Hoạt động']);
    const hd = rows.filter((r) => r[0] === 'HẢI DƯƠNG');
    expect(hd).toHaveLength(23);
    expect(hd.filter((r) => r[1] === '8').map((r) => r[6])).toEqual(['04 và đầu tháng 05/09', '05/09']);
    // as XLSX (ExcelJS loaded on demand in the browser)
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download XLSX' }).click()]);
    const bytes = fs.readFileSync((await xlsx.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(xlsx.suggestedFilename()).toBe('activity-matrix-clean.xlsx');
    // and to a new sheet
    await page.getByRole('button', { name: 'Export cleaned table' }).click();
    await page.getByRole('tab', { name: 'Kế hoạch sạch' }).waitFor();
  });

  test('axe-core reports no serious or critical violation', async () => {
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    await page.getByRole('list', { name: 'Findings' }).waitFor();
    // The page's CSP blocks inline scripts, as it should; evaluate injects axe without weakening it.
    await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const result = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(
        document.querySelector('aside') ?? document,
        { resultTypes: ['violations'] },
      );
      // Fluent UI's tabster focus guards (<i data-tabster-dummy aria-hidden tabindex=0>) are a known axe false
      // positive (microsoft/tabster#288); Accessibility Insights suppresses exactly these nodes. Nothing else is filtered.
      return r.violations
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: (v.nodes as { html: string }[]).filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy'))).map((n) => n.html.slice(0, 160)),
        }))
        .filter((v) => v.nodes.length > 0);
    });
    expect(result.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test('the pane works at 320 px wide', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(env.url);
    const pane = page.locator('aside');
    await pane.evaluate((el) => ((el as HTMLElement).style.width = '320px'));
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    await page.getByRole('list', { name: 'Findings' }).waitFor();
    const overflow = await pane.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const box = await page.getByRole('button', { name: 'Validate', exact: true }).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  });

  test('an .xlsx opened from disk replaces the workbook and validates', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan 2014');
    ws.addRows([['Cel', 'Działanie', 'Termin', 'Osoba odpowiedzialna', 'Rezultat'], ['1. Współpraca', 'Spotkanie', 'luty – marzec 2014', 'GMP', 'Umowa'], ['', 'Warsztaty', 'III kw. 2014', '', 'Raport']]);
    const file = path.join(require('os').tmpdir(), `am-e2e-${Date.now()}.xlsx`);
    await wb.xlsx.writeFile(file);
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('tab', { name: 'Plan 2014' }).waitFor();
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    const list = page.getByRole('list', { name: 'Findings' });
    await list.waitFor();
    await expect(list.getByRole('button', { name: /Go to D3 .*Brak osoby odpowiedzialnej|Go to D3 .*No owner/ }).count()).resolves.toBe(1);
    fs.rmSync(file, { force: true });
  });

  test('no request leaves localhost', async () => {
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    await page.getByRole('button', { name: 'Generate schedule' }).click();
    await page.waitForTimeout(300);
    expect(outside).toEqual([]);
  });

  test('a screenshot of the pane and of a generated schedule (for the README)', async () => {
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    await page.getByRole('list', { name: 'Findings' }).waitFor();
    const docs = path.resolve(__dirname, '..', '..', 'docs');
    if (process.env.SCREENSHOTS) {
      await page.screenshot({ path: path.join(docs, 'playground.png') });
      await page.getByRole('button', { name: 'Generate schedule' }).click();
      await page.getByRole('tab', { name: 'Lịch HÀ NỘI' }).click();
      await page.screenshot({ path: path.join(docs, 'schedule.png') });
    }
    expect(await page.locator('aside').isVisible()).toBe(true);
  });
});

describe('npm run build', () => {
  const dist = path.resolve(__dirname, '..', '..', 'dist');
  test('dist/ holds the manifest with its production URLs, taskpane.html and commands.html', () => {
    for (const f of ['manifest.xml', 'taskpane.html', 'commands.html', 'taskpane.js', 'commands.js', 'assets/icon-80.png']) expect(fs.existsSync(path.join(dist, f))).toBe(true);
    const m = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
    expect(m).not.toContain('localhost');
    expect(m).toContain('<AppDomain>https://activity-matrix.example.org</AppDomain>');
    expect(m).toContain('https://activity-matrix.example.org/taskpane.html');
    expect(fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8')).toMatch(/Content-Security-Policy/);
  });
  test('the task pane\'s first bundle holds the words and the model, none of the readers, rules or reading words', () => {
    const contents = JSON.parse(fs.readFileSync(path.join(dist, 'bundle-contents.json'), 'utf8')) as Record<string, string[]>;
    const first = contents.taskpane;
    // What the first screen shows is there: the pane's words in each language, the pane itself.
    for (const f of ['src/core/lang/en/ui.ts', 'src/core/lang/vi/messages.ts', 'src/taskpane/App.tsx', 'src/excel/excel-port.ts']) expect(first).toContain(f);
    const heavy = (f: string) =>
      /^src\/core\/(read|time|check\/rules)\//.test(f) || /^src\/core\/lang\/[a-z]+\/(headers|time|index)\.ts$/.test(f) || /node_modules\/(zod|exceljs|jszip|saxes)\//.test(f) || /components\/(Settings|PlanTables)/.test(f);
    expect(first.filter(heavy)).toEqual([]);
    // The ribbon's Validate runs without the pane, so its bundle reads plans itself.
    expect(contents.commands.some((f) => f.startsWith('src/core/read/'))).toBe(true);
  });
});
