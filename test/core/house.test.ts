/** The shape of the house: short functions, no import cycle, and hosts that enter the core only by its door. */
import * as path from 'path';
import { functionsOf, importsOf, SRC, sourceFiles } from '../helpers/source';

const rel = (f: string) => path.relative(SRC, f);

test('no function in src is over 80 lines', () => {
  const long = sourceFiles().flatMap(functionsOf).filter((f) => f.lines > 80);
  expect(long.map((f) => `${rel(f.file)}:${f.line} ${f.name} (${f.lines} lines)`)).toEqual([]);
});

test('no import cycle in src (type imports included)', () => {
  const graph = new Map(sourceFiles().map((f) => [f, importsOf(f).flatMap((i) => (i.target ? [i.target] : []))]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') cycles.push([...stack.slice(stack.indexOf(m)), m].map(rel).join(' → '));
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  expect(cycles).toEqual([]);
});

test('hosts import the core only through src/core/index.ts', () => {
  const core = path.join(SRC, 'core');
  const door = path.join(core, 'index.ts');
  const deep = sourceFiles()
    .filter((f) => !f.startsWith(core + path.sep))
    .flatMap((f) => importsOf(f).filter((i) => i.target?.startsWith(core + path.sep) && i.target !== door).map((i) => `${rel(f)}: ${i.spec}`));
  expect(deep).toEqual([]);
});

test('the reader never imports the writer', () => {
  const read = path.join(SRC, 'core', 'read');
  const write = path.join(SRC, 'core', 'write');
  const bad = sourceFiles(read).flatMap((f) => importsOf(f).filter((i) => i.target?.startsWith(write)).map((i) => `${rel(f)}: ${i.spec}`));
  expect(bad).toEqual([]);
});

test('the source reader sees functions with their lengths and imports with their targets', () => {
  // functionsOf counts lines of nested functions too: this file's own functions are found.
  const mine = functionsOf(__filename);
  expect(mine.some((f) => f.name === 'visit' && f.lines >= 10)).toBe(true);
  expect(importsOf(path.join(SRC, 'core', 'index.ts')).some((i) => i.target?.endsWith(path.join('time', 'index.ts')))).toBe(true);
});

test('the engine, the task pane and the CLI start without zod: schemas load only through loadSchemas()', () => {
  const closure = (entry: string) => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of importsOf(f)) {
        if (i.typeOnly) continue;
        if (i.target) visit(i.target);
        else bare.add(i.spec.split('/')[0]);
      }
    };
    visit(entry);
    return { files: [...seen].map(rel), packages: [...bare] };
  };
  for (const entry of ['core/index.ts', 'taskpane/index.tsx', 'cli/main.ts']) {
    const { files, packages } = closure(path.join(SRC, entry));
    expect([entry, packages.filter((p) => p === 'zod' || p === 'exceljs' || p === 'jszip')]).toEqual([entry, []]);
    expect([entry, files.filter((f) => f.endsWith('.schema.ts') || f === path.join('core', 'schemas.ts'))]).toEqual([entry, []]);
  }
  // The schemas are there, for the hosts that ask.
  expect(closure(path.join(SRC, 'core', 'schemas.ts')).packages).toContain('zod');
});
