import { cellsOf, HEADER } from './check';

describe('multi-activity-cell', () => {
  test('one cell that lists several numbered activities', () => {
    expect(cellsOf('multi-activity-cell', [HEADER, ['1. A', '1.1 Survey\n1.2 Visit\n1.3 Report', 'm', '2014', 'Ana', 'o']])).toEqual(['B2']);
  });
  test('not a single activity written on two lines', () => {
    expect(cellsOf('multi-activity-cell', [HEADER, ['1. A', '1.1 Survey of the members\nof the network', 'm', '2014', 'Ana', 'o']])).toEqual([]);
  });
});
