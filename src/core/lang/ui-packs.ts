/**
 * The registered languages the user can see (their pane words, messages and sheet words). A language that has
 * them is one line here besides its line in packs.ts.
 */
import { shown as en } from './en/shown';
import { shown as pl } from './pl/shown';
import type { UiPack } from './types';
import { shown as vi } from './vi/shown';

export const UI_PACKS: readonly UiPack[] = [en, pl, vi];
