import type { SheetWords } from '../types';

export const sheets: SheetWords = {
  schedule: {
    no: 'STT', activity: 'Hoạt động', owner: 'Người thực hiện', time: 'Thời gian (nguyên văn)', unscheduled: 'Không đọc được thời gian', full: 'Thực hiện cả kỳ',
    partial: 'Thực hiện một phần kỳ', legend: 'Chú thích', sheet: 'Lịch', quarter: 'Quý {roman}', month: 'T{n}',
  },
  clean: {
    sheet: 'Kế hoạch sạch',
    headers: {
      plan: 'Kế hoạch', goalNo: 'Số mục tiêu', goal: 'Mục tiêu', activityNo: 'Số hoạt động', activity: 'Hoạt động', method: 'Phương pháp', time: 'Thời gian', start: 'Bắt đầu',
      end: 'Kết thúc', quarters: 'Các quý', owners: 'Người thực hiện', outcome: 'Kết quả', findings: 'Phát hiện', source: 'Nguồn',
    },
    grid: '(lưới)',
    ours: '(Activity Matrix)',
  },
  convert: { sheet: 'Bảng kế hoạch', source: 'Dòng gốc', section: 'Giai đoạn / mục' },
};
