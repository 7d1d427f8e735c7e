/** The playground: the real task pane beside an in-memory workbook with the sample plans. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { gridFromCsv, decodeText, pickLang } from '../core';
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
  if (/\.xlsx$/i.test(file.name)) {
    const { readXlsxInBrowser } = await import('./read-xlsx-browser');
    return (await readXlsxInBrowser(file.name, bytes)).map((grid) => ({ grid, kind: 'source' as const }));
  }
  return [{ grid: gridFromCsv(file.name.replace(/\.[^.]+$/, '').slice(0, 31), decodeText(bytes).text), kind: 'source' }];
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
          Open .xlsx or .csv…
          <input
            type="file"
            accept=".xlsx,.csv,.tsv,.txt"
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
