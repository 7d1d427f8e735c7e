import * as fs from 'fs';
import * as path from 'path';
import { jsonSchemas } from '../../src/core/schemas';

const SRC = path.join(__dirname, '..', '..', 'src');
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));

describe('one direction of dependency', () => {
  test('src/core imports no Office, React, DOM or Node API and nothing outside the core', () => {
    const bad: string[] = [];
    for (const f of files(path.join(SRC, 'core'))) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/from '([^']+)'/g)) {
        const spec = m[1];
        const ok = spec === 'zod' || (spec.startsWith('.') && path.resolve(path.dirname(f), spec).startsWith(path.join(SRC, 'core')));
        if (!ok) bad.push(`${path.relative(SRC, f)}: ${spec}`);
      }
      if (/(?<![.\w])(document|window|Office|Excel|process|require)\s*[.(]/.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))) bad.push(`${path.relative(SRC, f)}: uses a host global`);
    }
    expect(bad).toEqual([]);
  });
  test('only src/excel (and the pane and command entries) touch Office.js', () => {
    const bad = files(SRC)
      .filter((f) => !/src\/(excel|commands)\/|src\/taskpane\/index\.tsx$/.test(f))
      .filter((f) => /\b(Excel|Office)\.(run|context|onReady|actions)/.test(fs.readFileSync(f, 'utf8')));
    expect(bad.map((f) => path.relative(SRC, f))).toEqual([]);
  });
  test('the task pane parses nothing itself: it imports no parser internals', () => {
    const text = fs.readFileSync(path.join(SRC, 'taskpane', 'App.tsx'), 'utf8');
    expect(text).not.toMatch(/core\/time\/|core\/detect|core\/read-plan|parseTime|JSON\.parse/);
  });
  test('no dangerouslySetInnerHTML and no eval anywhere in src', () => {
    for (const f of files(SRC)) expect(fs.readFileSync(f, 'utf8')).not.toMatch(/dangerouslySetInnerHTML|\beval\(|new Function\(/);
  });
});

describe('JSON Schemas generated from the zod schemas', () => {
  test('docs/*.schema.json are current (run npm run schemas to refresh them)', () => {
    const docs = path.join(__dirname, '..', '..', 'docs');
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const file = path.join(docs, `${name}.schema.json`);
      expect(fs.existsSync(file)).toBe(true);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });
});
