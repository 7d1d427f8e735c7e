/** The task pane's words, from the language packs. */
import type { Lang, UiWords } from '../lang/types';
import { uiPack } from '../lang/shown';

export type UiKey = keyof UiWords;

export function ui(lang: Lang, key: UiKey, args: Record<string, string | number> = {}): string {
  return uiPack(lang).ui[key].replace(/\{(\w+)\}/g, (_, k: string) => String(args[k] ?? `{${k}}`));
}
