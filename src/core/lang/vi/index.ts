/** Vietnamese. */
import type { LangPack } from '../types';
import { headers } from './headers';
import { time } from './time';
import { shown } from './shown';

export const vi: LangPack = {
  code: shown.code,
  name: shown.name,
  time,
  headers,
  vagueOwners: ['tất cả', 'mọi người', 'tất cả mọi người', 'các bên', 'chưa rõ', 'chưa xác định', 'cả nhóm', 'toàn bộ', 'toàn thể', 'cả đội', 'mọi thành viên', 'tất cả thành viên', 'nhóm'],
  ownerJoiners: ['và', 'cùng', 'cùng với', 'phối hợp với'],
  ownerLabels: ['chủ trì', 'đơn vị chủ trì', 'phối hợp', 'đơn vị phối hợp', 'thực hiện', 'người thực hiện', 'hỗ trợ', 'phụ trách', 'người phụ trách', 'trách nhiệm'],
  supportLabels: ['phối hợp', 'đơn vị phối hợp', 'cơ quan phối hợp', 'người phối hợp', 'hỗ trợ', 'người hỗ trợ'],
  marks: { yes: ['có', 'x'], no: ['không', 'k'] },
  nonActivity: ['tổng', 'tổng cộng', 'cộng', 'người lập', 'người duyệt', 'ký tên', 'chú thích', 'ghi chú', 'phê duyệt', 'xác nhận'],
  planTitles: ['dự án', 'kế hoạch', 'chương trình', 'lịch', 'tiến độ', 'khung logic', 'lộ trình'],
  levels: ['mục tiêu chung', 'mục tiêu cụ thể', 'mục tiêu tổng quát', 'mục tiêu', 'kết quả', 'đầu ra', 'tác động'],
  list: { goal: ['chương trình', 'nội dung', 'nhiệm vụ', 'mục tiêu', 'hoạt động chính', 'công việc'], period: ['thời gian thực hiện', 'thời gian', 'thời hạn'], section: ['giai đoạn', 'bước', 'hợp phần', 'cách thức thực hiện', 'phương thức thực hiện', 'phần'], item: ['hoạt động'] },
  guess: { letters: 'ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ', words: ['và', 'các', 'của', 'hoạt động', 'thời gian', 'người', 'kết quả', 'mục tiêu', 'tháng', 'năm'] },
};
