/** The time reader against chrono-node: fresh processes per language and engine, on the corpus's expressions and on long prose cells. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { timeRows } from '../test/helpers/corpus';
import { timeText } from './files';
import { median } from './whole';

const ROOT = path.join(__dirname, '..');

export interface Race {
  lang: string;
  set: string;
  expressions: number;
  /** Ours reading the expressions in their language, as a plan's are read. */
  ours_ms: number;
  /** Ours given no language (every language's words at once), as the time command without --plan-lang. */
  ours_any_ms: number;
  chrono_ms: number | null;
  ratio: number | null;
  /** The same passes after two seconds of passes, each side's code compiled: milliseconds, and chrono ÷ ours. */
  warm_ours_ms: number;
  warm_chrono_ms: number | null;
  warm_ratio: number | null;
}

const WARM_MS = 2000;
const ratioOf = (theirs: number | null, ours: number) => (theirs === null ? null : Math.round((theirs / ours) * 100) / 100);


/** Long cells as planners write them: several lines of prose around one time. */
function proseCells(lang: 'vi' | 'pl' | 'en'): string[] {
  const prose = { vi: 'Tổ chức họp với các bên liên quan để thống nhất kế hoạch, phân công nhiệm vụ và chuẩn bị tài liệu cho hội thảo', pl: 'Spotkanie z partnerami w celu uzgodnienia planu, podziału zadań i przygotowania materiałów na warsztaty dla mieszkańców', en: 'Meet the partners to agree the plan, share out the tasks and prepare the material for the residents workshop' }[lang];
  return Array.from({ length: 40 }, (_, i) => `${prose} (${i}).\n${prose}.\n${timeText(lang, i * 3)}\n${prose}, ${prose}.`);
}

export function timeRaces(tmp: string): Race[] {
  const bundle = path.join(tmp, 'time-race.cjs');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'esbuild'), [path.join(__dirname, 'time-race.ts'), '--bundle', '--platform=node', '--format=cjs', '--log-level=error', `--outfile=${bundle}`]);
  const corpus = timeRows();
  const sets: { lang: 'vi' | 'pl' | 'en'; set: string; exprs: string[]; rounds: number }[] = [];
  for (const lang of ['en', 'vi', 'pl'] as const) {
    const own = corpus.filter((r) => r.lang === lang).map((r) => r.expression);
    const generated = Array.from({ length: 300 }, (_, i) => timeText(lang, i * 11 + 5));
    sets.push({ lang, set: 'corpus expressions and 300 distinct forms', exprs: [...own, ...generated], rounds: 40 });
    sets.push({ lang, set: 'long prose cells (40 cells of about 450 characters)', exprs: proseCells(lang), rounds: 20 });
  }
  const out: Race[] = [];
  for (const s of sets) {
    const file = path.join(tmp, `exprs-${s.lang}-${out.length}.json`);
    fs.writeFileSync(file, JSON.stringify(s.exprs));
    const run = (engine: string, warm = 0) => median([0, 1, 2].map(() => Number(execFileSync(process.execPath, [bundle, engine, s.lang, file, String(s.rounds), String(warm)], { encoding: 'utf8' }))));
    const ours = run('ours');
    const oursAny = run('ours-any');
    const warmOurs = run('ours', WARM_MS);
    // chrono-node has English and Vietnamese locales, no Polish.
    const theirs = s.lang === 'pl' ? null : run('chrono');
    const warmTheirs = s.lang === 'pl' ? null : run('chrono', WARM_MS);
    out.push({ lang: s.lang, set: s.set, expressions: s.exprs.length, ours_ms: Math.round(ours), ours_any_ms: Math.round(oursAny), chrono_ms: theirs === null ? null : Math.round(theirs), ratio: ratioOf(theirs, ours), warm_ours_ms: Math.round(warmOurs), warm_chrono_ms: warmTheirs === null ? null : Math.round(warmTheirs), warm_ratio: ratioOf(warmTheirs, warmOurs) });
    console.log(`  time ${s.lang} ${s.set}: ours ${Math.round(ours)} ms (no language: ${Math.round(oursAny)} ms), chrono ${theirs === null ? 'n/a' : Math.round(theirs) + ' ms'}; warm: ours ${Math.round(warmOurs)} ms, chrono ${warmTheirs === null ? 'n/a' : Math.round(warmTheirs) + ' ms'}`);
  }
  return out;
}
