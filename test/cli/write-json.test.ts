/** The CLI's streamed JSON writes the very text JSON.stringify(value, null, 2) would, in pieces. */
import fc from 'fast-check';
import { lazyMap, writeJson } from '../../src/cli/json';

function written(value: unknown): { text: string; pieces: number } {
  let text = '';
  let pieces = 0;
  writeJson(value, (p) => {
    text += p;
    pieces++;
  });
  return { text, pieces };
}

describe('streamed JSON output', () => {
  it('is the same text as JSON.stringify with two spaces, for any JSON value, big arrays included', () => {
    const big = fc.array(fc.jsonValue(), { minLength: 17, maxLength: 40 });
    // Big arrays whose items are big arrays and small values mixed, nested: small items are written in batches.
    const mixed = fc.array(fc.oneof(big, fc.jsonValue()), { minLength: 17, maxLength: 30 });
    const value = fc.oneof(fc.jsonValue(), big, fc.dictionary(fc.string(), fc.oneof(big, fc.jsonValue())), fc.array(fc.dictionary(fc.string(), big), { maxLength: 3 }), fc.dictionary(fc.string(), fc.array(mixed, { maxLength: 3 })));
    fc.assert(
      fc.property(value, (v) => {
        expect(written(v).text).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 400 },
    );
  });

  it('drops undefined members and writes undefined array items as null, as JSON.stringify does', () => {
    const v = { a: undefined, b: Array.from({ length: 20 }, (_, i) => (i % 2 ? undefined : { x: i, y: undefined })) };
    expect(written(v).text).toBe(JSON.stringify(v, null, 2));
  });

  it('makes a lazy list item by item, and writes a long list in several pieces', () => {
    const made: number[] = [];
    const findings = Array.from({ length: 50_000 }, (_, i) => i);
    const v = { files: [{ file: 'plan.xlsx', findings: lazyMap(findings, (i) => (made.push(i), { row: i, message: `No owner in row ${i}` })) }] };
    const { text, pieces } = written(v);
    expect(made).toHaveLength(50_000);
    expect(pieces).toBeGreaterThan(10);
    expect(text).toBe(JSON.stringify({ files: [{ file: 'plan.xlsx', findings: findings.map((i) => ({ row: i, message: `No owner in row ${i}` })) }] }, null, 2));
    expect(written({ empty: lazyMap([], (x) => x) }).text).toBe(JSON.stringify({ empty: [] }, null, 2));
  });
});

describe('clean -o OUT.csv and OUT.json, written as streams', () => {
  it('write the very documents cleanCsv and cleanJson make', async () => {
    const fs = await import('fs');
    const os = await import('os');
    const path = await import('path');
    const { run } = await import('../../src/cli/run');
    const { captureIo } = await import('../helpers/io');
    const { analyzeGrids, cleanCsv, cleanJson, cleanPlans, readCsvGrid } = await import('../../src/core');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-clean-'));
    const rows = ['Goal,Activity,Time,Owner,Expected outcome'];
    for (let i = 0; i < 3000; i++) rows.push(`${i % 10 === 0 ? `${i / 10 + 1}. Goal ${i}` : ''},Activity ${i} "quoted",Q${(i % 4) + 1} 2025,${i % 3 ? 'Ward office' : ''},Result ${i}`);
    const csv = path.join(dir, 'plan.csv');
    fs.writeFileSync(csv, rows.join('\n'));
    const a = analyzeGrids([readCsvGrid('plan', rows.join('\n')).grid]);
    const table = cleanPlans(a.plans, a.findings);
    expect(await run(['clean', csv, '-o', path.join(dir, 'out.csv')], captureIo())).toBe(0);
    expect(await run(['clean', csv, '-o', path.join(dir, 'out.json')], captureIo())).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'out.csv'), 'utf8')).toBe(cleanCsv(table));
    expect(fs.readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe(cleanJson(table));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
