/**
 * Bench inputs: plans of any size whose time cells are distinct texts in every form the reader knows, in
 * Vietnamese, Polish and English (so no cache per text can flatter the figures), written as .xlsx with ExcelJS's
 * streaming writer.
 */
import ExcelJS from 'exceljs';

const PL_MONTHS = ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'];
const PL_GEN = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROMAN = ['I', 'II', 'III', 'IV'];

type Form = (d: number, m: number, y: number) => string;

/** Forms per language; d 1–28, m 0–11, y a four-digit year. */
export const FORMS: Record<'vi' | 'pl' | 'en', Form[]> = {
  vi: [
    (_d, m, y) => `T${m + 1}/${y}`,
    (_d, m, y) => `tháng ${m + 1} năm ${y}`,
    (d, m, y) => `ngày ${d} tháng ${m + 1} năm ${y}`,
    (_d, m, y) => `từ tháng ${m + 1} đến tháng ${Math.min(12, m + 3)}/${y}`,
    (_d, m, y) => `quý ${ROMAN[Math.floor(m / 3)]}/${y}`,
    (d, m, y) => `${String(d).padStart(2, '0')}/${String(m + 1).padStart(2, '0')}/${y}`,
    (_d, m, y) => `đến hết tháng ${m + 1} năm ${y}`,
    (_d, m, y) => `T${m + 1}+${Math.min(12, m + 2)} năm ${y}`,
  ],
  pl: [
    (_d, m, y) => `${PL_MONTHS[m]} – ${PL_MONTHS[Math.min(11, m + 2)]} ${y}`,
    (_d, m, y) => `${ROMAN[Math.floor(m / 3)]} kw. ${y}`,
    (d, m, y) => `${d} ${PL_GEN[m]} ${y} r.`,
    (_d, m, y) => `do końca ${PL_GEN[m]} ${y}`,
    (_d, m, y) => `od ${PL_GEN[m]} ${y}`,
    (_d, m, y) => `${PL_MONTHS[m]} ${y}`,
    (_d, m, y) => `${ROMAN[Math.floor(m / 6)]} półrocze ${y}`,
  ],
  en: [
    (_d, m, y) => `Q${Math.floor(m / 3) + 1} ${y}`,
    (_d, m, y) => `${EN_MONTHS[m].slice(0, 3)}–${EN_MONTHS[Math.min(11, m + 2)].slice(0, 3)} ${y}`,
    (d, m, y) => `${d} ${EN_MONTHS[m]} ${y}`,
    (_d, m, y) => `by end of ${EN_MONTHS[m]} ${y}`,
    (_d, m, y) => `from ${EN_MONTHS[m]} to ${EN_MONTHS[Math.min(11, m + 3)]} ${y}`,
    (d, m, y) => `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    (_d, m, y) => `H${m < 6 ? 1 : 2} ${y}`,
    (d, m, y) => `${EN_MONTHS[m]} ${d}, ${y}`,
  ],
};

/** The i-th distinct time text of a language. */
export function timeText(lang: 'vi' | 'pl' | 'en', i: number): string {
  const forms = FORMS[lang];
  const f = forms[i % forms.length];
  const k = Math.floor(i / forms.length);
  // Three years, as a real plan spans: a schedule of them stays a dozen quarters wide.
  return f((k % 28) + 1, Math.floor(k / 28) % 12, 2024 + (Math.floor(k / 336) % 3));
}

const HEADERS = {
  vi: ['Mục tiêu', 'Hoạt động', 'Phương pháp thực hiện', 'Thời gian', 'Người thực hiện', 'Kết quả mong đợi'],
  pl: ['Cel', 'Działanie', 'Sposób realizacji', 'Termin', 'Osoba odpowiedzialna', 'Oczekiwany rezultat'],
  en: ['Goal', 'Activity', 'Method', 'Time', 'Owner', 'Expected outcome'],
};
const OWNERS = ['Hùng, Anh', 'Gmina Płock i TWP', 'Ward office', '', 'BDH ML', 'City works'];

/** Plans of n rows: a third in each language, goals of eight activities, some owners and outcomes missing. */
export function benchRow(i: number): string[] {
  const lang = (['vi', 'pl', 'en'] as const)[Math.floor(i / 8) % 3];
  const g = Math.floor(i / 8) + 1;
  return [
    i % 8 === 0 ? `${g}. ${lang === 'vi' ? 'Mục tiêu' : lang === 'pl' ? 'Cel' : 'Goal'} ${g}` : '',
    `${g}.${(i % 8) + 1} ${lang === 'vi' ? 'Hoạt động' : lang === 'pl' ? 'Działanie' : 'Activity'} ${i + 1}`,
    i % 5 === 0 ? '' : '- meeting\n- workshop',
    timeText(lang, i),
    OWNERS[i % OWNERS.length],
    i % 4 === 0 ? '' : `Result ${i + 1}`,
  ];
}

export async function writeBenchXlsx(file: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('Plan');
  ws.addRow(HEADERS.vi).commit();
  for (let i = 0; i < n; i++) ws.addRow(benchRow(i)).commit();
  ws.commit();
  await wb.commit();
}
