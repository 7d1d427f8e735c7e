import type { SheetWords } from '../types';

export const sheets: SheetWords = {
  schedule: {
    no: 'No.', activity: 'Activity', owner: 'Owner', time: 'Time (as written)', unscheduled: 'No readable time', full: 'Active for the whole period',
    partial: 'Active for part of the period', legend: 'Legend', sheet: 'Schedule', quarter: 'Q{n}',
  },
  clean: {
    sheet: 'Clean plan',
    headers: {
      plan: 'Plan', goalNo: 'Goal no.', goal: 'Goal', activityNo: 'Activity no.', activity: 'Activity', method: 'Method', time: 'Time', start: 'Start', end: 'End',
      quarters: 'Quarters', owners: 'Owners', outcome: 'Outcome', findings: 'Findings', source: 'Source',
    },
    grid: '(grid)',
    ours: '(Activity Matrix)',
  },
  convert: { sheet: 'Plan table', source: 'Source line', section: 'Section' },
};
