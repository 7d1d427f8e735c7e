import { cellsOf, findingOf, HEADER } from './check';

describe('missing-method', () => {
  const rows = [HEADER, ['1. A', '1.1 Survey', '', '2014', 'Ana', 'o'], ['1. A', '1.2 Visit', 'site visit', '2014', 'Ola', 'o']];
  test('an activity that says nothing of how, as a warning', () => {
    expect(cellsOf('missing-method', rows)).toEqual(['C2']);
    expect(findingOf('missing-method', rows).severity).toBe('warning');
  });
  test('made an error by the configuration', () => {
    expect(findingOf('missing-method', rows, { rules: { 'missing-method': 'error' } }).severity).toBe('error');
  });
});
