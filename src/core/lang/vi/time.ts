import type { TimeWords } from '../types';

export const time: TimeWords = {
  quarter: ['quý', 'qúy', 'quí'],
  half: ['nửa'],
  // "T3", "tháng 3", "th 3", "thg 3" are calendar months: March.
  calendarMonth: ['tháng', 'thang', 'th', 'thg', 't'],
  relativeMonth: [],
  year: ['năm', 'nam'],
  range: ['đến', 'tới', 'tơi', 'đên', 'den', 'toi'],
  list: ['và', 'hoặc', 'cùng'],
  between: [],
  week: ['tuần', 'tuan'],
  day: ['ngày'],
  filler: ['từ', 'vào', 'trong', 'khoảng', 'khoang', 'ngày', 'ngay', 'mồng', 'mùng', 'dự', 'kiến', 'thời', 'gian', 'trước', 'sau', 'hết', 'het', 'thứ', 'cả', 'mỗi', 'hàng', 'định', 'kỳ', 'dịp', 'nhân dịp', 'vào dịp'],
  early: ['đầu'],
  mid: ['giữa'],
  late: ['cuối'],
  ordinalSuffix: [],
  // Number words: "tháng sáu" is June, "quý hai" the second quarter. "năm" (five) is read as a number only after "tháng" or "quý".
  ordinalWords: { một: 1, nhất: 1, hai: 2, ba: 3, bốn: 4, tư: 4, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10, 'mười một': 11, 'mười hai': 12, giêng: 1, chạp: 12 },
  // Vietnamese orders with "thứ" before the number ("tuần thứ hai"), so every number word here counts.
  cardinalWords: ['một', 'nhất', 'hai', 'ba', 'bốn', 'tư', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'],
  whole: ['cả', 'quanh', 'suốt'],
  monthExtras: { giêng: 1, chạp: 12 },
  // "Mùa hè 2025", "dịp hè": the summer holidays of schools and youth work ("hè" alone is also the "vỉa hè", the pavement).
  seasons: { 'mùa hè': [6, 8], 'dịp hè': [6, 8], 'kỳ nghỉ hè': [6, 8], 'nghỉ hè': [6, 8] },
  yearSeasons: { hè: [6, 8], xuân: [1, 3] },
  schoolTerms: { 'học kỳ': [[9, 1], [2, 5]], 'học kì': [[9, 1], [2, 5]], hk: [[9, 1], [2, 5]] },
  schoolYears: { 'năm học': [9, 5] },
  // "6 tháng đầu năm" (the first six months) and "6 tháng cuối năm".
  halfPhrases: { 'dau nam': 1, 'cuoi nam': 2 },
  weekdays: ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', 'cn'],
  clock: ['lúc', 'giờ', 'h', 'phút', 'sáng', 'chiều', 'tối'],
  deadline: ['đến hết', 'hết', 'trước', 'chậm nhất', 'hạn chót', 'hạn', 'trước ngày', 'đến', 'tới'],
  openStart: ['từ', 'kể từ', 'bắt đầu từ', 'bắt đầu'],
  openEnd: ['trở đi', 'trở về sau', 'về sau'],
  recurring: ['hằng tháng', 'hàng tháng', 'hằng quý', 'hàng quý', 'hằng tuần', 'hàng tuần', 'hằng ngày', 'hàng ngày', 'mỗi tháng', 'mỗi quý', 'mỗi tuần', 'định kỳ'],
  every: ['mỗi', 'hằng', 'hàng'],
  times: ['lần', 'lan'],
  stage: ['đợt', 'lần', 'giai đoạn', 'khóa', 'khoá', 'lớp'],
  endLabel: ['kết thúc', 'hoàn thành'],
  after: ['sau', 'ra'],
  // Tết (Nguyên đán) and Trung thu are days of the lunar calendar: their Gregorian month changes with the year.
  // A school year opens with its khai giảng in early September and closes at the end of May.
  holidays: { 'khai giảng': [9, 5], 'lễ khai giảng': [9, 5], 'ngày khai giảng': [9, 5], 'đầu năm học': [9, 5], 'cuối năm học': [5, 25], 'bế giảng': [5, 25], 'lễ bế giảng': [5, 25], 'tổng kết năm học': [5, 25],
    'giáng sinh': [12, 25], noel: [12, 25], 'quốc khánh': [9, 2], 'tết dương lịch': [1, 1],
    tết: { lunar: [1, 1], usual: [2, 1] }, 'tết nguyên đán': { lunar: [1, 1], usual: [2, 1] }, 'tết âm lịch': { lunar: [1, 1], usual: [2, 1] },
    'tết trung thu': { lunar: [8, 15], usual: [9, 20] }, 'trung thu': { lunar: [8, 15], usual: [9, 20] },
  },
  relativeYears: {
    'năm nay': 0, 'trong năm': 0, 'năm tới': 1, 'năm sau': 1, 'năm tiếp theo': 1, 'năm trước': -1, 'năm ngoái': -1,
    'cả năm': 'every', 'hằng năm': 'every', 'hàng năm': 'every', 'quanh năm': 'every', 'thường xuyên': 'every', 'suốt năm': 'every', 'định kỳ': 'every',

    'thường kỳ': 'every',
  },
};
