/**
 * A word written with marks is not one of our words written without them: "tổ" (in "tổ chức", to organise) is not
 * the English "to", "đó" is not the Polish "do". Words typed without their marks still read ("thang" for "tháng"),
 * and words with marks of our own lists read as before.
 */
import { parseTime } from '../../../src/core/time';

const spans = (text: string, lang?: string) => parseTime(text, { year: 2024, lang }).spans.map((s) => `${s.start}..${s.end}`);

describe('words with marks', () => {
  test('"tổ chức" between two months does not make them a range', () => {
    expect(spans('tháng 3 tổ chức hội thảo tháng 5', 'vi')).toEqual(['2024-03..2024-03', '2024-05..2024-05']);
    expect(spans('tháng 3 tổ chức hội thảo tháng 5')).toEqual(['2024-03..2024-03', '2024-05..2024-05']);
  });
  test('"đó" is not the Polish "do" (until)', () => {
    expect(spans('tháng 3 đó tháng 5', 'vi')).toEqual(['2024-03..2024-03', '2024-05..2024-05']);
    expect(spans('od marca do maja', 'pl')).toEqual(['2024-03..2024-05']);
  });
  test('our own words with marks, and the same words typed without them, still read', () => {
    expect(spans('từ tháng 3 đến tháng 5', 'vi')).toEqual(['2024-03..2024-05']);
    expect(spans('tu thang 3 den thang 5', 'vi')).toEqual(['2024-03..2024-05']);
    expect(spans('thứ Hai, ngày 5 tháng 9 năm 2016', 'vi')).toEqual(['2016-09..2016-09']);
    expect(spans('do końca maja', 'pl')).toEqual(['2024-01..2024-05']);
    expect(spans('nửa đầu năm 2025', 'vi')).toEqual(['2025-01..2025-06']);
  });
});
