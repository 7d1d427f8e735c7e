/**
 * What a workbook may cost before it is refused, with a plain reason. Excel's own limits first (no sheet of
 * Excel's has more), then a budget on what is actually unpacked and kept, counted as it happens: the sizes a
 * zip declares can lie, so they are never trusted.
 */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
export const EXCEL_CELL_CHARS = 32_767;

export interface Limits {
  /** Bytes of XML inflated, over all parts. */
  bytes: number;
  /** Cells that hold something, over all sheets. */
  cells: number;
  /** Row slots kept (a row's length up to its last cell), over all sheets: a far sparse cell costs its row. */
  slots: number;
  /** Characters of shared and inline text. */
  chars: number;
}

export const DEFAULT_LIMITS: Limits = { bytes: 512 * 1024 * 1024, cells: 4_000_000, slots: 24_000_000, chars: 400_000_000 };

export class LimitError extends Error {}

/** Counters against the limits; each add throws once a limit is passed. */
export class Budget {
  bytes = 0;
  cells = 0;
  slots = 0;
  chars = 0;
  constructor(
    readonly name: string,
    readonly limits: Limits = DEFAULT_LIMITS,
  ) {}
  addBytes(n: number): void {
    if ((this.bytes += n) > this.limits.bytes) this.fail(`it unpacks to more than ${mb(this.limits.bytes)} of XML (a zip bomb?)`);
  }
  addCells(n: number, slots: number): void {
    if ((this.cells += n) > this.limits.cells) this.fail(`it holds more than ${this.limits.cells.toLocaleString('en')} filled cells, more than this tool reads at once; split the workbook or save the plan's sheet alone`);
    if ((this.slots += slots) > this.limits.slots) this.fail(`its cells spread over more than ${this.limits.slots.toLocaleString('en')} positions; remove far stray cells or save the plan's sheet alone`);
  }
  addChars(n: number): void {
    if ((this.chars += n) > this.limits.chars) this.fail(`it holds more than ${this.limits.chars.toLocaleString('en')} characters of text`);
  }
  fail(reason: string): never {
    throw new LimitError(`${this.name}: ${reason}`);
  }
}

const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
