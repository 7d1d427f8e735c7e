import { cellsOf, findingOf, HEADER } from './check';

describe('unknown-column', () => {
  const rows = [[...HEADER, 'Shoe size'], ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o', '10'], ['1. A', '1.2 Visit', 'm', '2014', 'Ola', 'o', '5']];
  test('a header of no known role, named in the finding', () => {
    expect(cellsOf('unknown-column', rows)).toEqual(['G1']);
    expect(findingOf('unknown-column', rows).args).toEqual({ header: 'Shoe size' });
  });
  test('not a known header such as Budget', () => {
    expect(cellsOf('unknown-column', [[...HEADER, 'Budget'], ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o', '100']])).toEqual([]);
  });
});
