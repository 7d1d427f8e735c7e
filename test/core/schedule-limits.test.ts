/** Schedules of plans that stretch too far or read too little (issue 16): a result a planner can use, never a crash. */
import { analyzeGrids } from '../../src/core/analyze';
import { gridFromRows } from '../../src/core/model/grid';
import { buildSchedule, MAX_SCHEDULE_MONTHS, scheduleSheetSpec } from '../../src/core/write/schedule';

const HEADER = ['Goal', 'Activity', 'Time', 'Owner', 'Expected outcome'];

test('a plan over three centuries (a month grid over a thousand years is cut the same way) gets a schedule of at most fifty years, where most activities are; the rest are listed as unscheduled', () => {
  const rows = [HEADER, ['1. Records', 'Sort the old charters', 'March 1900 – May 2199', 'Archive', 'A catalogue'], ['', 'Scan the maps', 'May 2024', 'Archive', 'Scans'], ['', 'Publish the scans', 'Q3 2025', 'Library', 'A website'], ['', 'Open the reading room', 'June 2190', 'Library', 'Visitors']];
  const [plan] = analyzeGrids([gridFromRows('Archive', rows)]).plans;
  for (const grain of ['month', 'quarter'] as const) {
    const s = buildSchedule([plan], { grain });
    const months = s.periods[s.periods.length - 1].last - s.periods[0].first + 1;
    expect(months).toBeLessThanOrEqual(MAX_SCHEDULE_MONTHS + 2);
    expect(s.periods[0].year).toBeLessThanOrEqual(2024);
    const shown = s.rows.filter((r) => r.kind === 'activity').map((r) => (r as { text: string }).text);
    expect(shown).toEqual(['Sort the old charters', 'Scan the maps', 'Publish the scans']);
    const unscheduled = s.rows.filter((r) => r.kind === 'unscheduled').map((r) => (r as { text: string }).text);
    expect(unscheduled).toEqual(['Open the reading room']);
    expect(scheduleSheetSpec(s).columnWidths.length).toBeLessThan(16384);
  }
});

test('130,000 activities without a readable time are all listed as unscheduled', () => {
  const rows = [HEADER, ...Array.from({ length: 130_000 }, (_, i) => [i % 100 === 0 ? `${i / 100 + 1}. Goal` : '', `Activity ${i}`, 'when we can', 'Team A', 'Done'])];
  const [plan] = analyzeGrids([gridFromRows('Big', rows)]).plans;
  const s = buildSchedule([plan]);
  expect(s.rows.filter((r) => r.kind === 'unscheduled')).toHaveLength(130_000);
  expect(s.periods).toEqual([]);
});
