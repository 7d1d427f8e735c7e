/** The CLI's JSON shapes, built from the plan model. */
import type { Plan, Role } from '../core';
import type { Io } from './io';

const PUBLIC_ROLE: Partial<Record<Role, Role>> = { number: 'extra', plan: 'extra', period: 'time' };

export function tableJson(plan: Plan) {
  return {
    sheet: plan.sheet,
    title: plan.title,
    range: plan.range,
    headerRow: plan.headerRow,
    year: plan.year,
    setByHand: plan.explicit ?? false,
    /** Why this was read as a plan table: the evidence, in words. */
    why: plan.reasons ?? [],
    columns: plan.columns.map((c) => ({
      index: c.index, letter: c.letter, header: c.header, role: PUBLIC_ROLE[c.role] ?? c.role, confidence: c.confidence,
      setByHand: c.explicit ?? false, inferred: c.inferred ?? false, why: c.reasons ?? [],
    })),
    rows: lazyMap(
      plan.rows.filter((r) => !r.blank),
      (r) => ({
        row: r.row,
        goal: r.goal,
        goalId: r.goalId,
        activity: r.activity,
        activityId: r.activityId,
        method: r.method,
        time: r.time,
        spans: r.timeResult.spans,
        relative: r.timeResult.relative,
        owners: r.owners,
        outcome: r.outcome,
        extra: r.extra,
      })),
  };
}

/**
 * `JSON.stringify(value, null, 2)` written piece by piece: the same text, but an array's items (a file's findings,
 * a table's rows) are stringified one at a time and written in batches, so the whole document is never one string.
 * Values are plain data (no toJSON but the lazy lists').
 */
export function writeJson(value: unknown, write: (text: string) => void): void {
  for (const chunk of jsonChunks(value)) write(chunk);
}

/** The document's text in pieces of about 64 KB, made as they are asked for (a file is written as a stream). */
export function* jsonChunks(value: unknown): Generator<string> {
  const pending: string[] = [];
  let size = 0;
  for (const s of emit(value, '')) {
    pending.push(s);
    size += s.length;
    if (size > 1 << 16) {
      yield pending.join('');
      pending.length = 0;
      size = 0;
    }
  }
  if (pending.length) yield pending.join('');
}

/** An array whose items are made as they are written. */
class LazyList<T> {
  constructor(
    readonly items: readonly T[],
    readonly make: (item: T) => unknown,
  ) {}
  /** Stringified whole anyway, it is the array it stands for. */
  toJSON(): unknown[] {
    return this.items.map(this.make);
  }
}

export function lazyMap<T>(items: readonly T[], make: (item: T) => unknown): unknown[] {
  return new LazyList(items, make) as unknown as unknown[];
}

const BIG = 16;

/** Does the value hold a big array or a lazy list, at any depth (small values are only looked through)? */
function holdsBig(v: unknown): boolean {
  if (!v || typeof v !== 'object') return false;
  if (v instanceof LazyList || (Array.isArray(v) && v.length > BIG)) return true;
  for (const k in v) if (holdsBig((v as Record<string, unknown>)[k])) return true;
  return false;
}

/** Items of a big array stringified together, at most this many: one native call for many findings. */
const BATCH = 256;

/**
 * Small items, each as it stands in an array at this indent after the item before it: JSON.stringify of the batch
 * nested as deep as the indent (so JSON.stringify indents its lines itself, no pass over the text to indent them),
 * the nesting's brackets cut off. The text is the one the items would make one by one.
 */
function batchText(batch: unknown[], indent: string, first: boolean): string {
  const depth = indent.length / 2;
  let nested: unknown[] = batch;
  for (let k = 0; k < depth; k++) nested = [nested];
  const s = JSON.stringify(nested, null, 2);
  // "[\n  [\n" … before the items, "\n  ]\n]" … after them.
  const head = (depth + 1) * (depth + 2);
  const tail = (depth + 1) * (depth + 2);
  return `${first ? '' : ','}\n${s.slice(head, s.length - tail)}`;
}

/** Values that hold nothing big are stringified whole; the arrays and objects that do are walked. */
function* emit(value: unknown, indent: string): Generator<string> {
  if (!holdsBig(value)) {
    const s = JSON.stringify(value, null, 2);
    yield indent && s.includes('\n') ? s.replace(/\n/g, `\n${indent}`) : s;
    return;
  }
  const inner = `${indent}  `;
  if (value instanceof LazyList || Array.isArray(value)) {
    const lazy = value instanceof LazyList ? value : undefined;
    const items: readonly unknown[] = lazy ? lazy.items : (value as unknown[]);
    if (items.length === 0) return yield '[]';
    yield '[';
    const batch: unknown[] = [];
    let written = 0;
    for (let i = 0; i < items.length; i++) {
      const v = lazy ? lazy.make(items[i]) : items[i];
      if (!holdsBig(v)) {
        batch.push(v);
        if (batch.length < BATCH) continue;
      }
      if (batch.length) {
        yield batchText(batch, indent, written === 0);
        written += batch.length;
        batch.length = 0;
      }
      if (!holdsBig(v)) continue;
      yield `${written ? ',' : ''}\n${inner}`;
      yield* emit(v, inner);
      written++;
    }
    if (batch.length) yield batchText(batch, indent, written === 0);
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value as object).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    yield `${i ? ',' : ''}\n${inner}${JSON.stringify(entries[i][0])}: `;
    yield* emit(entries[i][1], inner);
  }
  yield `\n${indent}}`;
}

/** A JSON document through io.out, which ends each call with a line break: pieces are cut at their last one. */
export function printJson(value: unknown, io: Io): void {
  let text = '';
  writeJson(value, (piece) => {
    text += piece;
    const nl = text.lastIndexOf('\n');
    if (nl >= 0) {
      io.out(text.slice(0, nl));
      text = text.slice(nl + 1);
    }
  });
  io.out(text);
}
