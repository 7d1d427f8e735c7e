#!/usr/bin/env node
/*
 * Opens our outputs in a real spreadsheet program: LibreOffice, headless
 * (apt-get install -y libreoffice-calc-nogui poppler-utils). Writes docs/libreoffice.md.
 * 1. The schedule .xlsx converts to PDF without error; its first page becomes docs/schedule-libreoffice.png.
 * 2. The clean CSV and XLSX, read back by LibreOffice (converted to CSV), hold the same cells as ours.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli', 'activity-matrix.cjs');
const corpus = path.join(root, 'test', 'fixtures', 'vn-network-plans.csv');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'am-lo-'));
const lines = [];
const say = (s) => (console.log(s), lines.push(s));

function soffice(args) {
  return execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${tmp}/profile`, ...args], { cwd: tmp, encoding: 'utf8', timeout: 180000, stdio: ['ignore', 'pipe', 'pipe'] });
}

function parseCsv(text) {
  const rows = [];
  let row = [], f = '', q = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) { if (c === '"') { if (s[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += c; }
    else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\n' || c === '\r') { if (c === '\r' && s[i + 1] === '\n') i++; row.push(f); rows.push(row); row = []; f = ''; }
    else f += c;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  return rows;
}

const version = execFileSync('soffice', ['--version'], { encoding: 'utf8' }).trim();
say(`# LibreOffice reads our files\n\nRun by \`node scripts/libreoffice-check.cjs\` with ${version}, headless, on ${new Date().toISOString().slice(0, 10)}.\n`);

// 1. Schedule → PDF
execFileSync(process.execPath, [cli, 'schedule', corpus, '-o', path.join(tmp, 'schedule.xlsx')]);
soffice(['--convert-to', 'pdf', 'schedule.xlsx']);
const pdf = path.join(tmp, 'schedule.pdf');
const pages = fs.existsSync(pdf) ? (fs.readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) || []).length : 0;
say(`- **Schedule**: \`activity-matrix schedule\` on the corpus gives schedule.xlsx (the source sheet and 5 schedule sheets). LibreOffice converted it to PDF without error: ${fs.existsSync(pdf) ? `${fs.statSync(pdf).size.toLocaleString('en')} bytes, ${pages} pages` : '**no PDF**'}.`);
try {
  // The first page that shows a quarter header is the first schedule (the source sheet comes first).
  let page = 1;
  for (let p = 1; p <= pages; p++) {
    const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' });
    if (text.includes('Quý I')) {
      page = p;
      break;
    }
  }
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), pdf, path.join(tmp, 'page')]);
  const png = fs.readdirSync(tmp).find((f) => /^page.*\.png$/.test(f));
  if (png) {
    fs.copyFileSync(path.join(tmp, png), path.join(root, 'docs', 'schedule-libreoffice.png'));
    say('  Its page with the Hà Nội schedule, as LibreOffice prints it: [schedule-libreoffice.png](schedule-libreoffice.png).');
  }
} catch {
  say('  (pdftoppm not installed: no PNG of the page.)');
}

// 2. Clean CSV and XLSX, read back by LibreOffice
execFileSync(process.execPath, [cli, 'clean', corpus, '-o', path.join(tmp, 'clean.csv')]);
execFileSync(process.execPath, [cli, 'clean', corpus, '-o', path.join(tmp, 'clean.xlsx')]);
const ours = parseCsv(fs.readFileSync(path.join(tmp, 'clean.csv'), 'utf8'));
fs.mkdirSync(path.join(tmp, 'from-xlsx'));
fs.mkdirSync(path.join(tmp, 'from-csv'));
// Filter options: comma, double quote, UTF-8, from line 1. The CSV import also reads quoted fields as text
// (token 7), as a user should when importing a plan: otherwise LibreOffice, like Excel, turns "03/09" into a date.
soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', 'from-xlsx', 'clean.xlsx']);
soffice(['--infilter=CSV:44,34,76,1,,0,true', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', 'from-csv', 'clean.csv']);
for (const [label, file] of [['XLSX', 'from-xlsx/clean.csv'], ['CSV', 'from-csv/clean.csv']]) {
  const back = parseCsv(fs.readFileSync(path.join(tmp, file), 'utf8'));
  let same = 0, differ = [];
  const rows = Math.max(ours.length, back.length);
  for (let r = 0; r < rows; r++) {
    const a = ours[r] || [], b = back[r] || [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      if ((a[c] ?? '') === (b[c] ?? '')) same++;
      else differ.push(`${String.fromCharCode(65 + c)}${r + 1}: ours ${JSON.stringify(a[c] ?? '')}, LibreOffice ${JSON.stringify(b[c] ?? '')}`);
    }
  }
  say(`- **Clean table, ${label}**: LibreOffice read ${back.length} rows; ${same} cells the same as ours, ${differ.length} different.${differ.length ? '\n  - ' + differ.slice(0, 8).join('\n  - ') : ''}`);
}
// 3. A schedule written into a copy of an .xlsx (the clean workbook as the source: its parts are copied as they are)
execFileSync(process.execPath, [cli, 'schedule', 'clean.xlsx', '-o', 'copied.xlsx'], { cwd: tmp });
fs.mkdirSync(path.join(tmp, 'copied'));
soffice(['--convert-to', 'pdf', '--outdir', 'copied', 'copied.xlsx']);
// Sheet 2 is the schedule (token 12 of the CSV filter picks the sheet).
soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2', '--outdir', 'copied', 'copied.xlsx']);
const copiedCsv = fs.readdirSync(path.join(tmp, 'copied')).find((f) => f.endsWith('.csv'));
const sched = copiedCsv ? parseCsv(fs.readFileSync(path.join(tmp, 'copied', copiedCsv), 'utf8')) : [];
fs.mkdirSync(path.join(tmp, 'copied-source'));
soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1', '--outdir', 'copied-source', 'copied.xlsx']);
const sourceCsv = fs.readdirSync(path.join(tmp, 'copied-source')).find((f) => f.endsWith('.csv'));
const sourceBack = sourceCsv ? fs.readFileSync(path.join(tmp, 'copied-source', sourceCsv), 'utf8') : '';
// The clean workbook itself, converted with the same options, is what the copy's first sheet must read as.
fs.mkdirSync(path.join(tmp, 'clean-sheet1'));
soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1', '--outdir', 'clean-sheet1', 'clean.xlsx']);
const cleanCsvName = fs.readdirSync(path.join(tmp, 'clean-sheet1')).find((f) => f.endsWith('.csv'));
const sameSource = !!cleanCsvName && sourceBack === fs.readFileSync(path.join(tmp, 'clean-sheet1', cleanCsvName), 'utf8');
const activities = ours.slice(1).map((r) => r[4]).filter(Boolean);
const found = activities.filter((a) => sched.some((row) => row.includes(a))).length;
const copiedPdf = path.join(tmp, 'copied', 'copied.pdf');
say(`- **Schedule written into a copy of an .xlsx** (\`schedule clean.xlsx\`: the workbook's parts copied as they are, the schedule sheet added to its zip): LibreOffice converted it to PDF ${fs.existsSync(copiedPdf) ? `without error (${fs.statSync(copiedPdf).size.toLocaleString('en')} bytes)` : '**failed**'}; its schedule sheet holds ${found} of the ${activities.length} activities in ${sched.length} rows; LibreOffice reads the source sheet ${sameSource ? 'exactly as before' : '**differently from before**'}.`);
fs.writeFileSync(path.join(root, 'docs', 'libreoffice.md'), lines.join('\n') + '\n');
fs.rmSync(tmp, { recursive: true, force: true });
