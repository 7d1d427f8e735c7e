import { cellsOf, HEADER } from './check';

describe('missing-time', () => {
  test('an activity whose time cell is empty', () => {
    expect(cellsOf('missing-time', [HEADER, ['1. A', '1.1 Survey', 'm', '', 'Ana', 'o'], ['1. A', '1.2 Visit', 'm', 'Q3 2014', 'Ola', 'o']])).toEqual(['D2']);
  });
  test('not for a row whose period is marked in a grid', () => {
    const rows = [
      ['Activity', 'Owner', 'Outcome', 'Q1 2024', 'Q2 2024', 'Q3 2024'],
      ['Survey', 'Ana', 'report', 'x', '', ''],
      ['Visit', 'Ola', 'notes', '', 'x', 'x'],
    ];
    expect(cellsOf('missing-time', rows)).toEqual([]);
  });
  test('a grid row with no period marked', () => {
    const rows = [
      ['Activity', 'Owner', 'Outcome', 'Q1 2024', 'Q2 2024', 'Q3 2024'],
      ['Survey', 'Ana', 'report', 'x', '', ''],
      ['Visit', 'Ola', 'notes', '', '', ''],
    ];
    expect(cellsOf('missing-time', rows)).toHaveLength(1);
  });
  test.each(['TBD', 'tbc', 'to be confirmed', 'do ustalenia', 'chưa xác định', 'à définir', 'por definir', '?', '–'])('a time written as "%s" is a time not given yet', (text) => {
    expect(cellsOf('missing-time', [HEADER, ['1. A', '1.1 Survey', 'm', text, 'Ana', 'o'], ['1. A', '1.2 Visit', 'm', 'Q3 2014', 'Ola', 'o']])).toEqual(['D2']);
    expect(cellsOf('unparseable-time', [HEADER, ['1. A', '1.1 Survey', 'm', text, 'Ana', 'o']])).toEqual([]);
  });
});
