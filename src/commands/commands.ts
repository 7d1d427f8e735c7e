/** Ribbon commands. Validate runs without opening the pane and shows the result as a notification. */
import { analyzeSheet, count, countBySeverity, fill, pickLang, uiPack } from '../core';
import { ExcelPort } from '../excel/excel-port';

/** "Activity Matrix: 5 plans, 17 errors, 6 warnings. Open the pane for details." in the display language. */
function resultText(lang: string, errors: number, warnings: number, plans: number): string {
  const m = uiPack(lang).messages;
  if (plans === 0) return `Activity Matrix: ${m.noTable}.`;
  return fill(m.ribbonResult, { plans: count('plan', plans, lang), errors: count('error', errors, lang), warnings: count('warning', warnings, lang) });
}

async function validate(event: Office.AddinCommands.Event): Promise<void> {
  const lang = pickLang(Office.context.displayLanguage);
  try {
    const port = new ExcelPort();
    const settings = await port.loadSettings();
    const { plans, findings } = (await analyzeSheet(port, settings.config)).analysis;
    const c = countBySeverity(findings);
    await port.setHighlights(findings.filter((f) => f.severity === 'error'));
    show(resultText(lang, c.error, c.warning, plans.length), c.error > 0 ? 'errorMessage' : 'informationalMessage');
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
