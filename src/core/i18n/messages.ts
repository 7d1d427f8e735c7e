/**
 * The words: every message the engine and the task pane show, in English, Polish and Vietnamese.
 * A message is a template with {name} placeholders filled from a finding's arguments.
 */
import type { Finding, RuleId } from '../check/findings';
import type { TimeWarningCode } from '../time/types';

export const LANGS = ['en', 'pl', 'vi'] as const;
export type Lang = (typeof LANGS)[number];

type Table = Record<string, string>;

const ROLE_NAMES: Record<Lang, Table> = {
  en: { goal: 'goal', activity: 'activity', method: 'method', time: 'time', owner: 'owner', outcome: 'expected outcome', start: 'start', end: 'end', extra: 'other', number: 'number', plan: 'plan', period: 'period' },
  pl: { goal: 'cel', activity: 'działanie', method: 'metoda', time: 'termin', owner: 'osoba odpowiedzialna', outcome: 'oczekiwany rezultat', start: 'początek', end: 'koniec', extra: 'inna', number: 'numer', plan: 'plan', period: 'okres' },
  vi: { goal: 'mục tiêu', activity: 'hoạt động', method: 'phương pháp', time: 'thời gian', owner: 'người thực hiện', outcome: 'kết quả mong đợi', start: 'bắt đầu', end: 'kết thúc', extra: 'khác', number: 'số', plan: 'kế hoạch', period: 'kỳ' },
};

const RULES: Record<Lang, Record<RuleId, string>> = {
  en: {
    'missing-owner': 'No owner: nobody is accountable for this activity.',
    'missing-outcome': 'No expected outcome for this activity.',
    'missing-time': 'No time given for this activity.',
    'missing-activity': 'No activity in this row.',
    'missing-method': 'No method for this activity.',
    'missing-column': 'The table has no {role} column.',
    'unparseable-time': 'The time "{text}" could not be read ({reason}).',
    'time-outside-plan': 'The time "{text}" ({start}–{end}) falls outside the plan period {windowStart}–{windowEnd}.',
    'time-order': 'The time "{text}" ends before it starts.',
    'time-typo': 'The time "{text}" was read, but has a typo ({code}).',
    'time-assumed': 'The time "{text}" was read with an assumption ({code}).',
    'vague-owner': '"{owner}" names nobody accountable.',
    'duplicate-activity': 'The activity "{activity}" appears twice (first at {first}).',
    'multi-activity-cell': 'This cell lists {count} activities. Split it into one row per activity.',
    'inconsistent-numbering': 'Activity {id} stands under goal {goalId}.',
    'empty-row': 'An empty row inside the table.',
    'unknown-column': 'The column "{header}" has no known role; it is kept as an extra column.',
    'duplicate-role': 'The column "{header}" repeats the {role} role; it is kept as an extra column.',
  },
  pl: {
    'missing-owner': 'Brak osoby odpowiedzialnej: nikt nie odpowiada za to działanie.',
    'missing-outcome': 'Brak oczekiwanego rezultatu tego działania.',
    'missing-time': 'Brak terminu tego działania.',
    'missing-activity': 'W tym wierszu brak działania.',
    'missing-method': 'Brak metody realizacji tego działania.',
    'missing-column': 'W tabeli brak kolumny: {role}.',
    'unparseable-time': 'Nie udało się odczytać terminu „{text}” ({reason}).',
    'time-outside-plan': 'Termin „{text}” ({start}–{end}) wykracza poza okres planu {windowStart}–{windowEnd}.',
    'time-order': 'Termin „{text}” kończy się, zanim się zaczyna.',
    'time-typo': 'Termin „{text}” odczytano, ale zawiera literówkę ({code}).',
    'time-assumed': 'Termin „{text}” odczytano z założeniem ({code}).',
    'vague-owner': '„{owner}” nie wskazuje nikogo odpowiedzialnego.',
    'duplicate-activity': 'Działanie „{activity}” występuje dwa razy (pierwsze w {first}).',
    'multi-activity-cell': 'Ta komórka zawiera {count} działania. Podziel ją na osobne wiersze.',
    'inconsistent-numbering': 'Działanie {id} jest pod celem {goalId}.',
    'empty-row': 'Pusty wiersz wewnątrz tabeli.',
    'unknown-column': 'Kolumna „{header}” ma nieznaną rolę; zostaje jako dodatkowa.',
    'duplicate-role': 'Kolumna „{header}” powtarza rolę: {role}; zostaje jako dodatkowa.',
  },
  vi: {
    'missing-owner': 'Chưa có người thực hiện: không ai chịu trách nhiệm cho hoạt động này.',
    'missing-outcome': 'Chưa có kết quả mong đợi cho hoạt động này.',
    'missing-time': 'Chưa có thời gian cho hoạt động này.',
    'missing-activity': 'Dòng này chưa có hoạt động.',
    'missing-method': 'Chưa có phương pháp thực hiện cho hoạt động này.',
    'missing-column': 'Bảng không có cột {role}.',
    'unparseable-time': 'Không đọc được thời gian "{text}" ({reason}).',
    'time-outside-plan': 'Thời gian "{text}" ({start}–{end}) nằm ngoài thời kỳ của kế hoạch {windowStart}–{windowEnd}.',
    'time-order': 'Thời gian "{text}" kết thúc trước khi bắt đầu.',
    'time-typo': 'Đã đọc thời gian "{text}" nhưng có lỗi gõ ({code}).',
    'time-assumed': 'Đã đọc thời gian "{text}" với một giả định ({code}).',
    'vague-owner': '"{owner}" không chỉ rõ ai chịu trách nhiệm.',
    'duplicate-activity': 'Hoạt động "{activity}" xuất hiện hai lần (lần đầu ở {first}).',
    'multi-activity-cell': 'Ô này liệt kê {count} hoạt động. Hãy tách thành mỗi hoạt động một dòng.',
    'inconsistent-numbering': 'Hoạt động {id} nằm dưới mục tiêu {goalId}.',
    'empty-row': 'Có dòng trống trong bảng.',
    'unknown-column': 'Cột "{header}" không rõ vai trò; được giữ làm cột bổ sung.',
    'duplicate-role': 'Cột "{header}" lặp lại vai trò {role}; được giữ làm cột bổ sung.',
  },
};

const TIME_WARNINGS: Record<Lang, Record<TimeWarningCode | 'empty' | 'no-time' | 'excel-error', string>> = {
  en: {
    'doubled-slash': 'doubled slash', 'truncated-month': 'month name cut short', 'misspelt-month': 'misspelt month name',
    'ignored-text': 'words ignored', 'unreadable-part': 'part of the cell could not be read', 'reversed-range': 'end before start',
    'year-assumed': 'year assumed', 'excel-date': 'Excel turned the text into a date', 'relative-without-start': 'relative period without a plan start',
    'ambiguous-date': 'day and month could be swapped', empty: 'empty', 'no-time': 'no date, month, quarter or year in it', 'excel-error': 'the cell holds an Excel error value',
  },
  pl: {
    'doubled-slash': 'podwójny ukośnik', 'truncated-month': 'skrócona nazwa miesiąca', 'misspelt-month': 'literówka w nazwie miesiąca',
    'ignored-text': 'pominięto słowa', 'unreadable-part': 'części komórki nie odczytano', 'reversed-range': 'koniec przed początkiem',
    'year-assumed': 'przyjęto rok', 'excel-date': 'Excel zamienił tekst na datę', 'relative-without-start': 'okres względny bez daty rozpoczęcia planu',
    'ambiguous-date': 'dzień i miesiąc mogą być zamienione', empty: 'pusto', 'no-time': 'brak daty, miesiąca, kwartału lub roku', 'excel-error': 'komórka zawiera błąd Excela',
  },
  vi: {
    'doubled-slash': 'thừa dấu gạch chéo', 'truncated-month': 'tên tháng bị cắt', 'misspelt-month': 'tên tháng viết sai',
    'ignored-text': 'bỏ qua một số chữ', 'unreadable-part': 'một phần ô không đọc được', 'reversed-range': 'kết thúc trước bắt đầu',
    'year-assumed': 'giả định năm', 'excel-date': 'Excel đã đổi chữ thành ngày', 'relative-without-start': 'thời gian tương đối khi chưa có ngày bắt đầu',
    'ambiguous-date': 'ngày và tháng có thể bị đảo', empty: 'trống', 'no-time': 'không có ngày, tháng, quý hay năm', 'excel-error': 'ô chứa giá trị lỗi của Excel',
  },
};

export function fill(template: string, args: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (args[k] !== undefined ? String(args[k]) : `{${k}}`));
}

export function roleName(role: string, lang: Lang): string {
  return ROLE_NAMES[lang][role] ?? role;
}

export function timeWarningText(code: string, lang: Lang): string {
  return (TIME_WARNINGS[lang] as Table)[code] ?? code;
}

/** The message of a finding in a language. Role names and parser codes are translated too. */
export function findingMessage(f: Pick<Finding, 'rule' | 'args'>, lang: Lang): string {
  const args: Record<string, string | number> = { ...f.args };
  if (typeof args.role === 'string' && args.role) args.role = roleName(args.role, lang);
  if (typeof args.reason === 'string') args.reason = timeWarningText(args.reason, lang);
  if (typeof args.code === 'string') args.code = timeWarningText(args.code, lang) + (args.detail ? `: ${args.detail}` : '');
  for (const k of ['text', 'activity', 'owner']) if (typeof args[k] === 'string') args[k] = (args[k] as string).replace(/\s*\n\s*/g, ' / ');
  return fill(RULES[lang][f.rule], args);
}

export function ruleTitle(rule: RuleId, lang: Lang): string {
  return RULE_TITLES[lang][rule];
}

const RULE_TITLES: Record<Lang, Record<RuleId, string>> = {
  en: {
    'missing-owner': 'Missing owner', 'missing-outcome': 'Missing outcome', 'missing-time': 'Missing time', 'missing-activity': 'Missing activity',
    'missing-method': 'Missing method', 'missing-column': 'Missing column', 'unparseable-time': 'Unreadable time', 'time-outside-plan': 'Time outside the plan',
    'time-order': 'End before start', 'time-typo': 'Typo in a time', 'time-assumed': 'Time read with an assumption', 'vague-owner': 'Vague owner',
    'duplicate-activity': 'Duplicate activity', 'multi-activity-cell': 'Several activities in one cell', 'inconsistent-numbering': 'Inconsistent numbering',
    'empty-row': 'Empty row', 'unknown-column': 'Unknown column', 'duplicate-role': 'Two columns with one role',
  },
  pl: {
    'missing-owner': 'Brak osoby odpowiedzialnej', 'missing-outcome': 'Brak rezultatu', 'missing-time': 'Brak terminu', 'missing-activity': 'Brak działania',
    'missing-method': 'Brak metody', 'missing-column': 'Brak kolumny', 'unparseable-time': 'Nieczytelny termin', 'time-outside-plan': 'Termin poza okresem planu',
    'time-order': 'Koniec przed początkiem', 'time-typo': 'Literówka w terminie', 'time-assumed': 'Termin odczytany z założeniem', 'vague-owner': 'Nieokreślona osoba odpowiedzialna',
    'duplicate-activity': 'Powtórzone działanie', 'multi-activity-cell': 'Kilka działań w jednej komórce', 'inconsistent-numbering': 'Niespójna numeracja',
    'empty-row': 'Pusty wiersz', 'unknown-column': 'Nieznana kolumna', 'duplicate-role': 'Dwie kolumny o tej samej roli',
  },
  vi: {
    'missing-owner': 'Thiếu người thực hiện', 'missing-outcome': 'Thiếu kết quả', 'missing-time': 'Thiếu thời gian', 'missing-activity': 'Thiếu hoạt động',
    'missing-method': 'Thiếu phương pháp', 'missing-column': 'Thiếu cột', 'unparseable-time': 'Không đọc được thời gian', 'time-outside-plan': 'Thời gian ngoài kế hoạch',
    'time-order': 'Kết thúc trước bắt đầu', 'time-typo': 'Lỗi gõ thời gian', 'time-assumed': 'Thời gian đọc theo giả định', 'vague-owner': 'Người thực hiện không rõ',
    'duplicate-activity': 'Hoạt động trùng lặp', 'multi-activity-cell': 'Nhiều hoạt động trong một ô', 'inconsistent-numbering': 'Đánh số không nhất quán',
    'empty-row': 'Dòng trống', 'unknown-column': 'Cột không rõ', 'duplicate-role': 'Hai cột cùng vai trò',
  },
};

/** Pick our language from a BCP 47 tag (Office's display language, a CLI flag). */
export function pickLang(tag: string | undefined): Lang {
  const l = (tag ?? '').toLowerCase().slice(0, 2);
  return (LANGS as readonly string[]).includes(l) ? (l as Lang) : 'en';
}
