import { check } from './check';

describe('missing-column', () => {
  test('one finding per missing role, not one per row', () => {
    const f = check([['Goal', 'Activity', 'Time'], ['1. A', 'x', '2014'], ['1. A', 'y', '2015']]);
    expect(f.filter((x) => x.rule === 'missing-column').map((x) => x.args.role).sort()).toEqual(['method', 'outcome', 'owner']);
  });
  test('none when every role has a column', () => {
    const f = check([['Goal', 'Activity', 'Method', 'Time', 'Owner', 'Outcome'], ['1. A', 'x', 'm', '2014', 'Ana', 'o']]);
    expect(f.filter((x) => x.rule === 'missing-column')).toEqual([]);
  });
});
