/** The task pane inside Excel: Office's theme and display language, the Office.js workbook port. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { pickLang } from '../core';
import { ExcelPort } from '../excel/excel-port';
import { App } from './App';
import { download } from './download';

function isDark(): boolean {
  const bg = Office.context?.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return false;
  const n = parseInt(bg.replace('#', ''), 16);
  const lum = (0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return lum < 0.5;
}

Office.onReady(() => {
  const lang = pickLang(Office.context?.displayLanguage);
  createRoot(document.getElementById('root')!).render(<App port={new ExcelPort()} lang={lang} theme={isDark() ? 'dark' : 'light'} download={download} />);
});
