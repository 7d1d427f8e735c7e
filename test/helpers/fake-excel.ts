/* eslint-disable @typescript-eslint/no-this-alias -- proxies built inside methods refer to their owner */
/**
 * A fake Excel that enforces the Office.js semantics our port relies on:
 * - reading a property that was not loaded (or loaded but not yet synced) throws PropertyNotLoaded;
 * - writes are queued and applied at context.sync(), in order;
 * - every sync is counted;
 * - a response over 5 MB throws RequestPayloadSizeLimitExceeded, as Excel on the web does;
 * - adding a sheet whose name exists throws ItemAlreadyExists;
 * - *OrNullObject getters return null objects (isNullObject) instead of throwing.
 * office-addin-mock has none of these, so we keep our own.
 */
import { a1, columnIndex, parseA1, parseRangeA1 } from '../../src/core/model/address';

export interface FakeCell {
  value: string | number | boolean | null;
  text?: string;
  format?: string;
  fill?: string;
  bold?: boolean;
}

export interface FakeSheet {
  /** Stable across renames, as Excel's worksheet.id is. */
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  /** Conditional formats: an id, the areas they cover (comma-separated ranges) and the fill they show. */
  cfs: { id: string; address: string; fill: string }[];
  frozen?: { rows: number; cols: number };
  orientation?: string;
  tables: { name: string; address: string; style?: string }[];
  widths: Map<number, number>;
}

export class OfficeError extends Error {
  constructor(public code: string, message: string) {
    super(message);
  }
}

const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const key = (r: number, c: number) => `${r},${c}`;

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active = 0;
  selected: { sheet: string; address: string } | undefined;
  settings = new Map<string, string>();
  syncs = 0;
  /** Bytes of every response that was answered (a refused one counts nothing). */
  responseBytes = 0;
  /** onChanged handlers by sheet name, as worksheet.onChanged.add registers them. */
  handlers: { sheet: string; handler: () => Promise<unknown>; context: FakeContext }[] = [];
  private nextId = 1;

  addSheet(name: string, rows: (string | number | null)[][] = []): FakeSheet {
    const s: FakeSheet = { id: `{sheet-${this.nextId++}}`, name, cells: new Map(), merges: [], cfs: [], tables: [], widths: new Map() };
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && v !== '' && s.cells.set(key(i, j), { value: v, text: String(v), format: 'General' })));
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new OfficeError('ItemNotFound', `No sheet ${name}`);
    return s;
  }

  /** A sheet by name (as Excel compares them, ignoring case) or by id, as worksheets.getItem takes either. */
  find(key: string): FakeSheet | undefined {
    return this.sheets.find((x) => x.id === key) ?? this.sheets.find((x) => x.name.toLowerCase() === key.toLowerCase());
  }

  /** The user renames a sheet. */
  rename(from: string, to: string): void {
    this.sheet(from).name = to;
  }

  /** The fill a cell shows: the last conditional format that covers it, or else its own fill. */
  displayedFill(sheet: string, address: string): string | undefined {
    const s = this.sheet(sheet);
    const { row, col } = parseA1(address);
    const covering = s.cfs.filter((cf) => cf.address.split(',').some((part) => {
      const b = parseRangeA1(part);
      return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
    }));
    return covering.length ? covering[covering.length - 1].fill : s.cells.get(key(row, col))?.fill;
  }

  id(): string {
    return `{cf-${this.nextId++}}`;
  }

  /** A deep copy of a sheet's cells (values and formats), to compare before and after. */
  snapshot(name: string): string {
    const s = this.sheet(name);
    return JSON.stringify([...s.cells.entries()].sort(), null, 0);
  }

  /** Excel.run over this workbook. */
  run = async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> => batch(new FakeContext(this));
  /** Excel.run over a context made earlier: only the context that added a handler can remove it. */
  runIn = async <T>(ctx: FakeContext, batch: (ctx: FakeContext) => Promise<T>): Promise<T> => {
    if (ctx.book !== this) throw new OfficeError('InvalidRequestContext', 'The context belongs to another workbook.');
    return batch(ctx);
  };

  /** The user types into a cell: the value changes and the sheet's onChanged handlers run. */
  async edit(sheet: string, address: string, value: string): Promise<void> {
    const { row, col } = parseA1(address);
    this.sheet(sheet).cells.set(key(row, col), { value, text: value, format: 'General' });
    for (const h of this.handlers.filter((x) => x.sheet === sheet)) await h.handler();
  }
}

type Op = () => void;

export class FakeContext {
  queue: Op[] = [];
  loads: (() => number)[] = [];
  workbook: FakeWorkbookProxy;
  constructor(public book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  async sync(): Promise<void> {
    this.book.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
    let bytes = 0;
    const loads = this.loads;
    this.loads = [];
    for (const l of loads) bytes += l();
    if (bytes > PAYLOAD_LIMIT) throw new OfficeError('RequestPayloadSizeLimitExceeded', `The response payload (${bytes} bytes) exceeds the 5 MB limit.`);
    this.book.responseBytes += bytes;
  }
}

/** A proxy object whose properties can only be read after load + sync. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new OfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.loaded.get(prop) as T;
  }
  protected schedule(props: string[], read: (p: string) => unknown, size: (v: unknown) => number = () => 16): void {
    this.ctx.loads.push(() => {
      let bytes = 0;
      for (const p of props) {
        const v = read(p);
        this.loaded.set(p, v);
        bytes += size(v);
      }
      return bytes;
    });
  }
}

class FakeWorkbookProxy {
  worksheets: FakeWorksheets;
  settings: FakeSettings;
  constructor(private ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
  }
  getSelectedRange(): FakeRange {
    const b = this.ctx.book;
    const sel = b.selected ?? { sheet: b.sheets[b.active].name, address: 'A1' };
    return new FakeWorksheet(this.ctx, () => sel.sheet).getRange(sel.address);
  }
}

class FakeWorksheets extends Loadable {
  load(): void {
    this.schedule(['items'], () => this.ctx.book.sheets.map((s) => ({ name: s.name, id: s.id })));
  }
  get items(): { name: string; id: string }[] {
    return this.get('items');
  }
  getActiveWorksheet(): FakeWorksheet {
    const name = this.ctx.book.sheets[this.ctx.book.active].name;
    return new FakeWorksheet(this.ctx, () => name);
  }
  /** By name or id; the sheet is found when the batch runs (a proxy made before a rename follows the sheet). */
  getItem(nameOrId: string): FakeWorksheet {
    let id: string | undefined;
    return new FakeWorksheet(this.ctx, () => {
      const s = id ? this.ctx.book.find(id) : this.ctx.book.sheet(nameOrId);
      if (!s) throw new OfficeError('ItemNotFound', `No sheet ${nameOrId}`);
      id = s.id;
      return s.name;
    });
  }
  getItemOrNullObject(nameOrId: string): FakeWorksheet {
    let id: string | undefined;
    const find = () => (id ? this.ctx.book.find(id) : this.ctx.book.find(nameOrId));
    return new FakeWorksheet(this.ctx, () => {
      const s = find();
      if (!s) throw new OfficeError('ItemNotFound', `A null object (sheet ${nameOrId}) was used`);
      id = s.id;
      return s.name;
    }, () => !find());
  }
  add(name: string): FakeWorksheet {
    let id: string | undefined;
    this.ctx.queue.push(() => {
      checkName(this.ctx.book, name);
      id = this.ctx.book.addSheet(name).id;
    });
    return new FakeWorksheet(this.ctx, () => {
      const s = id ? this.ctx.book.find(id) : undefined;
      if (!s) throw new OfficeError('ItemNotFound', `The sheet ${name} was not added`);
      return s.name;
    });
  }
}

function checkName(book: FakeWorkbook, name: string): void {
  if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new OfficeError('ItemAlreadyExists', `A sheet named ${name} exists`);
  if (name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) throw new OfficeError('InvalidArgument', `Bad sheet name ${name}`);
}

class FakeSettings {
  constructor(private ctx: FakeContext) {}
  add(k: string, v: string): void {
    this.ctx.queue.push(() => this.ctx.book.settings.set(k, v));
  }
  getItemOrNullObject(k: string) {
    const ctx = this.ctx;
    const item = new (class extends Loadable {
      load() {
        this.schedule(['value', 'isNullObject'], (p) => (p === 'value' ? ctx.book.settings.get(k) : !ctx.book.settings.has(k)));
      }
      get value() {
        return this.get<string>('value');
      }
      get isNullObject() {
        return this.get<boolean>('isNullObject');
      }
      delete() {
        ctx.queue.push(() => ctx.book.settings.delete(k));
      }
    })(ctx);
    return item;
  }
}

export class FakeWorksheet extends Loadable {
  freezePanes: { freezeRows: (n: number) => void; freezeColumns: (n: number) => void; freezeAt: (r: FakeRange) => void };
  pageLayout: { orientation?: string; zoom?: unknown };
  tables: { add: (r: FakeRange, h: boolean) => { name: string; style: string } };
  constructor(ctx: FakeContext, private sheetName: () => string, private isNull: () => boolean = () => false) {
    super(ctx);
    const self = () => this.ctx.book.sheet(this.sheetName());
    this.freezePanes = {
      freezeRows: (n) => ctx.queue.push(() => (self().frozen = { rows: n, cols: 0 })),
      freezeColumns: (n) => ctx.queue.push(() => (self().frozen = { rows: 0, cols: n })),
      freezeAt: (r) => ctx.queue.push(() => (self().frozen = { rows: r.bounds().bottom + 1, cols: r.bounds().right + 1 })),
    };
    const layout: { orientation?: string; zoom?: unknown } = {};
    this.pageLayout = new Proxy(layout, {
      set: (_t, p, v) => {
        ctx.queue.push(() => {
          if (p === 'orientation') self().orientation = String(v);
        });
        return true;
      },
    });
    this.tables = {
      add: (r) => {
        const t = { name: '', style: '' };
        ctx.queue.push(() => self().tables.push({ name: t.name, address: r.address0(), style: t.style }));
        return t;
      },
    };
  }
  load(props: string | string[]): void {
    const list = Array.isArray(props) ? props : props.split(',');
    this.schedule(list.map((p) => p.trim()), (p) => (p === 'isNullObject' ? this.isNull() : this.isNull() ? undefined : p === 'id' ? this.ctx.book.sheet(this.sheetName()).id : this.sheetName()));
  }
  get id(): string {
    return this.get('id');
  }
  set name(to: string) {
    this.ctx.queue.push(() => {
      const s = this.ctx.book.sheet(this.sheetName());
      if (s.name.toLowerCase() !== to.toLowerCase()) checkName(this.ctx.book, to);
      s.name = to;
    });
  }
  delete(): void {
    this.ctx.queue.push(() => {
      const s = this.ctx.book.sheet(this.sheetName());
      this.ctx.book.sheets = this.ctx.book.sheets.filter((x) => x !== s);
      this.ctx.book.active = Math.min(this.ctx.book.active, this.ctx.book.sheets.length - 1);
    });
  }
  /** Several areas (ExcelApi 1.9): what our highlights need of them is their conditional formats. */
  getRanges(address: string): { conditionalFormats: ReturnType<FakeRange['makeCfs']> } {
    const parts = address.split(',').map((a) => this.getRange(a.trim()));
    return { conditionalFormats: parts[0].cfsOver(address) };
  }
  get onChanged() {
    const ctx = this.ctx;
    const sheet = this.sheetName();
    return {
      add: (handler: () => Promise<unknown>) => {
        const entry = { sheet, handler, context: ctx };
        ctx.queue.push(() => ctx.book.handlers.push(entry));
        return {
          context: ctx,
          remove: () => {
            ctx.queue.push(() => {
              if (!ctx.book.handlers.includes(entry)) throw new OfficeError('InvalidOperation', 'The handler was removed already.');
              ctx.book.handlers = ctx.book.handlers.filter((x) => x !== entry);
            });
          },
        };
      },
    };
  }
  get name(): string {
    return this.get('name');
  }
  get isNullObject(): boolean {
    return this.isNull();
  }
  activate(): void {
    this.ctx.queue.push(() => (this.ctx.book.active = this.ctx.book.sheets.findIndex((s) => s.name === this.sheetName())));
  }
  getRange(address = 'A1:XFD1048576'): FakeRange {
    const p = /^[A-Z]+:[A-Z]+$/.test(address)
      ? { top: 0, bottom: 1048575, left: columnIndex(address.split(':')[0]), right: columnIndex(address.split(':')[1]) }
      : parseRangeA1(address);
    return new FakeRange(this.ctx, this, p.top, p.left, p.bottom - p.top + 1, p.right - p.left + 1);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this, r, c, rows, cols);
  }
  getUsedRangeOrNullObject(): FakeRange {
    const s = () => this.ctx.book.sheet(this.sheetName());
    return new FakeRange(this.ctx, this, 0, 0, 0, 0, () => {
      let top = Infinity, left = Infinity, bottom = -1, right = -1;
      for (const k of s().cells.keys()) {
        const [r, c] = k.split(',').map(Number);
        top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
      }
      return bottom < 0 ? undefined : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
    });
  }
  fake(): FakeSheet {
    return this.ctx.book.sheet(this.sheetName());
  }
}

type Dims = { top: number; left: number; rows: number; cols: number };
type CellProps = { address: string; format: { fill: { color: string } } };

class CellPropertiesResult extends Loadable {
  constructor(ctx: FakeContext, compute: () => CellProps[][]) {
    super(ctx);
    this.schedule(['value'], compute, (v) => JSON.stringify(v).length);
  }
  get value(): CellProps[][] {
    return this.get('value');
  }
}

export class FakeRange extends Loadable {
  format: ReturnType<FakeRange['makeFormat']>;
  conditionalFormats: ReturnType<FakeRange['makeCfs']>;
  constructor(ctx: FakeContext, public worksheet: FakeWorksheet, private r0: number, private c0: number, private nr: number, private nc: number, private dynamic?: () => Dims | undefined) {
    super(ctx);
    this.format = this.makeFormat();
    this.conditionalFormats = this.makeCfs();
  }
  dims(): Dims | undefined {
    return this.dynamic ? this.dynamic() : { top: this.r0, left: this.c0, rows: this.nr, cols: this.nc };
  }
  bounds() {
    const d = this.dims()!;
    return { top: d.top, left: d.left, bottom: d.top + d.rows - 1, right: d.left + d.cols - 1 };
  }
  address0(): string {
    const b = this.bounds();
    return `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`;
  }
  private each(fn: (r: number, c: number, i: number, j: number) => void): void {
    const d = this.dims()!;
    for (let i = 0; i < d.rows; i++) for (let j = 0; j < d.cols; j++) fn(d.top + i, d.left + j, i, j);
  }
  private matrix<T>(fn: (cell: FakeCell | undefined) => T): T[][] {
    const d = this.dims()!;
    const s = this.worksheet.fake();
    return Array.from({ length: d.rows }, (_, i) => Array.from({ length: d.cols }, (_, j) => fn(s.cells.get(key(d.top + i, d.left + j)))));
  }
  load(props: string | string[]): void {
    const list = (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim());
    this.schedule(
      list,
      (p) => {
        const d = this.dims();
        if (p === 'isNullObject') return !d;
        if (!d) return undefined;
        switch (p) {
          case 'rowIndex': return d.top;
          case 'columnIndex': return d.left;
          case 'rowCount': return d.rows;
          case 'columnCount': return d.cols;
          case 'values': return this.matrix((c) => (c ? c.value : ''));
          case 'text': return this.matrix((c) => (c ? c.text ?? String(c.value ?? '') : ''));
          case 'numberFormat': return this.matrix((c) => c?.format ?? 'General');
          case 'valueTypes': return this.matrix((c) => (!c || c.value === null || c.value === '' ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String'));
          case 'address': return `${this.worksheet.fake().name}!${this.address0()}`;
          default: throw new OfficeError('InvalidArgument', `Unknown property ${p}`);
        }
      },
      (v) => (Array.isArray(v) ? JSON.stringify(v).length : 16),
    );
    // the null-object flag is always readable after a sync
    if (!list.includes('isNullObject')) this.schedule(['isNullObject'], () => !this.dims());
  }
  get isNullObject(): boolean { return this.get('isNullObject'); }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  get rowCount(): number { return this.get('rowCount'); }
  get columnCount(): number { return this.get('columnCount'); }
  get values(): unknown[][] { return this.get('values'); }
  set values(v: unknown[][]) {
    this.ctx.queue.push(() => {
      const s = this.worksheet.fake();
      this.each((r, c, i, j) => {
        const val = v[i][j] as string | number | boolean;
        const old = s.cells.get(key(r, c));
        const fmt = old?.format ?? 'General';
        // A string written into a General cell that starts with "=" would become a formula: the fake refuses it.
        if (typeof val === 'string' && /^[=+\-@]/.test(val) && fmt !== '@') throw new OfficeError('FormulaInjection', `"${val}" would be read as a formula`);
        if (val === '' || val === null) {
          if (old) s.cells.set(key(r, c), { ...old, value: null, text: '' });
        } else s.cells.set(key(r, c), { ...(old ?? {}), value: val, text: String(val), format: fmt });
      });
    });
  }
  get text(): string[][] { return this.get('text'); }
  get numberFormat(): string[][] { return this.get('numberFormat'); }
  set numberFormat(v: string[][]) {
    this.ctx.queue.push(() => {
      const s = this.worksheet.fake();
      this.each((r, c, i, j) => s.cells.set(key(r, c), { ...(s.cells.get(key(r, c)) ?? { value: null }), format: v[i][j] }));
    });
  }
  get valueTypes(): string[][] { return this.get('valueTypes'); }
  get address(): string { return this.get('address'); }
  getCell(r: number, c: number): FakeRange {
    const b = this.bounds();
    return new FakeRange(this.ctx, this.worksheet, 0, 0, 0, 0, () => (this.dims() ? { top: b.top + r, left: b.left + c, rows: 1, cols: 1 } : undefined));
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.ctx, this.worksheet, 0, 0, 0, 0, () => {
      const d = this.dims();
      return d && { top: d.top, left: d.left, rows: d.rows + dr, cols: d.cols + dc };
    });
  }
  getEntireRow(): FakeRange {
    return new FakeRange(this.ctx, this.worksheet, 0, 0, 0, 0, () => {
      const d = this.dims();
      return d && { top: d.top, left: 0, rows: d.rows, cols: 16384 };
    });
  }
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, this.worksheet, 0, 0, 0, 0, () => {
      const a = this.dims();
      const b = other.dims();
      if (!a || !b) return undefined;
      const top = Math.max(a.top, b.top), left = Math.max(a.left, b.left);
      const bottom = Math.min(a.top + a.rows, b.top + b.rows) - 1, right = Math.min(a.left + a.cols, b.left + b.cols) - 1;
      return bottom < top || right < left ? undefined : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
    });
  }
  /** Cell properties (address and fill colour), readable as .value after the next sync. */
  getCellProperties(): CellPropertiesResult {
    return new CellPropertiesResult(this.ctx, () => {
      const s = this.worksheet.fake();
      const b = this.bounds();
      const rows: CellProps[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row: CellProps[] = [];
        for (let c = b.left; c <= b.right; c++) row.push({ address: `${s.name}!${a1(r, c)}`, format: { fill: { color: s.cells.get(key(r, c))?.fill ?? '#FFFFFF' } } });
        rows.push(row);
      }
      return rows;
    });
  }
  getMergedAreasOrNullObject() {
    const range = this;
    return new (class extends Loadable {
      load() {
        this.schedule(['address', 'isNullObject'], (p) => {
          const b = range.bounds();
          const inside = range.worksheet.fake().merges.filter((m) => {
            const q = parseRangeA1(m);
            return q.top >= b.top && q.top <= b.bottom && q.left >= b.left && q.left <= b.right;
          });
          return p === 'isNullObject' ? inside.length === 0 : inside.map((m) => `${range.worksheet.fake().name}!${m}`).join(', ');
        });
      }
      get address() { return this.get<string>('address'); }
      get isNullObject() { return this.get<boolean>('isNullObject'); }
    })(this.ctx);
  }
  merge(): void {
    this.ctx.queue.push(() => this.worksheet.fake().merges.push(this.address0()));
  }
  select(): void {
    this.ctx.queue.push(() => (this.ctx.book.selected = { sheet: this.worksheet.fake().name, address: this.address0().replace(/^(\w+):\1$/, '$1') }));
  }
  private makeFormat() {
    const ctx = this.ctx;
    const setCells = (patch: Partial<FakeCell>) =>
      ctx.queue.push(() => {
        const s = this.worksheet.fake();
        this.each((r, c) => s.cells.set(key(r, c), { ...(s.cells.get(key(r, c)) ?? { value: null }), ...patch }));
      });
    const self = this;
    return {
      fill: { set color(v: string) { setCells({ fill: v }); } },
      font: { set bold(v: boolean) { setCells({ bold: v }); }, set italic(_v: boolean) {}, set color(_v: string) {}, set size(_v: number) {} },
      set wrapText(_v: boolean) {},
      set horizontalAlignment(_v: string) {},
      set verticalAlignment(_v: string) {},
      set columnWidth(v: number) {
        ctx.queue.push(() => self.worksheet.fake().widths.set(self.bounds().left, v));
      },
      borders: { getItem: () => ({ set style(_v: string) {} }) },
    };
  }
  private makeCfs() {
    return this.cfsOver(this.address0());
  }

  /** The conditional formats of an address: add one; list those that intersect it; get one by id, or a null object. */
  cfsOver(address: string) {
    const ctx = this.ctx;
    const range = this;
    const bounds = address.split(',').map((a) => parseRangeA1(a.trim()));
    const meets = (cf: { address: string }) =>
      cf.address.split(',').some((part) => {
        const b = parseRangeA1(part);
        return bounds.some((x) => b.top <= x.bottom && x.top <= b.bottom && b.left <= x.right && x.left <= b.right);
      });
    const collection = new (class extends Loadable {
      add() {
        const id = ctx.book.id();
        const cf = new (class extends Loadable {
          custom = { rule: { formula: '' }, format: { fill: { color: '' } } };
          load() {
            this.schedule(['id'], () => id);
          }
          get id() {
            return this.get<string>('id');
          }
        })(ctx);
        ctx.queue.push(() => range.worksheet.fake().cfs.push({ id, address, fill: cf.custom.format.fill.color }));
        return cf;
      }
      load() {
        this.schedule(['items'], () =>
          range.worksheet
            .fake()
            .cfs.filter(meets)
            .map((x) => ({ id: x.id, delete: () => ctx.queue.push(() => removeCf(range.worksheet.fake(), x.id)) })),
        );
      }
      get items(): { id: string; delete(): void }[] {
        return this.get('items');
      }
      getItemOrNullObject(id: string) {
        const exists = () => range.worksheet.fake().cfs.some((x) => x.id === id && meets(x));
        return new (class extends Loadable {
          load() {
            this.schedule(['isNullObject', 'id'], (p) => (p === 'id' ? id : !exists()));
          }
          get isNullObject() {
            return this.get<boolean>('isNullObject');
          }
          delete() {
            ctx.queue.push(() => removeCf(range.worksheet.fake(), id));
          }
        })(ctx);
      }
    })(ctx);
    return collection;
  }
}

/** Deleting a format that is not there fails, as it does in Excel (a null object cannot be deleted). */
function removeCf(sheet: FakeSheet, id: string): void {
  if (!sheet.cfs.some((x) => x.id === id)) throw new OfficeError('ItemNotFound', `No conditional format ${id}`);
  sheet.cfs = sheet.cfs.filter((x) => x.id !== id);
}

/** The Excel namespace's enums our code reads. */
export function installExcelGlobals(): void {
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ConditionalFormatType: { custom: 'Custom' },
    RangeValueType: { empty: 'Empty', error: 'Error', string: 'String', double: 'Double', boolean: 'Boolean' },
    PageOrientation: { landscape: 'Landscape', portrait: 'Portrait' },
  };
}

export { parseA1 };
