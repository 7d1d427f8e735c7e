/**
 * Highlights in Excel: conditional formats of our own (the user's fills are never touched), one per sheet and
 * rule over all its cells (RangeAreas, ExcelApi 1.9). The workbook's settings keep each one's id with its
 * sheet's id, not its name, so a renamed sheet is still found; a format the user deleted, or a sheet that is
 * gone, is skipped. Only formats that exist are deleted, so clearing never fails.
 *
 * Syncs: 1 reads the saved ids and the sheets; 2 finds which saved formats still exist; 3 deletes them, adds the
 * new ones and loads their ids; 4 saves the ids.
 */
import type { Highlight } from '../core';
import { highlightAreas } from '../core';

export const HIGHLIGHT_KEY = 'activityMatrix.highlights';
const HIGHLIGHT_FILL: Record<string, string> = { error: '#FDE7E9', warning: '#FFF4CE', info: '#EDEBE9' };

interface Saved {
  sheetId: string;
  ids: string[];
}

function savedFrom(value: unknown): Saved[] {
  try {
    const raw = JSON.parse(String(value || '[]')) as unknown;
    if (!Array.isArray(raw)) return [];
    // Settings written by an older version held { sheet, cell, id } per cell: their ids are kept, by sheet name.
    const out = new Map<string, string[]>();
    for (const x of raw as Record<string, unknown>[]) {
      const sheet = String(x.sheetId ?? x.sheet ?? '');
      const ids = Array.isArray(x.ids) ? x.ids.map(String) : x.id !== undefined ? [String(x.id)] : [];
      if (sheet) out.set(sheet, [...(out.get(sheet) ?? []), ...ids]);
    }
    return [...out].map(([sheetId, ids]) => ({ sheetId, ids }));
  } catch {
    return [];
  }
}

/** Syncs 1 and 2: the sheets (name → id) and, queued for the caller's next sync, the deletion of our formats that still exist. */
async function queueRemoval(context: Excel.RequestContext): Promise<Map<string, string>> {
  const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_KEY);
  setting.load('value');
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  await context.sync();
  const idOf = new Map(sheets.items.map((s) => [s.name, s.id]));
  const known = new Set(sheets.items.map((s) => s.id));
  const saved = setting.isNullObject ? [] : savedFrom(setting.value);
  const found: { cfs: Excel.ConditionalFormatCollection; ids: Set<string> }[] = [];
  for (const s of saved) {
    const id = known.has(s.sheetId) ? s.sheetId : idOf.get(s.sheetId);
    if (!id) continue; // the sheet is gone, and its formats with it
    const cfs = sheets.getItem(id).getRange().conditionalFormats;
    cfs.load('items/id');
    found.push({ cfs, ids: new Set(s.ids) });
  }
  if (found.length) await context.sync();
  for (const f of found) for (const cf of f.cfs.items) if (f.ids.has(cf.id)) cf.delete();
  if (!setting.isNullObject) setting.delete();
  return idOf;
}

export async function setHighlights(context: Excel.RequestContext, highlights: Highlight[]): Promise<void> {
  const idOf = await queueRemoval(context);
  const made: { sheetId: string; cf: Excel.ConditionalFormat }[] = [];
  for (const area of highlightAreas(highlights)) {
    const sheetId = idOf.get(area.sheet);
    if (!sheetId) continue;
    const cf = context.workbook.worksheets.getItem(sheetId).getRanges(area.address).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = '=TRUE';
    cf.custom.format.fill.color = HIGHLIGHT_FILL[area.severity];
    cf.load('id');
    made.push({ sheetId, cf });
  }
  await context.sync();
  if (made.length === 0) return;
  const bySheet = new Map<string, string[]>();
  for (const m of made) bySheet.set(m.sheetId, [...(bySheet.get(m.sheetId) ?? []), m.cf.id]);
  context.workbook.settings.add(HIGHLIGHT_KEY, JSON.stringify([...bySheet].map(([sheetId, ids]) => ({ sheetId, ids }))));
  await context.sync();
}

export async function clearHighlights(context: Excel.RequestContext): Promise<void> {
  await queueRemoval(context);
  await context.sync();
}
