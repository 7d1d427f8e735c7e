/** Every locale pack the time reader knows. Add a language by adding a pack here. */
import type { LocalePack } from './pack';
import { en } from './en';
import { pl } from './pl';
import { vi } from './vi';
import { es } from './es';
import { fr } from './fr';
import { de } from './de';
import { pt } from './pt';

export type { LocalePack } from './pack';
export const LOCALE_PACKS: LocalePack[] = [en, pl, vi, es, fr, de, pt];
