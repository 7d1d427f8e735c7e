import { cellsOf, findingOf, HEADER } from './check';

describe('duplicate-role', () => {
  const rows = [[...HEADER, 'Owner'], ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o', 'Ola'], ['1. A', '1.2 Visit', 'm', '2014', 'Ola', 'o', 'Ana']];
  test('a second Owner column, kept as an extra column', () => {
    expect(cellsOf('duplicate-role', rows)).toEqual(['G1']);
    expect(findingOf('duplicate-role', rows).args.role).toBe('owner');
  });
  test('not when each role has one column', () => {
    expect(cellsOf('duplicate-role', [HEADER, ['1. A', '1.1 Survey', 'm', '2014', 'Ana', 'o']])).toEqual([]);
  });
  test('not for those who support the owner, beside the owner column, in any language: kept as an extra column', () => {
    const support = (header: string) => cellsOf('duplicate-role', [['Hoạt động', 'Thời gian', 'Đơn vị chủ trì', header, 'Kết quả'], ['Họp', 'T3/2025', 'Hội LHPN', 'Đoàn TN', 'Biên bản']]);
    expect(['Đơn vị phối hợp', 'Partnerzy', 'Supporting partners', 'Partenaires'].map(support)).toEqual([[], [], [], []]);
    expect(support('Người thực hiện')).toEqual(['D1']);
  });
});
