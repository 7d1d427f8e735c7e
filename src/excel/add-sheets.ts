/**
 * New sheets, all or none. Each sheet is added under a temporary name no one else can have, written, and then
 * renamed to a free name, all in one batch. If the batch fails part way (a sheet added or renamed meanwhile takes
 * a name), what it added is found by those temporary names and removed, and the write is tried once more with the
 * names read afresh; no sheet of the user's is ever replaced or removed.
 */
import type { SheetSpec } from '../core';
import { uniqueSheetName } from '../core';

type Write = (ws: Excel.Worksheet, spec: SheetSpec) => void;

function tempNames(n: number): string[] {
  const tag = Math.random().toString(36).slice(2, 8);
  return Array.from({ length: n }, (_, i) => `~am-${tag}-${i}`);
}

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/** One batch: add under temporary names, write, rename to the names given, activate the last. */
async function attempt(context: Excel.RequestContext, specs: SheetSpec[], given: string[], temp: string[], write: Write): Promise<void> {
  const sheets = context.workbook.worksheets;
  const added = temp.map((t) => sheets.add(t));
  added.forEach((ws, i) => write(ws, specs[i]));
  added.forEach((ws, i) => (ws.name = given[i]));
  added[added.length - 1]?.activate();
  await context.sync();
}

/**
 * After a failed batch: the sheets it left. Adds come first, then the writes, then the renames, so a sheet still
 * under its temporary name is ours, and so is every sheet renamed before the first one still under its name.
 */
async function removePartial(context: Excel.RequestContext, temp: string[], given: string[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  const byTemp = temp.map((t) => sheets.getItemOrNullObject(t));
  byTemp.forEach((ws) => ws.load('name'));
  await context.sync();
  const first = byTemp.findIndex((ws) => !ws.isNullObject);
  if (first < 0) return; // nothing left under a temporary name: nothing was added, or all of it is complete
  byTemp.forEach((ws) => !ws.isNullObject && ws.delete());
  for (let i = 0; i < first; i++) sheets.getItem(given[i]).delete();
  await context.sync();
}

/** The names given, and every sheet name the workbook now has. */
export async function addSheets(context: Excel.RequestContext, specs: SheetSpec[], known: string[] | undefined, write: Write): Promise<{ given: string[]; names: string[] }> {
  let names = known ?? (await sheetNames(context));
  for (let tries = 0; ; tries++) {
    const temp = tempNames(specs.length);
    const given: string[] = [];
    for (const spec of specs) given.push(uniqueSheetName(spec.name, [...names, ...given]));
    try {
      await attempt(context, specs, given, temp, write);
      return { given, names: [...names, ...given] };
    } catch (e) {
      await removePartial(context, temp, given);
      if (tries >= 1) throw new Error(`${(e as Error).message} (no sheet was added; please try again)`);
      names = await sheetNames(context);
    }
  }
}
