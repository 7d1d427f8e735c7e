import { check, cellsOf, HEADER } from './check';

describe('time-assumed', () => {
  test('a deadline read from the start of its year, as information', () => {
    const rows = [HEADER, ['1. A', '1.1 x', 'm', 'by end of June 2014', 'Ana', 'o'], ['1. A', '1.2 y', 'm', 'Q3 2014', 'Ana', 'o']];
    expect(cellsOf('time-assumed', rows)).toEqual(['D2']);
    const f = check(rows).find((x) => x.rule === 'time-assumed')!;
    expect(f.severity).toBe('info');
    expect(f.args.code).toBe('deadline');
  });
  test('a year assumed for a plan that writes none', () => {
    const f = check([HEADER, ['1. A', '1.1 x', 'm', 'March', 'Ana', 'o']]).filter((x) => x.rule === 'time-assumed');
    expect(f.map((x) => x.args.code)).toContain('year-assumed');
  });
});
