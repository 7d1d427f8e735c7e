/** Ribbon commands. Validate runs without opening the pane and shows the result as a notification. */
import { analyzeSheet } from '../core/analyze-sheet';
import { pickLang } from '../core/i18n/messages';
import { countBySeverity } from '../core/check/validate';
import { ExcelPort } from '../excel/excel-port';

const WORDS = {
  en: (e: number, w: number, p: number) => (p === 0 ? 'Activity Matrix: no plan table on this sheet.' : `Activity Matrix: ${p} plan(s), ${e} error(s), ${w} warning(s). Open the pane for details.`),
  pl: (e: number, w: number, p: number) => (p === 0 ? 'Activity Matrix: brak tabeli planu na tym arkuszu.' : `Activity Matrix: planów ${p}, błędów ${e}, ostrzeżeń ${w}. Szczegóły w okienku.`),
  vi: (e: number, w: number, p: number) => (p === 0 ? 'Activity Matrix: không có bảng kế hoạch trên trang tính này.' : `Activity Matrix: ${p} kế hoạch, ${e} lỗi, ${w} cảnh báo. Mở ngăn để xem chi tiết.`),
};

async function validate(event: Office.AddinCommands.Event): Promise<void> {
  const lang = pickLang(Office.context.displayLanguage);
  try {
    const port = new ExcelPort();
    const settings = await port.loadSettings();
    const { plans, findings } = (await analyzeSheet(port, settings.config)).analysis;
    const c = countBySeverity(findings);
    await port.setHighlights(findings.filter((f) => f.severity === 'error'));
    show(WORDS[lang](c.error, c.warning, plans.length), c.error > 0 ? 'errorMessage' : 'informationalMessage');
  } catch (e) {
    show(`Activity Matrix: ${(e as Error).message}`, 'errorMessage');
  }
  event.completed();
}

/** Show the result in a small dialog: this same page, which prints its message as text. */
function show(message: string, type: 'errorMessage' | 'informationalMessage'): void {
  const url = `${location.origin}${location.pathname}?${type}=${encodeURIComponent(message)}`;
  Office.context.ui.displayDialogAsync(url, { height: 20, width: 30, displayInIframe: true });
}

const params = new URLSearchParams(location.search);
const shown = params.get('errorMessage') ?? params.get('informationalMessage');
if (shown !== null) {
  const p = document.createElement('p');
  p.textContent = shown; // text only: never HTML from a cell
  p.style.font = '14px "Segoe UI", sans-serif';
  document.body.appendChild(p);
}

Office.onReady(() => {
  Office.actions.associate('validate', validate);
});
