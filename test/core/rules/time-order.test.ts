import { cellsOf, findingOf, HEADER } from './check';

describe('time-order', () => {
  test('an end before its start, as an error', () => {
    const rows = [HEADER, ['1. A', '1.1 x', 'm', 'grudzień 2015 – luty 2014', 'Ana', 'o']];
    expect(cellsOf('time-order', rows)).toEqual(['D2']);
    expect(findingOf('time-order', rows).severity).toBe('error');
  });
  test('not for a range in order', () => {
    expect(cellsOf('time-order', [HEADER, ['1. A', '1.1 x', 'm', 'luty – grudzień 2015', 'Ana', 'o']])).toEqual([]);
  });
});
