/**
 * How the pane behaves for a planner, in Chromium: it acts on the sheet that was checked, its findings lead to
 * the fix, every word is in the user's language, and it fits Excel's 320 px pane. One test per behaviour.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { parseCsv } from '../../src/core/io/csv';
import { browserForSuite, hasChromium, openPlayground } from './browser';

const run = hasChromium() || process.env.CI ? describe : describe.skip;
const DOCS = path.resolve(__dirname, '..', '..', 'docs');

run('the pane in a real browser', () => {
  const env = browserForSuite();
  let page: Page;
  afterEach(async () => page?.context().close());

  const open = async (options: { lang?: string; width?: number } = {}) => {
    page = await openPlayground(env.browser, env.url, options);
    await page.locator('main').waitFor();
    return page;
  };
  const validate = async (name = 'Validate') => {
    await page.getByRole('button', { name, exact: true }).click();
    await page.getByRole('list', { name: /Findings|Uwagi|Phát hiện/ }).waitFor();
  };
  const findingTexts = () => page.getByRole('list', { name: 'Findings' }).locator('[data-finding]').allTextContents();
  const csvOf = async (button: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    return parseCsv(fs.readFileSync((await download.path())!, 'utf8'));
  };

  test('1. Validate, Generate schedule, Export: every command acts on the sheet that was checked, and says which', async () => {
    await open();
    await validate();
    await expect(page.getByText('Checked: sheet “Kế hoạch” · 5 plans · 17 errors').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Generate schedule' }).click();
    await page.getByRole('tab', { name: 'Lịch HÀ NỘI' }).waitFor();
    // The schedule is now the active sheet; Export still cleans the plans' sheet.
    await page.getByRole('button', { name: 'Export cleaned table' }).click();
    await page.getByRole('tab', { name: 'Kế hoạch sạch' }).waitFor();
    const clean = page.getByRole('table', { name: 'Sheet Kế hoạch sạch' });
    await expect(clean.locator('tr').count()).resolves.toBe(1 + 1 + 58);
    // The findings are still those of "Kế hoạch"; Validate on a generated sheet checks the plans' sheet and says so.
    await page.getByRole('tab', { name: 'Lịch HÀ NỘI' }).click();
    await validate();
    await expect(page.getByText(/was made by Activity Matrix, so the plans of “Kế hoạch” were checked/).count()).resolves.toBe(1);
    expect((await findingTexts()).length).toBe(42);
    const rows = await csvOf('Download CSV');
    expect(rows.length - 1).toBe(58);
  });

  test('2. clicking three findings one after another selects each cell, and the page stays whole', async () => {
    await open();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await validate();
    for (const cell of ['E30', 'F14', 'B48']) {
      await page.getByRole('button', { name: new RegExp(`Go to ${cell}\\b`) }).first().click();
      await expect(page.locator('td[data-selected="true"]').getAttribute('data-address')).resolves.toBe(cell);
    }
    expect(errors).toEqual([]);
    await expect(page.getByRole('button', { name: 'Validate', exact: true }).isVisible()).resolves.toBe(true);
  });

  test('3. findings of a sheet that changed are marked stale, with an offer to check again', async () => {
    await open();
    await validate();
    await page.locator('input[type=file]').setInputFiles({ name: 'other.csv', mimeType: 'text/csv', buffer: Buffer.from('Activity,Owner,Time\nSurvey,,Q1 2024\nReport,Ana,Q2 2024\n') });
    await page.getByText('The sheet has changed since it was checked.').waitFor();
    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByText(/Checked: sheet “other” · 1 plan · \d+ errors?/).waitFor();
    await expect(page.getByText('The sheet has changed since it was checked.').count()).resolves.toBe(0);
  });

  test('4. a role set for one table changes that table only', async () => {
    await open();
    await validate();
    await page.getByRole('tab', { name: 'Plan tables' }).click();
    const first = page.getByRole('region', { name: /HÀ NỘI/ });
    await first.getByLabel(/^C:/).selectOption('extra');
    await page.getByRole('button', { name: 'Validate', exact: true }).waitFor();
    await expect(first.getByLabel(/^C:/).inputValue()).resolves.toBe('extra');
    await expect(page.getByRole('region', { name: /NINH BÌNH/ }).getByLabel(/^C:/).inputValue()).resolves.toBe('method');
  });

  test('5. each finding names its activity, not only its cell', async () => {
    await open();
    await validate();
    const texts = await findingTexts();
    const outcome = texts.filter((t) => /No expected outcome/.test(t));
    expect(outcome.length).toBe(15);
    // Seven identical messages used to say nothing; now each names its plan and activity.
    expect(new Set(outcome).size).toBe(outcome.length);
    expect(outcome.filter((t) => /^Go to F\d+ NINH BÌNH · [^-\s]/.test(t))).toHaveLength(7);
  });

  test('6. errors first, then warnings, then notes; groups fold; arrow keys and Next move between findings', async () => {
    await open();
    await validate();
    const heads = await page.locator('summary').allInnerTexts();
    const order = heads.map((h) => (h.startsWith('Error') ? 0 : h.startsWith('Warning') ? 1 : 2));
    expect(order).toEqual([...order].sort());
    expect(heads[0]).toMatch(/^Error: .+ \(\d+\)$/);
    await expect(page.getByRole('img', { name: 'Error' }).first().isVisible()).resolves.toBe(true);
    const firstGroup = page.locator('details').first();
    const count = await firstGroup.locator('[data-finding]').count();
    await firstGroup.locator('summary').click();
    await expect(firstGroup.locator('[data-finding]').first().isVisible()).resolves.toBe(false);
    await firstGroup.locator('summary').click();
    const all = page.locator('[data-finding]');
    expect(count).toBeGreaterThan(0);
    await all.first().focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toBe(await all.nth(1).textContent());
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(await all.first().textContent());
    await page.getByRole('button', { name: 'Next finding' }).click();
    await page.getByRole('button', { name: 'Next finding' }).click();
    const second = (await all.nth(1).textContent())!.match(/^Go to ([A-Z]+\d+)/)![1];
    await expect(page.locator('td[data-selected="true"]').getAttribute('data-address')).resolves.toBe(second);
  });

  test('7. messages explain, and no rule id reaches the user', async () => {
    await open();
    await validate();
    const texts = [...(await findingTexts()), ...(await page.locator('summary').allInnerTexts())];
    const ids = /\b(missing|time|duplicate|multi|split|inconsistent|empty|unknown|vague|unparseable)-[a-z-]+\b/;
    expect(texts.filter((t) => ids.test(t))).toEqual([]);
  });

  test('8. before the first check the Plan tables tab asks for one, and does not claim there is no table', async () => {
    await open();
    await page.getByRole('tab', { name: 'Plan tables' }).click();
    // The tab is a chunk of its own: clicked at once, it shows a spinner until the chunk is in.
    await page.getByText(/Not checked yet/).waitFor();
    await expect(page.getByText(/Not checked yet/).count()).resolves.toBe(1);
    await expect(page.getByText(/No plan table found/).count()).resolves.toBe(0);
  });

  test('9. and 10. Polish: plurals from Intl.PluralRules, Polish quotes, no English', async () => {
    await open({ lang: 'pl' });
    await validate('Sprawdź');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/17 błędów/);
    expect(text).toMatch(/6 ostrzeżeń/);
    expect(text).toMatch(/19 informacji/);
    expect(text).toMatch(/arkusz „Kế hoạch”/);
    for (const english of ['Findings', 'Plan tables', 'Settings', 'errors', 'warnings', 'Checked', 'Download']) expect(text).not.toContain(english);
  });

  test('10. Vietnamese: the clean table, its sheet and its findings in the plan\'s language, “…” quotes', async () => {
    await open({ lang: 'vi' });
    await validate('Kiểm tra');
    expect(await page.locator('main').innerText()).toMatch(/trang tính “Kế hoạch”/);
    const rows = await csvOf('Tải CSV');
    expect(rows[0]).toEqual(['Kế hoạch', 'Số mục tiêu', 'Mục tiêu', 'Số hoạt động', 'Hoạt động', 'Phương pháp', 'Thời gian', 'Bắt đầu', 'Kết thúc', 'Các quý', 'Người thực hiện', 'Kết quả', 'Phát hiện']);
    expect(rows.flat().some((c) => /\(grid\)|Clean plan|missing-/.test(c))).toBe(false);
  });

  test('11. at 320 px: one row of commands, whole labels, headings apart, no product heading', async () => {
    await open({ width: 320 });
    await page.locator('aside').evaluate((el) => ((el as HTMLElement).style.width = '320px'));
    await validate();
    const pane = page.locator('aside');
    expect(await pane.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    const boxes = await Promise.all(['Validate', 'Generate schedule', 'Export cleaned table'].map((n) => page.getByRole('button', { name: n, exact: true }).boundingBox()));
    expect(new Set(boxes.map((b) => Math.round(b!.y))).size).toBe(1);
    for (const b of boxes) expect(b!.x + b!.width).toBeLessThanOrEqual(320);
    await expect(page.getByRole('heading', { name: 'Activity Matrix' }).count()).resolves.toBe(0);
    await page.getByRole('tab', { name: 'Plan tables' }).click();
    await page.getByRole('region', { name: /HÀ NỘI/ }).waitFor();
    // Every select shows its whole label.
    const cut = await page.locator('select').evaluateAll((els) => els.filter((e) => (e as HTMLSelectElement).scrollWidth > (e as HTMLSelectElement).clientWidth + 1).length);
    expect(cut).toBe(0);
    const select = page.locator('select').first();
    expect(await select.evaluate((e) => (e as HTMLSelectElement).clientWidth)).toBeGreaterThan(await page.evaluate(() => {
      const c = document.createElement('canvas').getContext('2d')!;
      c.font = getComputedStyle(document.querySelector('select')!).font;
      return c.measureText('expected outcome').width;
    }));
    // A plan's heading does not run into the address under it.
    const head = await page.getByRole('heading', { name: /HÀ NỘI/ }).boundingBox();
    const meta = await page.getByText(/'Kế hoạch'!A2:F10/).boundingBox();
    expect(head!.y + head!.height).toBeLessThanOrEqual(meta!.y + 1);
    // The Rules heading of Settings has a line of its own, under the last setting.
    await page.getByRole('tab', { name: 'Settings' }).click();
    const rules = await page.getByRole('heading', { name: 'Rules' }).boundingBox();
    const combined = await page.getByText('One combined sheet').boundingBox();
    expect(rules!.y).toBeGreaterThanOrEqual(combined!.y + combined!.height - 1);
  });

  test('11. at 320 px in Polish and Vietnamese too: nothing overflows, the commands share one row', async () => {
    for (const [lang, button] of [['pl', 'Sprawdź'], ['vi', 'Kiểm tra']]) {
      await open({ lang, width: 320 });
      await page.locator('aside').evaluate((el) => ((el as HTMLElement).style.width = '320px'));
      await validate(button);
      expect(await page.locator('aside').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
      const ys = await page.locator('main > div').first().locator('button').evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
      expect(ys).toHaveLength(3);
      expect(new Set(ys).size).toBe(1);
      await page.context().close();
    }
  });

  test('12. downloads beside Export say what they hold, wait for a check, and a corrupt .xlsx gets a plain message', async () => {
    await open();
    await expect(page.getByRole('button', { name: 'Download CSV' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByText('CSV for any spreadsheet or database (UTF-8)').isVisible()).resolves.toBe(true);
    await validate();
    await expect(page.getByRole('button', { name: 'Download CSV' }).isDisabled()).resolves.toBe(false);
    await page.locator('input[type=file]').setInputFiles({ name: 'broken.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 this is not a workbook') });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^broken\.xlsx: not a valid \.xlsx workbook/);
    expect(await alert.innerText()).not.toMatch(/https?:|Error:|at /);
  });

  test('13. the clean table is ready for a donor: readable findings, short plan names, ISO dates, date cells in XLSX', async () => {
    await open();
    await validate();
    const rows = await csvOf('Download CSV');
    const [head, ...body] = rows;
    const at = (name: string) => head.indexOf(name);
    expect(new Set(body.map((r) => r[at('Kế hoạch')]))).toEqual(new Set(['HÀ NỘI', 'NINH BÌNH', 'HẢI DƯƠNG', 'THÁI BÌNH', 'BẮC MIỀN TRUNG']));
    expect(body[0][at('Bắt đầu')]).toMatch(/^2009-03-01$/);
    expect(body[0][at('Kết thúc')]).toMatch(/^2009-03-31$/);
    expect(body.some((r) => /chưa có kết quả|kết quả mong đợi/i.test(r[at('Phát hiện')]))).toBe(true);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download XLSX' }).click()]);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
    const cell = wb.worksheets[0].getCell(2, at('Bắt đầu') + 1);
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe('yyyy-mm-dd');
  });

  test('screenshots of the pane after Validate in English, Polish and Vietnamese, and of a clean table', async () => {
    const shots: [string, string, string][] = [['en', 'Validate', 'pane-en.png'], ['pl', 'Sprawdź', 'pane-pl.png'], ['vi', 'Kiểm tra', 'pane-vi.png']];
    for (const [lang, button, file] of shots) {
      await open({ lang, width: 1100 });
      await validate(button);
      if (process.env.SCREENSHOTS) await page.locator('aside').screenshot({ path: path.join(DOCS, file) });
      await page.context().close();
    }
    await open({ width: 1400 });
    await validate();
    await page.getByRole('button', { name: 'Export cleaned table' }).click();
    await page.getByRole('tab', { name: 'Kế hoạch sạch' }).waitFor();
    if (process.env.SCREENSHOTS) await page.screenshot({ path: path.join(DOCS, 'clean-table.png') });
    await expect(page.getByRole('table', { name: 'Sheet Kế hoạch sạch' }).isVisible()).resolves.toBe(true);
  });
});

run('plans born in Word, in the pane', () => {
  const env = browserForSuite();
  let page: Page;
  afterEach(async () => page?.context().close());
  const seed = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'seed-002-plock-model.txt'));

  test('a .docx with Word lists opens, is read as a list, and converts to a plan table in a new sheet', async () => {
    const { listBlocks, writeDocx } = await import('../helpers/docx');
    page = await openPlayground(env.browser, env.url);
    await page.locator('input[type=file]').setInputFiles({ name: 'plock.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await writeDocx(listBlocks(seed.toString('utf8'))) });
    await page.getByRole('tab', { name: 'Text' }).waitFor();
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    await page.getByText(/Checked: sheet “Text” · 1 plan/).waitFor();
    await page.getByRole('tab', { name: 'Plan tables' }).click();
    await page.getByText(/Written as a list/).waitFor();
    await page.getByRole('region', { name: 'PŁOCKI MODEL WSPÓŁPRACY' }).getByRole('button', { name: 'Convert to plan table' }).click();
    await page.getByRole('tab', { name: 'Tabela planu' }).waitFor();
    await page.getByText(/Checked: sheet “Tabela planu” · 1 plan/).waitFor();
    const table = page.getByRole('table', { name: 'Sheet Tabela planu' });
    await expect(table.locator('tbody tr').count()).resolves.toBe(1 + 97);
  });

  test('text pasted into the pane converts to a plan table', async () => {
    page = await openPlayground(env.browser, env.url);
    await page.getByRole('tab', { name: 'Plan tables' }).click();
    const paste = page.getByRole('region', { name: 'Paste a plan written as a list' });
    await paste.getByRole('textbox').fill('Task 1. Survey\n1. Draft the questions – ANA – March 2025\n2. Test them – OLA – April 2025\n3. Send them – ANA – May 2025');
    await paste.getByRole('button', { name: 'Convert to plan table' }).click();
    await page.getByRole('tab', { name: 'Plan table', exact: true }).waitFor();
    await page.getByText(/Checked: sheet “Plan table” · 1 plan/).waitFor();
  });
});
