/** Vietnamese. */
import type { LangPack } from '../types';
import { headers } from './headers';
import { messages } from './messages';
import { sheets } from './sheets';
import { time } from './time';
import { ui } from './ui';

export const vi: LangPack = {
  code: 'vi',
  name: 'Tiếng Việt',
  time,
  headers,
  vagueOwners: ['tất cả', 'mọi người', 'tất cả mọi người', 'các bên', 'chưa rõ', 'chưa xác định', 'cả nhóm', 'toàn bộ', 'toàn thể', 'cả đội', 'mọi thành viên', 'tất cả thành viên', 'nhóm'],
  ownerJoiners: ['và', 'cùng', 'cùng với', 'phối hợp với'],
  marks: { yes: ['có', 'x'], no: ['không', 'k'] },
  nonActivity: ['tổng', 'tổng cộng', 'cộng', 'người lập', 'người duyệt', 'ký tên', 'chú thích', 'ghi chú', 'phê duyệt', 'xác nhận'],
  list: { goal: ['nhiệm vụ', 'mục tiêu', 'hoạt động chính', 'công việc'], period: ['thời gian thực hiện', 'thời gian', 'thời hạn'], section: ['giai đoạn', 'bước', 'hợp phần', 'cách thức thực hiện', 'phương thức thực hiện', 'phần'] },
  guess: { letters: 'ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ', words: ['và', 'các', 'của', 'hoạt động', 'thời gian', 'người', 'kết quả', 'mục tiêu', 'tháng', 'năm'] },
  ui,
  messages,
  sheets,
};
