import { cellsOf } from './check';

describe('time-outside-plan', () => {
  test('a span outside the window the title states', () => {
    const rows = [['Plan 2012–2014'], ['Goal', 'Activity', 'Method', 'Time', 'Owner', 'Outcome'], ['1. A', '1.1 x', 'm', 'Q2 2015', 'Ana', 'o'], ['1. A', '1.2 y', 'm', 'Q2 2013', 'Ana', 'o2']];
    expect(cellsOf('time-outside-plan', rows)).toEqual(['D3']);
  });
  test('nothing when the plan states no window', () => {
    const rows = [['Goal', 'Activity', 'Method', 'Time', 'Owner', 'Outcome'], ['1. A', '1.1 x', 'm', 'Q2 2015', 'Ana', 'o'], ['1. A', '1.2 y', 'm', 'Q2 2013', 'Ana', 'o2']];
    expect(cellsOf('time-outside-plan', rows)).toEqual([]);
  });
});
