import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS_CSV } from '../helpers/corpus';

// The binary that `npm ci` builds (the prepare script) and that `npx activity-matrix` runs.
const BIN = path.join(__dirname, '..', '..', 'dist', 'cli', 'activity-matrix.cjs');

describe('the activity-matrix binary', () => {
  beforeAll(() => {
    if (!fs.existsSync(BIN)) spawnSync('npm', ['run', 'build:cli'], { cwd: path.join(__dirname, '..', '..') });
  });
  test('starts with a node shebang, so npx can run it', () => {
    expect(fs.readFileSync(BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });
  test('exit codes: 1 when check finds errors, 2 for a missing file (a message, no stack trace), 0 for help', () => {
    expect(spawnSync(process.execPath, [BIN, 'check', CORPUS_CSV]).status).toBe(1);
    const missing = spawnSync(process.execPath, [BIN, 'parse', 'no-such-file.xlsx'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no-such-file\.xlsx: no such file/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(spawnSync(process.execPath, [BIN, '--help']).status).toBe(0);
  });
  test('reads expressions from stdin', () => {
    const r = spawnSync(process.execPath, [BIN, 'time', '--year', '2014', '--json'], { input: 'luty – marzec 2014\n', encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, spans: [{ start: '2014-02', end: '2014-03' }] });
  });
});
