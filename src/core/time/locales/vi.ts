import type { LocalePack } from './pack';

export const vi: LocalePack = {
  lang: 'vi',
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
  filler: ['từ', 'vào', 'trong', 'khoảng', 'khoang', 'ngày', 'ngay', 'dự', 'kiến', 'thời', 'gian', 'trước', 'sau', 'hết', 'het', 'thứ', 'cả'],
  early: ['đầu'],
  mid: ['giữa'],
  late: ['cuối'],
  ordinalSuffix: [],
  ordinalWords: {},
  whole: ['cả', 'quanh', 'suốt'],
  monthExtras: { giêng: 1, chạp: 12 },
  seasons: {},
  // "6 tháng đầu năm" (the first six months) and "6 tháng cuối năm".
  halfPhrases: { 'dau nam': 1, 'cuoi nam': 2 },
};
