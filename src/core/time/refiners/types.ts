/** A refiner: one step after the parsers, on one segment's items, in place. */
import type { Item } from '../items';
import type { Span } from '../spans';
import type { Precision, RelativeSpan, TimeContext, TimeWarning } from '../types';

export interface Segment {
  items: Item[];
  ignored: string[];
  between: boolean;
  warnings: TimeWarning[];
  /** Bare numbers that no neighbour gave a unit. */
  dropped: number;
  /** Years written in the segment itself. */
  explicitYears: number[];
  /** True when a year came from the fallback rather than the text or the plan. */
  usedFallback: boolean;
  spans: Span[];
  relative: RelativeSpan[];
  units: Precision[];
  /** A date or period that cannot be was written. */
  invalid: boolean;
  lead?: 'deadline' | 'open-start';
  /** A segment of prose with no digit and no word any parser reads: no tokens were made, nothing is refined. */
  prose?: boolean;
  /** The segment's only time is done over and over ("monthly", "every quarter"). */
  recurring?: boolean;
}

export interface RefineEnv {
  ctx: TimeContext;
  /** The year for periods that write none: the cell's nearest written year, else the plan's. */
  fallbackYear: number;
}

export interface Refiner {
  name: string;
  /** "items" refiners run on each segment as soon as it is scanned; "spans" refiners once its fallback year is known. */
  phase: 'items' | 'spans';
  refine(segment: Segment, env: RefineEnv): void;
}
