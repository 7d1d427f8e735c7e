/** The playground: the real task pane beside an in-memory workbook with the sample plans. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { decodeText, gridFromCsv, pickLang, textCell } from '../core';
import { App } from '../taskpane/App';
import { download } from '../taskpane/download';
import { GridView } from './GridView';
import { MemoryWorkbook } from './memory-workbook';
import type { MemorySheet } from './memory-workbook';
import sample from './samples/vn-network-plans.csv';
import css from './playground.css';

const style = document.createElement('style');
style.textContent = css;
document.head.appendChild(style);

const book = new MemoryWorkbook([{ grid: gridFromCsv('Kế hoạch', sample), kind: 'source' }]);

async function openFile(file: File): Promise<MemorySheet[]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.docx$/i.test(file.name)) {
    const { readDocx } = await import('../docx/read-docx');
    return (await readDocx(bytes, file.name)).map((grid) => ({ grid, kind: 'source' as const }));
  }
  if (/\.xlsx$/i.test(file.name)) {
    const { readXlsxInBrowser } = await import('./read-xlsx-browser');
    return (await readXlsxInBrowser(file.name, bytes)).map((grid) => ({ grid, kind: 'source' as const }));
  }
  const name = file.name.replace(/\.[^.]+$/, '').slice(0, 31);
  const text = decodeText(bytes).text;
  // A .txt is text, a line a row (a plan written as a list); other files are delimited tables.
  if (/\.txt$/i.test(file.name) && !/\t/.test(text)) return [{ grid: { sheet: name, top: 0, left: 0, cells: text.split(/\r?\n/).map((l) => [textCell(l)]), merges: [] }, kind: 'source' }];
  return [{ grid: gridFromCsv(name, text), kind: 'source' }];
}

function Playground(): React.ReactElement {
  const [error, setError] = React.useState<string>();
  const lang = pickLang(new URLSearchParams(location.search).get('lang') ?? navigator.language);
  const theme = new URLSearchParams(location.search).get('theme') === 'dark' ? 'dark' : 'light';
  return (
    <div className="playground">
      <header className="bar">
        <strong>Activity Matrix playground</strong>
        <label className="open">
          Open .xlsx, .docx or .csv…
          <input
            type="file"
            accept=".xlsx,.docx,.csv,.tsv,.txt"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              try {
                setError(undefined);
                book.replaceAll(await openFile(f));
              } catch (err) {
                setError((err as Error).message);
              }
            }}
          />
        </label>
        {error && <span role="alert" className="err">{error}</span>}
      </header>
      <div className="split">
        <GridView book={book} />
        <aside className="pane" aria-label="Activity Matrix task pane">
          <App port={book} lang={lang} theme={theme} download={download} />
        </aside>
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Playground />);
