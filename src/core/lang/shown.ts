/**
 * What is derived from the languages the user can see (ui-packs.ts). These words carry none of the reading
 * words, so a host can show them (the task pane's first screen) before it loads the readers.
 */
import type { Lang, UiPack } from './types';
import { UI_PACKS } from './ui-packs';

export { UI_PACKS } from './ui-packs';

/** The languages the pane, the messages and the sheets we write can be in. */
export const UI_LANGS: readonly Lang[] = UI_PACKS.map((p) => p.code);

const byCode = new Map(UI_PACKS.map((p) => [p.code, p]));
const english = byCode.get('en')!;

/** The words to show in: the language's own, else English. */
export function uiPack(code: string | undefined): UiPack {
  return (code && byCode.get(code)) || english;
}

/** Our UI language for a BCP 47 tag (Office's display language, a CLI flag): its own when it has one, else English. */
export function pickLang(tag: string | undefined): Lang {
  const l = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return byCode.has(l) ? l : 'en';
}
