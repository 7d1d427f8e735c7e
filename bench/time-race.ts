/*
 * One side of the time-reader race, in a fresh process (bundled by the bench, so no loader cost is measured):
 *   node time-race.cjs ours|ours-any|chrono LANG FILE ROUNDS [WARM_MS]
 * FILE holds a JSON list of expressions in LANG. "ours" reads them in LANG, as the engine reads a plan in the language
 * its header is written in (chrono-node is given its locale for LANG); "ours-any" is given no language, as
 * `activity-matrix time` without --plan-lang, and reads them in every language it knows. Prints the milliseconds of
 * ROUNDS passes over them, after one warm-up pass, or after WARM_MS milliseconds of passes (the engine as it runs
 * through a large workbook, its code compiled).
 */
import * as fs from 'fs';
import * as chrono from 'chrono-node';
import { parseTime } from '../src/core/time';

const [engine, lang, file, roundsText, warmText] = process.argv.slice(2);
const exprs = JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
const rounds = Number(roundsText);
const ref = new Date(Date.UTC(2024, 0, 1));
const locale = (chrono as unknown as Record<string, { parse(t: string, d: Date): unknown[] }>)[lang] ?? chrono;
const context = engine === 'ours' ? { year: 2024, lang } : { year: 2024 };
const once = engine.startsWith('ours') ? (t: string) => parseTime(t, context) : (t: string) => locale.parse(t, ref);
const warmUntil = Date.now() + Number(warmText ?? 0);
do for (const e of exprs) once(e);
while (Date.now() < warmUntil);
const t = process.hrtime.bigint();
for (let k = 0; k < rounds; k++) for (const e of exprs) once(e);
process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));
