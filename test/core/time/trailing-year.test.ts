/** A year after a list or range of months is their year (found by the bench's generated plans: "T9+10 năm 2024" read as 2010). */
import { expressions } from './read';

describe('a year after a list of months', () => {
  expressions('vi', { year: 2020 }, {
    'T7+8 năm 2024': '2024-07..2024-08',
    'T9+10 năm 2024': '2024-09..2024-10',
    'T11+12 năm 2024': '2024-11..2024-12',
    'T7, 8 năm 2024': '2024-07..2024-08',
    'tháng 7+8 năm 2024': '2024-07..2024-08',
  });
  expressions('pl', { year: 2020 }, {
    'lipiec, sierpień 2024': '2024-07..2024-08',
  });
  expressions('en', { year: 2020 }, {
    'T7+8 2024': '2024-07..2024-08',
    'Q1 2024': '2024-01..2024-03',
    '2023, 2024': '2023-01..2024-12',
  });
});
