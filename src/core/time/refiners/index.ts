/** The refiners, in the order they run: items first (as each segment is scanned), then spans (once its year is known). */
import { fillYears } from './fill-years';
import { openEnds } from './open-ends';
import { recurringYear } from './recurring';
import { timeOfDay } from './time-of-day';
import { joinSpans } from './join-spans';
import { modifiers } from './modifiers';
import { relativeStart } from './relative-start';
import { resolveBare } from './resolve-bare';
import type { Refiner } from './types';
import { yearAfter } from './year-after';
import { trailingYear } from './trailing-year';
import { turn } from './turn';
import { yearFirst } from './year-first';

export type { RefineEnv, Refiner, Segment } from './types';

export const REFINERS: readonly Refiner[] = [yearFirst, yearAfter, modifiers, timeOfDay, recurringYear, resolveBare, turn, trailingYear, fillYears, joinSpans, openEnds, relativeStart];
