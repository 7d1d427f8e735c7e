/** The playground's workbook view: sheet tabs and a grid showing values, fills, merged cells, the selection and highlights. */
import * as React from 'react';
import { a1, columnLetter, parseRangeA1, rangeA1 } from '../core';
import type { MemoryWorkbook } from './memory-workbook';

const MAX_ROWS = 400;
const HIGHLIGHT: Record<string, string> = { error: '#D13438', warning: '#CA5010', info: '#8A8886' };

/** The selected range of the shown sheet, and what a click does: select a cell, or with shift a range, as in Excel. */
function selectionOf(book: MemoryWorkbook, sheet: string | undefined) {
  const sel = book.selection && book.selection.sheet === sheet ? parseRangeA1(book.selection.address) : undefined;
  const selected = sel ? { row: sel.top, col: sel.left } : undefined;
  const pick = (r: number, c: number, extend: boolean) => {
    if (extend && selected) book.selectRange(rangeA1(Math.min(selected.row, r), Math.min(selected.col, c), Math.max(selected.row, r), Math.max(selected.col, c)));
    else book.selectRange(a1(r, c));
  };
  return { sel, selected, pick };
}

/** Which cells a merged area covers, and the row and column spans of its top-left cell. */
function mergeLayout(merges: { top: number; left: number; bottom: number; right: number }[]) {
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of merges) {
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { covered, spans };
}

function SheetTabs({ book }: { book: MemoryWorkbook }): React.ReactElement {
  return (
    <div role="tablist" aria-label="Sheets" className="tabs">
      {book.sheets.map((s, i) => (
        <button key={s.grid.sheet} role="tab" aria-selected={i === book.active} className={i === book.active ? 'tab active' : 'tab'} onClick={() => book.activate(i)}>
          {s.grid.sheet}
        </button>
      ))}
    </div>
  );
}

export function GridView({ book }: { book: MemoryWorkbook }): React.ReactElement {
  const [, force] = React.useReducer((x: number) => x + 1, 0);
  React.useEffect(() => book.subscribe(force), [book]);
  const sheet = book.activeSheet();
  const grid = sheet?.grid;
  const { sel, selected, pick } = selectionOf(book, grid?.sheet);
  const selRef = React.useRef<HTMLTableCellElement>(null);
  // An effect returns nothing or a cleanup: scrollIntoView may return a Promise, which React would call.
  React.useEffect(() => {
    selRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [book.selection]);
  if (!grid) return <div />;
  const height = Math.min(grid.cells.length, MAX_ROWS);
  const width = grid.cells.reduce((w, r) => Math.max(w, r.length), 0);
  const { covered, spans } = mergeLayout(grid.merges);
  return (
    <div className="workbook">
      <SheetTabs book={book} />
      <div className="grid-scroll">
        <table className="grid" aria-label={`Sheet ${grid.sheet}`}>
          <thead>
            <tr>
              <th className="corner" />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} scope="col" style={{ minWidth: `${Math.max(3, Math.min(sheet.widths?.[c] ?? 14, 40)) * 0.55}em` }}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: height }, (_, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {Array.from({ length: width }, (_, c) => {
                  if (covered.has(`${r},${c}`)) return null;
                  const cell = grid.cells[r]?.[c];
                  const address = a1(r, c);
                  const isSel = selected?.row === r && selected?.col === c;
                  const inSel = !!sel && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;
                  const mark = book.highlights.get(`${grid.sheet}!${address}`);
                  const style = sheet.styles?.[`${r},${c}`];
                  const span = spans.get(`${r},${c}`);
                  return (
                    <td
                      key={c}
                      ref={isSel ? selRef : undefined}
                      data-address={address}
                      data-selected={isSel ? 'true' : undefined}
                      data-in-selection={inSel ? 'true' : undefined}
                      onClick={(e) => pick(r, c, e.shiftKey)}
                      data-fill={cell?.fill}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                      className={isSel ? 'selected' : inSel ? 'in-selection' : undefined}
                      style={{
                        background: cell?.fill ?? style?.fill,
                        fontWeight: style?.bold ? 600 : undefined,
                        fontStyle: style?.italic ? 'italic' : undefined,
                        outline: mark ? `2px solid ${HIGHLIGHT[mark]}` : undefined,
                      }}
                    >
                      {cell?.text ?? ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {grid.cells.length > MAX_ROWS && <p className="more">{grid.cells.length - MAX_ROWS} more rows not shown</p>}
      </div>
    </div>
  );
}
