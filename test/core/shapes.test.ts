/** Shapes of real plans, in fixtures of our own words: each test is one shape a reader must cope with. */
import { analyzeGrids } from '../../src/core/analyze';
import { gridFromRows } from '../../src/core/model/grid';

const plansOf = (rows: string[][]) => analyzeGrids([gridFromRows('Plan', rows)]).plans;
const activities = (rows: string[][]) => plansOf(rows)[0].rows.filter((r) => !r.blank).map((r) => `${r.activityId} ${r.activity}`);

describe('outline parents in a Gantt sheet', () => {
  test('a sheet that draws summary bars: a parent marking the union of its children is a section, at every level', () => {
    const rows = [
      ['Task', 'Month', '', '', ''],
      ['Task', '1', '2', '3', '4'],
      ['1. Groundwork', 'X', 'X', 'X', ''],
      ['1.1 Reading', 'X', '', '', ''],
      ['1.1.1 Find the sources', 'X', '', '', ''],
      ['1.1.2 Take notes', 'X', '', '', ''],
      ['1.2 Interviews', '', 'X', 'X', ''],
      ['1.2.1 Book the people', '', 'X', '', ''],
      ['1.2.2 Hold the talks', '', '', 'X', ''],
      ['2. Writing', '', '', '', 'X'],
      ['2.1 Draft', '', '', '', 'X'],
    ];
    expect(activities(rows)).toEqual(['1.1.1 Find the sources', '1.1.2 Take notes', '1.2.1 Book the people', '1.2.2 Hold the talks', '2.1 Draft']);
  });
  test('a sheet without summary bars: a numbered parent with a mark of its own is an activity', () => {
    const rows = [
      ['Activities', 'Week 1', 'Week 2', 'Week 3'],
      ['1.1 Set up the project', 'X', '', ''],
      ['1.2 Open the repository', 'X', '', ''],
      ['1.2.1 Write the readme', 'X', '', ''],
      ['1.2.2 Choose the tools', 'X', '', ''],
      ['2.1 First page', '', 'X', ''],
      ['2.2 Sign-up form', '', '', 'X'],
    ];
    expect(activities(rows)).toEqual(['1.1 Set up the project', '1.2 Open the repository', '1.2.1 Write the readme', '1.2.2 Choose the tools', '2.1 First page', '2.2 Sign-up form']);
  });
});

describe('bands written once at their left, as a CSV keeps a merged band', () => {
  test('"Month" over 1…4 makes relative months', () => {
    const rows = [['Step', 'Month', '', '', ''], ['Step', '1', '2', '3', '4'], ['Plan the survey', 'x', '', '', ''], ['Run the survey', '', 'x', 'x', '']];
    const [p] = plansOf(rows);
    expect(p.rows.map((r) => r.timeResult.relative)).toEqual([[{ unit: 'month', from: 1, to: 1 }], [{ unit: 'month', from: 2, to: 3 }]]);
  });
  test('a year over its quarters', () => {
    const rows = [['Activity', 'Owner', '2019', '', '', '', '2020', ''], ['Activity', 'Owner', 'Q1', 'Q2', 'Q3', 'Q4', 'Q1', 'Q2'], ['Training', 'Ana', '', 'x', 'x', '', '', ''], ['Review', 'Ola', '', '', '', 'x', 'x', '']];
    const [p] = plansOf(rows);
    expect(p.rows.map((r) => r.timeResult.spans)).toEqual([[{ start: '2019-04', end: '2019-09' }], [{ start: '2019-10', end: '2020-03' }]]);
  });
});
