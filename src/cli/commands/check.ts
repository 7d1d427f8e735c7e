/**
 * activity-matrix check FILE... [--json] [--year Y] [--lang XX] [--config FILE] [--sheet NAME --range A3:H40 --columns …]:
 * validate plans. Exit 0: no error-level finding; 1: an error, or a file in which no plan table was found (a CI
 * gate must not pass a file it could not read); 2: a file that cannot be read or bad usage.
 */
import { analyzeGrids, count, countBySeverity, findingMessage, groupBy, pickLang, ruleTitle, sheetRef, ui, UI_LANGS, uiPack } from '../../core';
import type { Finding, Lang, Plan } from '../../core';
import { InputError } from '../../node/read-file';
import type { Args } from '../args';
import { str, UsageError } from '../args';
import type { Io } from '../io';
import { lazyMap, printJson } from '../json';
import { commandConfig, loadConfig, NO_TABLE_HINT, readInput } from '../options';

interface Checked {
  file: string;
  plans: Plan[];
  findings: Finding[];
}

/** Each file checked; a file that cannot be read is reported on stderr and makes the exit 2. */
async function checkFiles(args: Args, io: Io): Promise<{ files: Checked[]; unreadable: boolean }> {
  const files: Checked[] = [];
  let unreadable = false;
  for (const file of args.positional) {
    try {
      const grids = await readInput(file, args, io);
      const { plans, findings } = analyzeGrids(grids, await commandConfig(args, grids));
      files.push({ file, plans, findings });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.err(e.message);
      unreadable = true;
    }
  }
  return { files, unreadable };
}

function printChecked(files: Checked[], lang: Lang, io: Io): void {
  const json = {
    files: files.map(({ file, plans, findings }) => ({
      file,
      tables: plans.map((p) => ({ sheet: p.sheet, title: p.title, range: p.range, address: sheetRef(p.sheet, p.range), rows: p.rows.filter((r) => !r.blank).length, year: p.year })),
      // Each finding made into JSON as it is written (a lazy array: 130k findings are never all held twice).
      findings: lazyMap(findings, (f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, address: sheetRef(f.sheet, f.cell), row: f.row, table: f.table, message: findingMessage(f, lang), fix: f.fix })),
    })),
  };
  printJson(json, io);
}

/** The report for people, in the language asked for: counts with their plural forms, addresses quoted as Excel quotes them. */
function printText({ file, plans, findings }: Checked, lang: Lang, io: Io): void {
  const c = countBySeverity(findings);
  const m = uiPack(lang).messages;
  io.out(`${file}: ${[count('plan', plans.length, lang), count('error', c.error, lang), count('warning', c.warning, lang), count('info', c.info, lang)].join(', ')}`);
  if (plans.length === 0) io.out(`  ${m.noTable}. ${NO_TABLE_HINT}`);
  // Grouped once, a push per finding: 260k findings print in a second, not in minutes.
  const byTable = groupBy(findings, (f) => f.table);
  for (const p of plans) {
    const own = byTable.get(p.index) ?? [];
    io.out(`\n  ${p.title || m.untitled} (${sheetRef(p.sheet, p.range)})${own.length === 0 ? `: ${ui(lang, 'noFindings')}` : ''}`);
    for (const [rule, list] of groupBy(own, (f) => f.rule)) {
      io.out(`    ${ui(lang, list[0].severity).toUpperCase()} ${ruleTitle(list[0].rule, lang)} (${rule}): ${list.length}`);
      for (const f of list) io.out(`      ${sheetRef(f.sheet, f.cell)}  ${findingMessage(f, lang)}`);
    }
  }
}

export async function checkCommand(args: Args, io: Io): Promise<number> {
  if (args.positional.length === 0) throw new UsageError('check needs at least one FILE');
  const langFlag = str(args, 'lang');
  if (langFlag && !UI_LANGS.includes(langFlag)) throw new UsageError(`--lang takes ${UI_LANGS.join(', ')}`);
  const lang = pickLang(langFlag ?? (await loadConfig(str(args, 'config'))).lang);
  const { files, unreadable } = await checkFiles(args, io);
  if (args.flags.has('json')) printChecked(files, lang, io);
  else files.forEach((f) => printText(f, lang, io));
  if (unreadable) return 2;
  return files.some((f) => f.plans.length === 0 || countBySeverity(f.findings).error > 0) ? 1 : 0;
}
