/** The registered languages. Adding a language is one folder beside these and one line here. */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { id } from './id';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { tr } from './tr';
import type { LangPack } from './types';
import { uk } from './uk';
import { vi } from './vi';

export const PACKS: readonly LangPack[] = [en, pl, vi, es, fr, de, pt, it, ru, uk, id, tr, nl];
