/** activity-matrix check FILE... [--json] [--year Y] [--lang XX] [--config FILE]: validate plans (XX: a language with messages, UI_LANGS). */
import { promises as fs } from 'fs';
import { analyzeGrids, findingMessage, pickLang, ruleTitle, RuleConfigSchema, countBySeverity, sheetRef, UI_LANGS } from '../../core';
import type { Finding, RuleConfig } from '../../core';
import { InputError, readGrids } from '../../node/read-file';
import type { Args } from '../args';
import { int, str, UsageError } from '../args';
import type { Io } from '../io';

export async function loadConfig(file: string | undefined): Promise<RuleConfig> {
  if (!file) return { rules: {} };
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new InputError(`${file}: the configuration file cannot be read`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: the configuration is not valid JSON (${(e as Error).message})`);
  }
  const parsed = RuleConfigSchema.safeParse(json);
  if (!parsed.success) throw new InputError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export async function checkCommand(args: Args, io: Io): Promise<number> {
  if (args.positional.length === 0) throw new UsageError('check needs at least one FILE');
  const langFlag = str(args, 'lang');
  if (langFlag && !UI_LANGS.includes(langFlag)) throw new UsageError(`--lang takes ${UI_LANGS.join(', ')}`);
  const config = await loadConfig(str(args, 'config'));
  const year = int(args, 'year') ?? config.year;
  const lang = pickLang(langFlag ?? config.lang);
  const files = [];
  let worst = 0;
  for (const file of args.positional) {
    let grids;
    try {
      grids = await readGrids(file, str(args, 'sheet'));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.err(e.message);
      worst = 2;
      continue;
    }
    const { plans, findings } = analyzeGrids(grids, { ...config, year });
    if (countBySeverity(findings).error > 0 && worst === 0) worst = 1;
    files.push({ file, plans, findings });
  }
  if (args.flags.has('json')) {
    io.out(
      JSON.stringify(
        {
          files: files.map(({ file, plans, findings }) => ({
            file,
            tables: plans.map((p) => ({ sheet: p.sheet, title: p.title, range: p.range, rows: p.rows.filter((r) => !r.blank).length, year: p.year })),
            findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, row: f.row, table: f.table, message: findingMessage(f, lang), fix: f.fix })),
          })),
        },
        null,
        2,
      ),
    );
    return worst;
  }
  for (const { file, plans, findings } of files) {
    const c = countBySeverity(findings);
    io.out(`${file}: ${plans.length} plan${plans.length === 1 ? '' : 's'}, ${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.info} note${c.info === 1 ? '' : 's'}`);
    if (plans.length === 0) io.out('  no plan table found');
    for (const p of plans) {
      const own = findings.filter((f) => f.table === p.index);
      io.out(`\n  ${p.title || '(untitled)'} (${p.sheet}!${p.range})${own.length === 0 ? ': no findings' : ''}`);
      const byRule = new Map<string, Finding[]>();
      for (const f of own) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
      for (const [rule, list] of byRule) {
        io.out(`    ${list[0].severity.toUpperCase()} ${ruleTitle(list[0].rule, lang)} (${rule}): ${list.length}`);
        for (const f of list) io.out(`      ${sheetRef(f.sheet, f.cell)}  ${findingMessage(f, lang)}`);
      }
    }
  }
  return worst;
}
