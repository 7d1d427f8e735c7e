/*
 * The task pane's figures for the bench: its first bundle after gzip, and the first render of taskpane.html in
 * headless Chromium. `npx tsx -e "require('./bench/pane').paneFigures()"` measures them alone.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { median } from './whole';

const ROOT = path.join(__dirname, '..');
/** Loads of taskpane.html: the shared machine slows single runs by a third and more, so the median of many. */
const RUNS = 11;
/** Office.js as far as the pane's first render needs it. */
const OFFICE_STUB = `window.Office = { onReady: (cb) => Promise.resolve(cb && cb({ host: 'Excel' })), context: { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#ffffff' } } };
window.Excel = { run: () => Promise.reject(new Error('no Excel in the bench')) };`;

const FIRST_RENDER_PROBE = `new MutationObserver(function (_m, obs) {
  var buttons = document.querySelectorAll('button');
  for (var i = 0; i < buttons.length; i++) if ((buttons[i].textContent || '').trim() === 'Validate') { window.firstRender = performance.now(); obs.disconnect(); return; }
}).observe(document, { childList: true, subtree: true });`;

export async function paneFigures() {
  const dist = path.join(ROOT, 'dist');
  if (!fs.existsSync(path.join(dist, 'taskpane.js')) || !fs.existsSync(path.join(dist, 'taskpane.html'))) execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'ignore' });
  const gzip = zlib.gzipSync(fs.readFileSync(path.join(dist, 'taskpane.js')), { level: 9 }).length;
  let firstRender: number | null = null;
  let fastest: number | null = null;
  try {
    const { serveDist, launch } = await import('../test/e2e/browser');
    const server = await serveDist();
    const browser = await launch();
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      // taskpane.html as Excel loads it, with Office.js answered by a stand-in (no network here).
      await page.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB }));
      // The moment the Validate button enters the page, noted by the page itself (the test runner's polling would add its
      // own delay). A string, not a function: a transpiled function may call helpers the page does not have.
      await page.addInitScript({ content: FIRST_RENDER_PROBE });
      await page.goto(`${server.url}taskpane.html`);
      await page.getByRole('button', { name: 'Validate', exact: true }).waitFor();
      const at = await page.evaluate(() => (window as unknown as { firstRender?: number }).firstRender);
      if (at === undefined) throw new Error('the page did not note its first render');
      runs.push(at);
      await page.close();
    }
    await browser.close();
    await server.close();
    firstRender = Math.round(median(runs));
    fastest = Math.round(Math.min(...runs));
  } catch (e) {
    console.log(`  first render not measured: ${(e as Error).message}`);
  }
  console.log(`  pane bundle ${gzip} bytes gzip; first render ${firstRender} ms (fastest ${fastest} ms)`);
  return { gzip, firstRender, fastest };
}
