import { cellsOf, HEADER } from './check';

describe('missing-outcome', () => {
  test('each activity with an empty outcome cell', () => {
    expect(cellsOf('missing-outcome', [HEADER, ['1. A', '1.1 Survey', 'm', '2014', 'Ana', ''], ['1. A', '1.2 Visit', 'm', '2014', 'Ola', 'report'], ['', '1.3 Call', 'm', '2014', 'Ola', '']])).toEqual(['F2', 'F4']);
  });
  test('not when the outcome is written', () => {
    expect(cellsOf('missing-outcome', [HEADER, ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'report']])).toEqual([]);
  });
});
