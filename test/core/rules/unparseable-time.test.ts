import { cellsOf, findingOf, HEADER } from './check';

describe('unparseable-time', () => {
  const rows = [HEADER, ['1. A', '1.1 Survey', 'm', 'ongoing', 'Ana', 'o'], ['1. A', '1.2 Visit', 'm', 'Q3 2014', 'Ola', 'o'], ['1. A', '1.3 Call', 'm', '30.02.2014', 'Ola', 'o']];
  test('a written time that cannot be read, and an impossible date, as warnings with the reason', () => {
    expect(cellsOf('unparseable-time', rows)).toEqual(['D2', 'D4']);
    expect(findingOf('unparseable-time', rows).severity).toBe('warning');
  });
  test('the reason is kept in the finding', () => {
    expect(findingOf('unparseable-time', [HEADER, ['1. A', '1.1 Call', 'm', '30.02.2014', 'Ola', 'o']]).args).toEqual({ text: '30.02.2014', reason: 'impossible-date' });
  });
  test('an empty time is missing-time, not unparseable', () => {
    expect(cellsOf('unparseable-time', [HEADER, ['1. A', '1.1 Survey', 'm', '', 'Ana', 'o']])).toEqual([]);
  });
});
