import type { HeaderWords } from '../types';

export const headers: HeaderWords = {
  goal: ['mục tiêu', 'mục đích', 'mục tiêu cụ thể', 'mục tiêu chung', 'giai đoạn', 'hạng mục', 'nhóm công việc', 'lĩnh vực', 'định hướng', 'nhóm hoạt động', 'hoạt động chính', 'nhiệm vụ chính', 'công việc chính', 'chương trình', 'dự án con'],
  activity: [
    'hoạt động', 'công việc', 'nhiệm vụ', 'nội dung', 'nội dung hoạt động', 'nội dung công việc', 'các hoạt động', 'tên công việc', 'đầu việc', 'tên hoạt động',
    'việc cần làm', 'hạng mục công việc', 'tên nhiệm vụ', 'nội dung thực hiện', 'công việc cụ thể', 'chi tiết công việc', 'tên đầu việc', 'việc',
  ],
  method: [
    'phương pháp', 'phương pháp thực hiện', 'cách thức', 'cách thức thực hiện', 'hình thức', 'hình thức thực hiện', 'biện pháp', 'mô tả công việc', 'mô tả', 'chi tiết',
    'giải pháp', 'cách làm', 'phương thức', 'phân công',
  ],
  time: [
    'thời gian', 'thời hạn', 'thời điểm', 'ngày', 'tiến độ', 'thời gian thực hiện', 'lịch', 'thời gian hoàn thành', 'hạn chót', 'hạn hoàn thành', 'tháng', 'quý', 'năm',
    'tuần', 'ngày thực hiện', 'lịch trình', 'mốc thời gian', 'thời hạn hoàn thành',
  ],
  owner: [
    'người thực hiện', 'người phụ trách', 'phụ trách', 'trách nhiệm', 'người chịu trách nhiệm', 'đơn vị thực hiện', 'người tham gia', 'thành phần tham gia', 'ai thực hiện',
    'đơn vị chủ trì', 'thành viên', 'phân công', 'người được giao', 'chủ trì', 'cán bộ phụ trách', 'nhân sự', 'đơn vị phụ trách', 'người làm', 'bộ phận', 'đơn vị', 'cơ quan chủ trì',
  ],
  outcome: [
    'kết quả', 'kết quả mong đợi', 'kết quả dự kiến', 'đầu ra', 'chỉ số', 'kết quả cần đạt', 'sản phẩm', 'kết quả đầu ra', 'chỉ tiêu', 'sản phẩm đầu ra', 'minh chứng',
    'sản phẩm dự kiến', 'kết quả đạt được',
  ],
  start: ['bắt đầu', 'ngày bắt đầu', 'thời gian bắt đầu', 'từ', 'từ ngày'],
  end: ['kết thúc', 'ngày kết thúc', 'thời gian kết thúc', 'hoàn thành', 'đến', 'ngày đến hạn', 'đến hạn', 'hạn', 'ngày hoàn thành', 'đến ngày'],
  duration: ['thời lượng', 'số ngày', 'số tuần', 'thời gian tuần', 'thời gian ngày', 'số tháng'],
  number: ['stt', 'tt', 'số tt', 'số thứ tự', 'số', 'số mục tiêu', 'số hoạt động', 'mã', 'mã số'],
  plan: ['kế hoạch', 'tên kế hoạch'],
  logframe: ['chỉ số', 'chỉ tiêu', 'giá trị cơ sở', 'mục tiêu đạt', 'nguồn kiểm chứng', 'giả định', 'phương tiện kiểm chứng'],
  other: [
    'giai đoạn / mục', 'dòng gốc','ghi chú', 'tình trạng', 'trạng thái', 'kinh phí', 'ngân sách', 'chi phí', 'nguồn kinh phí', 'đánh giá', 'lưu ý', 'phản hồi', 'tiến độ %', 'mức độ hoàn thành', 'rủi ro', 'nguồn lực'],
};
