import { analyzeGrids } from '../../../src/core/analyze';
import { gridFromRows } from '../../../src/core/model/grid';
import { cellsOf, HEADER } from './check';

describe('multi-activity-cell', () => {
  test('one cell that lists several numbered activities', () => {
    expect(cellsOf('multi-activity-cell', [HEADER, ['1. A', '1.1 Survey\n1.2 Visit\n1.3 Report', 'm', '2014', 'Ana', 'o']])).toEqual(['B2']);
  });
  test('not a single activity written on two lines', () => {
    expect(cellsOf('multi-activity-cell', [HEADER, ['1. A', '1.1 Survey of the members\nof the network', 'm', '2014', 'Ana', 'o']])).toEqual([]);
  });
  test('not a line of its own over bulleted lines: one activity and its parts; bullets alone are several', () => {
    const rows = [HEADER, ['1. A', 'Tập huấn:\n- kỹ năng mềm\n- kỹ năng lãnh đạo', 'm', 'T3/2025', 'Hội LHPN', 'o'], ['1. A', '- Họp\n- Ký kết', 'm', 'T4/2025', 'BĐH', 'o']];
    expect(cellsOf('multi-activity-cell', rows)).toEqual(['B3']);
    const { plans } = analyzeGrids([gridFromRows('S', rows)], { rules: {} });
    expect(plans[0].rows.map((r) => r.activity)).toEqual(['Tập huấn: kỹ năng mềm; kỹ năng lãnh đạo', '- Họp\n- Ký kết']);
  });
});
