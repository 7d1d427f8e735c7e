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

describe('a sheet that starts with its data', () => {
  const rows = [['Survey the members', 'Q3 2024', 'Ana'], ['Hold the meeting', 'Q4 2024', 'Ola'], ['Write the report', 'Jan 2025', 'Ana']];
  test('every row is read, each role inferred from content, and the table says it has no header', () => {
    const [p] = plansOf(rows);
    expect(p.headerless).toBe(true);
    expect(p.columns.map((c) => [c.role, c.inferred])).toEqual([['activity', true], ['time', true], ['owner', true]]);
    expect(p.rows.map((r) => r.activity)).toEqual(['Survey the members', 'Hold the meeting', 'Write the report']);
    expect(p.reasons?.[0]).toMatch(/no header/);
  });
  test('a first row in words we do not know is its header, because it does not fit the columns below', () => {
    const [p] = plansOf([['Zebra', 'Quux', 'Blob'], ...rows]);
    expect(p.headerless).toBeUndefined();
    expect(p.headerRow).toBe(1);
    expect(p.rows.map((r) => r.activity)).toEqual(['Survey the members', 'Hold the meeting', 'Write the report']);
  });
  test('a list of contacts is no plan: names and organisations say nothing of when', () => {
    expect(plansOf([['Name', 'Organisation', 'Email', 'Phone'], ['Anna Nowak', 'Fundacja Razem', 'anna@razem.pl', '600100200'], ['Ben Tran', 'Hội Phụ nữ', 'ben@hoipn.vn', '0912345678'], ['Carla Ruiz', 'Asociación Vecinal', 'carla@av.es', '611222333']])).toEqual([]);
  });
  test('prose is no plan', () => {
    expect(plansOf([['Dear members,'], ['we met on Monday and talked about the year ahead.'], ['Thanks to all of you.'], ['See you soon']])).toEqual([]);
  });
});

describe('a table set by hand always wins', () => {
  const rows = [['Zebra', 'Quux'], ['Survey the members', 'Ana'], ['Hold the meeting', '']];
  test('a range with roles makes a plan table whatever its header says', () => {
    const a = analyzeGrids([gridFromRows('Plan', rows)], { rules: {}, tables: [{ sheet: 'Plan', range: 'A1:B3', columns: { A: 'activity', B: 'owner' } }] });
    expect(a.plans[0].explicit).toBe(true);
    expect(a.plans[0].columns.map((c) => [c.role, c.explicit])).toEqual([['activity', true], ['owner', true]]);
    expect(a.findings.filter((f) => f.rule === 'missing-owner').map((f) => f.cell)).toEqual(['B3']);
  });
  test('a header row alone, roles read from content', () => {
    const a = analyzeGrids([gridFromRows('Plan', [['Zebra', 'Quux'], ['Survey the members', 'Q3 2024'], ['Hold the meeting', 'Q4 2024']])], { rules: {}, tables: [{ sheet: 'Plan', headerRow: 1, columns: {} }] });
    expect(a.plans[0].columns.map((c) => c.role)).toEqual(['activity', 'time']);
  });
  test('a table set on another sheet changes nothing here', () => {
    const a = analyzeGrids([gridFromRows('Plan', rows)], { rules: {}, tables: [{ sheet: 'Other', range: 'A1:B3', columns: { A: 'activity', B: 'owner' } }] });
    expect(a.plans.every((p) => !p.explicit)).toBe(true);
  });
});

describe('roles set on one table', () => {
  test('apply to that table only, found by its header row', () => {
    const rows = [
      ['Activity', 'Notes', 'Owner'], ['Survey', 'Ana', 'Ola'], ['Visit', 'Ben', 'Ola'], ['', '', ''], ['', '', ''], ['', '', ''],
      ['Activity', 'Notes', 'Owner'], ['Report', 'first draft', 'Ana'], ['Print', 'two copies', 'Ben'],
    ];
    const a = analyzeGrids([gridFromRows('Plan', rows)], { rules: {}, tables: [{ sheet: 'Plan', headerRow: 1, columns: { B: 'method' } }] });
    expect(a.plans.map((p) => p.columns[1].role)).toEqual(['method', 'extra']);
  });
});

describe('a logframe whose activities sit beside their indicators', () => {
  test('with no results column, the indicators are what each activity is to achieve: no activity lacks an outcome', () => {
    const a = analyzeGrids([gridFromRows('Logframe', [
      ['Objective', 'Activities', 'Indicators', 'Means of verification', 'Responsible', 'Timeline'],
      ['1. Safer school routes', '1.1 Walking bus pilot', '3 routes running', 'Route logs', 'Parents’ council', 'Q2 2024'],
      ['', '1.2 Crossing guards', '4 guards trained', 'Training list', 'City police', 'Q3 2024'],
      ['2. Less traffic at the gates', '2.1 Drop-off zone', 'Zone marked', 'Photos', 'Roads unit', 'Q4 2024'],
    ])]);
    const [p] = a.plans;
    expect(p.columns.map((c) => c.role)).toEqual(['goal', 'activity', 'outcome', 'extra', 'owner', 'time']);
    expect(p.rows.map((r) => r.outcome)).toEqual(['3 routes running', '4 guards trained', 'Zone marked']);
    expect(a.findings.filter((f) => f.rule === 'missing-outcome')).toEqual([]);
  });
});

describe('a month grid with short English month names', () => {
  test('"Mar" between "Feb" and "Apr" is March (not the Spanish weekday "mar"): the whole run is months', () => {
    const [p] = plansOf([
      ['Activity', 'Owner', 'Jan', 'Feb', 'Mar', 'Apr', 'Result'],
      ['Leaflets to every door', 'Eco team', 'x', 'x', '', '', '900 leaflets'],
      ['Bins in the schools', 'School board', '', '', 'x', 'x', '12 schools'],
    ]);
    expect(p.columns.map((c) => c.role)).toEqual(['activity', 'owner', 'period', 'period', 'period', 'period', 'outcome']);
    expect(p.rows.map((r) => r.timeResult.spans.map((s) => `${s.start.slice(5)}..${s.end.slice(5)}`).join())).toEqual(['01..02', '03..04']);
  });
});

describe('a month grid in the short month names each language’s Excel shows', () => {
  test.each([
    ['uk', 'січ лют бер кві тра чер лип сер вер жов лис гру'],
    ['id', 'Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des'],
    ['ru', 'янв фев мар апр май июн июл авг сен окт ноя дек'],
    ['pl', 'sty lut mar kwi maj cze lip sie wrz paź lis gru'],
    ['fr', 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'],
  ])('%s: every month of the run, December too', (_lang, months) => {
    const blank = Array<string>(12).fill('');
    const marked = (...at: number[]) => blank.map((_, i) => (at.includes(i) ? 'x' : ''));
    const [p] = plansOf([['2025'], ['Activity', 'Owner', ...months.split(' ')], ['A', 'Ana', ...marked(0, 1)], ['B', 'Ben', ...marked(5)], ['C', 'Cy', ...marked(10, 11)]]);
    expect(p.rows.map((r) => r.timeResult.spans.map((s) => `${s.start}..${s.end}`).join())).toEqual(['2025-01..2025-02', '2025-06..2025-06', '2025-11..2025-12']);
  });
});

describe('owners written with an ampersand', () => {
  test('"M&E officer" is one owner; "Anna & Ben" and "UBND & Hội PN" are two', () => {
    const [p] = plansOf([
      ['Activity', 'Responsible', 'Start', 'End'],
      ['Baseline survey', 'M&E officer', '01/02/2024', '28/02/2024'],
      ['Community meetings', 'Anna & Ben', '01/03/2024', '30/06/2024'],
      ['Họp dân', 'UBND & Hội PN', '01/07/2024', '31/07/2024'],
      ['Pilot the tool', 'R&D team, M&E', '01/09/2024', '30/09/2024'],
    ]);
    expect(p.rows.map((r) => r.owners)).toEqual([['M&E officer'], ['Anna', 'Ben'], ['UBND', 'Hội PN'], ['R&D team', 'M&E']]);
  });
});

describe('owners labelled with their part in the work', () => {
  test('the labels "Chủ trì:", "Phối hợp:", "Lead:", "(lead)", "Odpowiedzialny:" are no names; "+" lists two owners', () => {
    const [p] = plansOf([
      ['Activity', 'Responsible', 'Time'],
      ['Tập huấn', 'Chủ trì: Hội LHPN; Phối hợp: Đoàn TN, Hội ND', 'Quý I/2025'],
      ['Hội thảo', 'Chủ trì: UBND xã - Phối hợp: các thôn', 'Quý II/2025'],
      ['Khảo sát', 'Hội LHPN (chủ trì), Đoàn TN (phối hợp)', 'Tháng 5/2025'],
      ['Survey', 'Lead: Anna; Support: Ben', 'Q1 2025'],
      ['Workshop', 'Anna (lead) with Ben', 'Q2 2025'],
      ['Warsztaty', 'Odpowiedzialny: GOPS, Partnerzy: szkoły', 'maj 2025'],
      ['Review', 'Board + working groups', 'Q4 2025'],
      ['Mentoring', 'Team lead: Anna', 'Q4 2025'],
    ]);
    expect(p.rows.map((r) => r.owners)).toEqual([
      ['Hội LHPN', 'Đoàn TN', 'Hội ND'], ['UBND xã', 'các thôn'], ['Hội LHPN', 'Đoàn TN'], ['Anna', 'Ben'], ['Anna', 'Ben'], ['GOPS', 'szkoły'], ['Board', 'working groups'], ['Team lead: Anna'],
    ]);
  });
  test('a label of its part without a colon, after or before a name: "Sở Y tế chủ trì, phối hợp Sở GD&ĐT", "led by Anna"', () => {
    const [p] = plansOf([
      ['Activity', 'Responsible', 'Time'],
      ['Tập huấn', 'Sở Y tế chủ trì, phối hợp Sở GD&ĐT', 'Quý I/2025'],
      ['Survey', 'led by Anna; supported by UNICEF', 'Q1 2025'],
      ['Tư vấn', 'Trung tâm Hỗ trợ Phụ nữ', 'Quý II/2025'],
      ['Quỹ', 'Quỹ hỗ trợ', 'Quý III/2025'],
    ]);
    expect(p.rows.map((r) => r.owners)).toEqual([['Sở Y tế', 'Sở GD&ĐT'], ['Anna', 'UNICEF'], ['Trung tâm Hỗ trợ Phụ nữ'], ['Quỹ hỗ trợ']]);
  });
  test('the end of a list ("etc.", "v.v.", "itd.") names no owner', () => {
    const [p] = plansOf([['Activity', 'Responsible', 'Time'], ['Survey', 'Anna, Ben, etc.', 'Q1 2025'], ['Họp', 'Hội LHPN, Đoàn TN, v.v.', 'Quý I/2025']]);
    expect(p.rows.map((r) => r.owners)).toEqual([['Anna', 'Ben'], ['Hội LHPN', 'Đoàn TN']]);
  });
  test('an initial keeps its full stop: "Иванов И.И.", "Anna K."', () => {
    const [p] = plansOf([['Мероприятие', 'Ответственный', 'Срок'], ['Собрание', 'Иванов И.И., Петров П.П.', 'март 2025'], ['Отчёт', 'Anna K. / Ben M.', 'апрель 2025']]);
    expect(p.rows.map((r) => r.owners)).toEqual([['Иванов И.И.', 'Петров П.П.'], ['Anna K.', 'Ben M.']]);
  });
});

describe('a form whose header is followed by a row that numbers its columns', () => {
  const header = ['Lp.', 'Działanie', 'Termin', 'Odpowiedzialny', 'Rezultat'];
  const body = [['1', 'Spotkanie z sołtysami', 'I kw. 2025', 'Wójt', 'Lista potrzeb'], ['2', 'Warsztaty dla seniorów', 'maj 2025', 'GOPS', '']];
  test.each([[['1', '2', '3', '4', '5']], [['(1)', '(2)', '(3)', '(4)', '(5)']], [['1.', '2.', '', '4.', '5.']]])('%j is part of the header, not an activity', (numbers) => {
    const [p] = plansOf([header, numbers, ...body]);
    expect(p.rows.filter((r) => !r.blank).map((r) => r.activity)).toEqual(['Spotkanie z sołtysami', 'Warsztaty dla seniorów']);
    const times = analyzeGrids([gridFromRows('Plan', [header, numbers, ...body])]).findings.filter((f) => f.rule === 'unparseable-time');
    expect(times).toEqual([]);
  });
  test('a first activity row that happens to hold small numbers stays an activity', () => {
    const [p] = plansOf([header, ['1', '2', 'III kw. 2025', 'Wójt', '3'], ...body]);
    expect(p.rows.filter((r) => !r.blank).map((r) => r.activity)).toEqual(['2', 'Spotkanie z sołtysami', 'Warsztaty dla seniorów']);
  });
});

describe('a table under a title that names its goal', () => {
  test('each table of a sheet written one goal at a time gives its activities that goal and its number', () => {
    const plans = plansOf([
      ['Cel 1. Aktywizacja seniorów'],
      ['Działanie', 'Termin', 'Odpowiedzialny'],
      ['Warsztaty komputerowe', 'marzec 2025', 'MOPS'],
      ['Spacery z kijami', 'maj 2025', 'Klub Seniora'],
      [],
      ['Cel 2. Integracja mieszkańców'],
      ['Działanie', 'Termin', 'Odpowiedzialny'],
      ['Piknik sąsiedzki', 'czerwiec 2025', 'Rada Osiedla'],
    ]);
    expect(plans.flatMap((p) => p.rows.filter((r) => !r.blank).map((r) => `${r.goalId} ${r.goal} / ${r.activity}`))).toEqual([
      '1 Aktywizacja seniorów / Warsztaty komputerowe',
      '1 Aktywizacja seniorów / Spacery z kijami',
      '2 Integracja mieszkańców / Piknik sąsiedzki',
    ]);
  });
  test('a title that names no goal gives none, and a goal row inside the table still wins', () => {
    const [p] = plansOf([['Work plan 2025'], ['Activity', 'When', 'Who'], ['Survey', 'March 2025', 'Ana']]);
    expect(p.rows[0].goal).toBe('');
    const [q] = plansOf([['Goal 1: Safer streets'], ['No.', 'Activity', 'When', 'Who'], ['2', 'Goal 2: Cleaner parks', '', ''], ['2.1', 'Clean-up day', 'April 2025', 'Ben']]);
    expect(q.rows.filter((r) => !r.blank && r.activity).map((r) => `${r.goalId} ${r.goal} / ${r.activity}`)).toEqual(['2 Goal 2: Cleaner parks / Clean-up day']);
  });
});

describe('rows that sum up, sign or explain the table are not activities', () => {
  const header = ['Działanie', 'Termin', 'Odpowiedzialny', 'Koszt (zł)'];
  test('a sum row, a signature and a note are left out, and nothing is said to lack an owner or a time for them', () => {
    const rows = [header, ['Warsztaty', 'marzec 2025', 'MOPS', '2000'], ['Piknik', 'czerwiec 2025', 'Rada Osiedla', '3500'], ['Razem', '', '', '5500'], ['Uwagi: koszty brutto', '', '', ''], ['Sporządził: Jan Nowak', '', '', '']];
    const a = analyzeGrids([gridFromRows('Plan', rows)]);
    expect(a.plans[0].rows.filter((r) => !r.blank).map((r) => r.activity)).toEqual(['Warsztaty', 'Piknik']);
    expect(a.findings.filter((f) => f.rule === 'missing-owner' || f.rule === 'missing-time')).toEqual([]);
  });
  test('"Podsumowanie projektu" is the closing activity; an absence row with its owner and its time is still no activity', () => {
    const rows = [header, ['Warsztaty', 'marzec 2025', 'MOPS', '2000'], ['Podsumowanie projektu', 'grudzień 2025', 'Zarząd', '500'], ['Razem', '', '', '2500']];
    expect(plansOf(rows)[0].rows.filter((r) => !r.blank).map((r) => r.activity)).toEqual(['Warsztaty', 'Podsumowanie projektu']);
    const de = [['Aufgabe', 'Zeitraum', 'Verantwortlich'], ['Schulung vorbereiten', 'Mai 2025', 'Jana'], ['Schulung halten', 'Juni 2025', 'Jana'], ['Urlaub', 'Juli 2025', 'Jana']];
    expect(plansOf(de)[0].rows.filter((r) => !r.blank).map((r) => r.activity)).toEqual(['Schulung vorbereiten', 'Schulung halten']);
  });
});

describe('a header whose group cells are merged over sub-headers', () => {
  test('"Termin realizacji" over "od | do" gives a start and an end column, and the sub-header row is no activity', () => {
    const g = { ...gridFromRows('Plan', [
      ['Lp.', 'Zadanie', 'Termin realizacji', '', 'Realizatorzy', '', 'Wskaźnik'],
      ['', '', 'od', 'do', 'wiodący', 'współpracujący', ''],
      ['1', 'Diagnoza potrzeb', 'styczeń 2025', 'luty 2025', 'MOPS', 'NGO', 'Raport'],
      ['2', 'Kampania', 'marzec 2025', 'czerwiec 2025', 'Urząd', '', 'Plakaty'],
    ]), merges: [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 4, bottom: 0, right: 5 }] };
    const [p] = analyzeGrids([g]).plans;
    expect(p.columns.filter((c) => c.role === 'start' || c.role === 'end').map((c) => c.letter)).toEqual(['C', 'D']);
    expect(p.rows.filter((r) => !r.blank).map((r) => [r.activity, r.timeResult.spans.map((s) => `${s.start}..${s.end}`).join()])).toEqual([
      ['Diagnoza potrzeb', '2025-01..2025-02'],
      ['Kampania', '2025-03..2025-06'],
    ]);
  });
  test('without the merges the same row is still read as data, not guessed to be a header', () => {
    const [p] = plansOf([['Zadanie', 'Termin', 'Realizator'], ['Spotkanie', 'maj 2025', 'MOPS'], ['Ankieta', 'czerwiec 2025', 'GOPS']]);
    expect(p.rows.filter((r) => !r.blank).map((r) => r.activity)).toEqual(['Spotkanie', 'Ankieta']);
  });
});

describe('a Gantt sheet whose phases stand between their tasks', () => {
  test('"Phase 1: Planning" and "Giai đoạn 2." with no owner of their own are the goals of the tasks under them', () => {
    const [p] = plansOf([
      ['Task', 'Owner', 'Start', 'End'],
      ['Phase 1: Planning', '', '01/03/2025', '30/04/2025'],
      ['Define scope', 'Anna', '01/03/2025', '15/03/2025'],
      ['Stakeholder mapping', 'Ben', '16/03/2025', '30/04/2025'],
      ['Giai đoạn 2. Triển khai', '', '01/05/2025', '31/08/2025'],
      ['Workshops', 'Anna', '01/05/2025', '30/06/2025'],
    ]);
    expect(p.rows.filter((r) => !r.blank).map((r) => `${r.goalId} ${r.goal} / ${r.activity}`)).toEqual(['1 Phase 1: Planning / Define scope', '1 Phase 1: Planning / Stakeholder mapping', '2 Giai đoạn 2. Triển khai / Workshops']);
  });
  test('steps that follow one another are the activities, each lacking its owner where it has none', () => {
    const a = analyzeGrids([gridFromRows('Plan', [['Task', 'Owner', 'When'], ['Step 1: Call the schools', '', 'March 2025'], ['Step 2: Book the hall', 'Ben', 'April 2025'], ['Step 3: Hold the fair', 'Anna', 'May 2025']])]);
    expect(a.plans[0].rows.filter((r) => !r.blank).map((r) => r.activity)).toEqual(['Step 1: Call the schools', 'Step 2: Book the hall', 'Step 3: Hold the fair']);
    expect(a.findings.filter((f) => f.rule === 'missing-owner').map((f) => f.cell)).toEqual(['B2']);
  });
});

describe('a goal column whose goals are numbered by their word', () => {
  test('"Axe 1 - Mobilité" is goal 1, "Axe 2 - Déchets" goal 2, down the rows they group', () => {
    const [p] = plansOf([
      ['Axe', 'Action', 'Échéance', 'Pilote'],
      ['Axe 1 - Mobilité', 'Créer une piste cyclable', '2e semestre 2025', 'Service voirie'],
      ['', 'Organiser la fête du vélo', 'mai 2025', 'Association Vélo'],
      ['Axe 2 - Déchets', 'Installer des composteurs', 'septembre 2025', 'Service propreté'],
    ]);
    expect(p.rows.filter((r) => !r.blank).map((r) => `${r.goalId} ${r.goal}`)).toEqual(['1 Axe 1 - Mobilité', '1 Axe 1 - Mobilité', '2 Axe 2 - Déchets']);
  });
});

describe('bulleted steps on rows of their own under an activity', () => {
  const rows = [
    ['TT', 'Nội dung công việc', 'Thời gian thực hiện', 'Đơn vị chủ trì'],
    ['I', 'CÔNG TÁC TUYÊN TRUYỀN', '', ''],
    ['1', 'Tuyên truyền trực quan', 'Tháng 3/2025', 'Phòng VHTT'],
    ['', '- Treo băng rôn', '', ''],
    ['', '- Phát tờ rơi', '', 'Đoàn TN'],
    ['2', 'Tuyên truyền trên loa đài', 'Quý II/2025', ''],
  ];
  test('take the time and the owner of the activity above them where they give none, and lack nothing', () => {
    const a = analyzeGrids([gridFromRows('Plan', rows)]);
    expect(a.plans[0].rows.filter((r) => !r.blank).map((r) => [r.activity, r.timeResult.spans.map((s) => `${s.start}..${s.end}`).join(), r.owners.join(';')])).toEqual([
      ['Tuyên truyền trực quan', '2025-03..2025-03', 'Phòng VHTT'],
      ['Treo băng rôn', '2025-03..2025-03', 'Phòng VHTT'],
      ['Phát tờ rơi', '2025-03..2025-03', 'Đoàn TN'],
      ['Tuyên truyền trên loa đài', '2025-04..2025-06', ''],
    ]);
    expect(a.findings.filter((f) => f.rule === 'missing-owner' || f.rule === 'missing-time').map((f) => `${f.rule} ${f.cell}`)).toEqual(['missing-owner D6']);
  });
  test('a list of bulleted activities with no plain activity above them inherits nothing', () => {
    const a = analyzeGrids([gridFromRows('Plan', [['Hoạt động', 'Thời gian', 'Phụ trách'], ['- Tập huấn', 'Tháng 3/2025', 'Hội PN'], ['- Hội thảo', '', ''], ['- Tổng kết', 'Tháng 12/2025', 'UBND']])]);
    expect(a.findings.filter((f) => f.rule === 'missing-owner' || f.rule === 'missing-time').map((f) => f.cell).sort()).toEqual(['B3', 'C3']);
  });
});

describe('a number column merged down beside the goals', () => {
  test('numbers the goals, not the activities', () => {
    const g = { ...gridFromRows('Plan', [
      ['TT', 'Mục tiêu', 'Hoạt động', 'Thời gian', 'Người phụ trách'],
      ['1', 'Nâng cao nhận thức', 'Tổ chức truyền thông', 'Quý I/2025', 'Chị Lan'],
      ['', '', 'Phát tờ rơi', 'Tháng 4/2025', 'Anh Minh'],
      ['2', 'Tăng năng lực', 'Tập huấn', 'Quý II/2025', 'Chị Hoa'],
      ['', '', 'Hội thảo', 'Quý III/2025', 'Chị Hoa'],
    ]), merges: [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }, { top: 3, left: 0, bottom: 4, right: 0 }, { top: 3, left: 1, bottom: 4, right: 1 }] };
    const [p] = analyzeGrids([g]).plans;
    expect(p.rows.filter((r) => !r.blank).map((r) => `${r.goalId} ${r.goal} / ${r.activityId}${r.activity}`)).toEqual([
      '1 Nâng cao nhận thức / Tổ chức truyền thông', '1 Nâng cao nhận thức / Phát tờ rơi', '2 Tăng năng lực / Tập huấn', '2 Tăng năng lực / Hội thảo',
    ]);
  });
});

describe('a time column whose header names the year', () => {
  test('"Termin realizacji (2024 r.)" over months gives the plan its year, where no cell writes one', () => {
    const [p] = plansOf([['Działanie', 'Termin realizacji (2024 r.)', 'Odpowiedzialny'], ['Spotkanie', 'marzec', 'Sołtys'], ['Warsztaty', 'kwiecień-maj', 'GOPS']]);
    expect([p.year, p.yearSource]).toEqual([2024, 'title']);
    expect(p.rows.map((r) => r.timeResult.spans.map((s) => `${s.start}..${s.end}`).join())).toEqual(['2024-03..2024-03', '2024-04..2024-05']);
  });
  test('a year the cells write wins over the header’s', () => {
    const [p] = plansOf([['Activity', 'Month (2024)', 'Lead'], ['Survey', 'March 2025', 'Ana'], ['Training', 'May 2025', 'Ben']]);
    expect(p.year).toBe(2025);
  });
});

describe('an official annex: its heading over a note in brackets, and deadlines among months with no year', () => {
  const [p] = plansOf([
    ['PHỤ LỤC'],
    ['DANH MỤC NHIỆM VỤ NĂM 2025'],
    ['(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2025)'],
    ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Sản phẩm'],
    ['1', 'Hội nghị quán triệt', 'Sở Tư pháp', 'Quý I', 'Hội nghị'],
    ['2', 'Kiểm tra tại các huyện', 'Sở Nội vụ', 'Tháng 9-10', 'Báo cáo'],
    ['3', 'Sơ kết 6 tháng', 'Sở Tư pháp', 'Trước 15/6/2025', 'Báo cáo sơ kết'],
  ]);
  test('the heading is the title, not the note under it', () => expect(p.title).toBe('DANH MỤC NHIỆM VỤ NĂM 2025'));
  test('a deadline runs from the plan’s start, so the months before it stay in its year', () => {
    expect(p.rows.filter((r) => !r.blank).map((r) => r.timeResult.spans.map((s) => `${s.start}..${s.end}`).join())).toEqual(['2025-01..2025-03', '2025-09..2025-10', '2025-01..2025-06']);
  });
});

describe('a table Word carried onto a new page', () => {
  test('its header said again, and the row that numbers its columns, are no activities', () => {
    const [p] = plansOf([
      ['TT', 'Hoạt động', 'Thời gian', 'Người thực hiện', 'Kết quả'],
      ['1', 'Họp ban điều hành', 'T1/2025', 'Chị Lan', 'Biên bản'],
      ['2', 'Tập huấn', 'T2/2025', 'Anh Nam', '20 người'],
      ['TT', 'Hoạt động', 'Thời gian', 'Người thực hiện', 'Kết quả'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      ['3', 'Hội thảo', 'T3/2025', 'Chị Hoa', 'Báo cáo'],
    ]);
    expect(p.rows.filter((r) => !r.blank).map((r) => r.activity)).toEqual(['Họp ban điều hành', 'Tập huấn', 'Hội thảo']);
  });
  test('an activity named like its column stays an activity', () => {
    const [p] = plansOf([['Activity', 'Time', 'Owner'], ['Survey', 'May 2025', 'Ana'], ['Time', 'June 2025', 'Ben']]);
    expect(p.rows.map((r) => r.activity)).toEqual(['Survey', 'Time']);
  });
});

describe('plans side by side under one header row', () => {
  test('each is a plan of its own; a group of columns with no activities of its own stays with its table', () => {
    const plans = plansOf([
      ['Activity', 'Owner', 'Time', '', 'Activity', 'Owner', 'Time'],
      ['Survey', 'Ana', 'Q1 2025', '', 'Cleanup', 'Dan', 'May 2025'],
      ['Training', 'Ben', 'Q2 2025', '', 'Festival', '', 'June 2025'],
    ]);
    expect(plans.map((p) => [p.range, p.rows.map((r) => r.activity)])).toEqual([['A1:C3', ['Survey', 'Training']], ['E1:G3', ['Cleanup', 'Festival']]]);
    const legend = plansOf([['Activity', 'Owner', 'Time', '', 'Legend', ''], ['Survey', 'Ana', 'Q1 2025', '', 'x', 'planned'], ['Training', 'Ben', 'Q2 2025', '', 'o', 'done']]);
    expect(legend.map((p) => p.range)).toEqual(['A1:C3']);
  });

  test('a title standing right on the header row names each plan, and is no part of its header', () => {
    const plans = plansOf([
      ['Team North', '', '', '', 'Zespół Południe', '', ''],
      ['Activity', 'Time', 'Owner', '', 'Działanie', 'Termin', 'Odpowiedzialny'],
      ['Survey', 'March 2025', 'Ana', '', 'Ankieta', 'kwiecień 2025', 'Ola'],
      ['Report', 'June 2025', 'Cy', '', 'Raport', 'lipiec 2025', 'Uma'],
    ]);
    expect(plans.map((p) => [p.title, p.range, p.headerRow])).toEqual([['Team North', 'A2:C4', 2], ['Zespół Południe', 'E2:G4', 2]]);
    expect(plans[1].columns.map((c) => c.header)).toEqual(['Działanie', 'Termin', 'Odpowiedzialny']);
  });
});

describe('a start counted in weeks, and its duration', () => {
  test('"Start week | Duration (weeks)" are weeks from the plan’s start; a month count takes its duration too', () => {
    const [p] = plansOf([['Task', 'Owner', 'Start week', 'Duration (weeks)'], ['Planning', 'Ana', '1', '2'], ['Fieldwork', 'Ben', '3', '4']]);
    expect(p.rows.map((r) => r.timeResult.relative)).toEqual([[{ unit: 'week', from: 1, to: 2 }], [{ unit: 'week', from: 3, to: 6 }]]);
    const [m] = plansOf([['Task', 'Owner', 'Start month', 'Duration (months)'], ['Survey', 'Ana', '4', '3'], ['Analysis', 'Ben', '7', '2']]);
    expect(m.rows.map((r) => r.timeResult.relative)).toEqual([[{ unit: 'month', from: 4, to: 6 }], [{ unit: 'month', from: 7, to: 8 }]]);
  });

  test('a duration in years or months from a start date runs on the calendar: years are not months, three months from January end in March', () => {
    const [p] = plansOf([['Task', 'Owner', 'Start date', 'Duration (years)'], ['Pilot', 'Ana', '01/03/2025', '1'], ['Roll-out', 'Ben', '01/09/2025', '2']]);
    expect(p.rows.map((r) => r.timeResult.spans)).toEqual([[{ start: '2025-03', end: '2026-02' }], [{ start: '2025-09', end: '2027-08' }]]);
    const [m] = plansOf([['Task', 'Owner', 'Start date', 'Duration (months)'], ['Survey', 'Ana', '01/01/2025', '3'], ['Report', 'Ben', '15/06/2025', '1.5']]);
    expect(m.rows.map((r) => r.timeResult.spans)).toEqual([[{ start: '2025-01', end: '2025-03' }], [{ start: '2025-06', end: '2025-07' }]]);
    const [d] = plansOf([['Task', 'Owner', 'Start date', 'Duration (days)'], ['Pilot', 'Ana', '01/03/2025', '90'], ['Roll-out', 'Ben', '01/09/2025', '2 weeks']]);
    expect(d.rows.map((r) => r.timeResult.spans)).toEqual([[{ start: '2025-03', end: '2025-05' }], [{ start: '2025-09', end: '2025-09' }]]);
  });

  test('a "Duration" column that says when, not how long, is the row’s time; a length alone is still unreadable', () => {
    const [p] = plansOf([['Activity', 'Owner', 'Duration'], ['Survey', 'Ana', 'Jan–Mar 2025'], ['Workshops', 'Ben', 'Q2 2025'], ['Report', 'Cy', '3 weeks']]);
    expect(p.rows.map((r) => r.timeResult.spans)).toEqual([[{ start: '2025-01', end: '2025-03' }], [{ start: '2025-04', end: '2025-06' }], []]);
    expect(p.rows[2].timeResult.reason).toBe('no-start');
    const [pt] = plansOf([['Atividade', 'Responsável', 'Duração'], ['Oficinas', 'Ana', 'março a maio de 2025'], ['Avaliação', 'Bruno', '2 meses']]);
    expect(pt.columns.map((c) => c.role)).toEqual(['activity', 'owner', 'duration']);
    expect(pt.rows.map((r) => r.timeResult.spans)).toEqual([[{ start: '2025-03', end: '2025-05' }], []]);
  });

  test('"Duração" beside a start is the duration, in Portuguese as in English', () => {
    const [p] = plansOf([['Atividade', 'Início', 'Duração'], ['Oficinas', '01/03/2025', '2 meses'], ['Avaliação', '01/09/2025', '1 mês']]);
    expect(p.columns.map((c) => c.role)).toEqual(['activity', 'start', 'duration']);
    expect(p.rows.map((r) => r.timeResult.spans)).toEqual([[{ start: '2025-03', end: '2025-04' }], [{ start: '2025-09', end: '2025-09' }]]);
  });
});

describe('a plan that states its start above the table', () => {
  const spans = (p: ReturnType<typeof plansOf>[number]) => p.rows.map((r) => r.timeResult.spans.map((s) => `${s.start}..${s.end}`).join(';'));

  test('months counted in the time column are placed from it, and the title is the plan’s name, not the start line', () => {
    const [p] = plansOf([
      ['Youth network plan', '', ''],
      ['Project start: March 2025', '', ''],
      ['', '', ''],
      ['Activity', 'Time', 'Owner'],
      ['Baseline survey', 'Month 1-2', 'Ana'],
      ['Evaluation', 'Month 10-12', 'Cy'],
    ]);
    expect(p.title).toBe('Youth network plan');
    expect(spans(p)).toEqual(['2025-03..2025-04', '2025-12..2026-02']);
  });

  test('in Polish and Vietnamese, with the date beside its label', () => {
    const [pl] = plansOf([['Plan pracy sieci', '', ''], ['Data rozpoczęcia projektu:', '01.09.2025', ''], ['Działanie', 'Termin', 'Odpowiedzialny'], ['Spotkanie', 'miesiąc 1', 'Ania'], ['Raport', 'miesiąc 6', 'Bartek']]);
    expect(spans(pl)).toEqual(['2025-09..2025-09', '2026-02..2026-02']);
    const [vi] = plansOf([['Kế hoạch mạng lưới', '', ''], ['Ngày bắt đầu: 01/02/2026', '', ''], ['Hoạt động', 'Thời gian', 'Người phụ trách'], ['Khảo sát', 'Tháng thứ 1-2', 'An']]);
    expect(vi.title).toBe('Kế hoạch mạng lưới');
    expect(spans(vi)).toEqual(['2026-02..2026-03']);
  });

  test('a deadline is read from that start, and with no start line it stays counted', () => {
    const [p] = plansOf([['Project start: 1 October 2025', ''], ['Activity', 'Time'], ['Recruit', 'by February 2026'], ['Train', 'November 2025']]);
    expect(spans(p)).toEqual(['2025-10..2026-02', '2025-11..2025-11']);
    const [q] = plansOf([['Youth network plan', ''], ['Activity', 'Time'], ['Baseline survey', 'Month 1-2']]);
    expect(q.rows[0].timeResult.ok).toBe(false);
    expect(q.rows[0].timeResult.relative).toEqual([{ unit: 'month', from: 1, to: 2 }]);
  });
});

describe('details and signatures around a table', () => {
  test('a detail written in two cells above the header ("Start date: | 1 April 2025") is no title; the line above it is', () => {
    const [p] = plansOf([
      ['Project: Clean River Initiative', '', ''],
      ['Start date:', '01/04/2025', ''],
      ['', '', ''],
      ['Task', 'Owner', 'When'],
      ['Hire staff', 'HR', 'April 2025'],
      ['Final report', 'PM', 'September 2025'],
    ]);
    expect(p.title).toBe('Project: Clean River Initiative');
  });

  test('the blank row between the last activity and the signatures under it is not reported as an empty row', () => {
    const a = analyzeGrids([gridFromRows('KH', [
      ['Hoạt động', 'Thời gian', 'Người phụ trách'],
      ['Khảo sát', 'T3/2025', 'An'],
      ['', '', ''],
      ['Tập huấn', 'T5/2025', 'Bình'],
      ['', '', ''],
      ['Người lập biểu', '', 'Trưởng ban'],
    ])]);
    expect(a.findings.filter((f) => f.rule === 'empty-row').map((f) => f.cell)).toEqual(['A3']);
    expect(a.plans[0].rows.filter((r) => !r.blank).map((r) => r.activity)).toEqual(['Khảo sát', 'Tập huấn']);
  });
});

describe('a title of several lines above the table', () => {
  const plan = (rows: string[][]) => analyzeGrids([gridFromRows('S', rows)], undefined, { fallbackYear: 2030 }).plans[0];

  test('the line that names the plan is its title, and a year on any of the lines is the plan’s year', () => {
    const pl = plan([['PLAN PRACY NA ROK 2025', '', ''], ['Stowarzyszenie Razem', '', ''], ['Działanie', 'Termin', 'Odpowiedzialny'], ['Zebranie', 'marzec', 'Ania'], ['Festyn', 'czerwiec', 'Bartek']]);
    expect([pl.title, pl.year, pl.yearSource]).toEqual(['PLAN PRACY NA ROK 2025', 2025, 'title']);
    expect(pl.rows.map((r) => r.timeResult.spans[0].start)).toEqual(['2025-03', '2025-06']);
    const vi = plan([['KẾ HOẠCH HOẠT ĐỘNG', '', ''], ['Năm 2025', '', ''], ['Hoạt động', 'Thời gian', 'Phụ trách'], ['Họp', 'T3', 'An'], ['Thi', 'T5', 'Bình']]);
    expect([vi.title, vi.year]).toEqual(['KẾ HOẠCH HOẠT ĐỘNG', 2025]);
  });

  test('a signature line is no title; the nearest line naming a goal stays the title, its goal the activities’ goal', () => {
    expect(plan([['Annual workplan', '', ''], ['Prepared by: Programme team', '', ''], ['Activity', 'Time', 'Owner'], ['Meet', 'March 2025', 'Ana'], ['Report', 'May 2025', 'Ben']]).title).toBe('Annual workplan');
    // A title that starts with a word of signatures and notes ("Key", "Notes") is still a title without its colon.
    expect(plan([['Key activities 2025', '', ''], ['Activity', 'Time', 'Owner'], ['Meet', 'March 2025', 'Ana'], ['Report', 'May 2025', 'Ben']]).title).toBe('Key activities 2025');
    const g = plan([['KẾ HOẠCH NĂM 2025', '', ''], ['Mục tiêu 1: Phát triển hội viên', '', ''], ['Hoạt động', 'Thời gian', 'Phụ trách'], ['Họp', 'T3', 'An'], ['Thi', 'T5', 'Bình']]);
    expect(g.title).toBe('Mục tiêu 1: Phát triển hội viên');
    expect(g.rows.map((r) => [r.goalId, r.goal])).toEqual([['1', 'Phát triển hội viên'], ['1', 'Phát triển hội viên']]);
    expect(g.year).toBe(2025);
  });
});

describe('a main activity over the activities it groups', () => {
  test('"Hoạt động chính | Hoạt động cụ thể", "Main activity | Sub-activity": the main one is the goal carried down', () => {
    const [vi] = plansOf([['Hoạt động chính', 'Hoạt động cụ thể', 'Thời gian', 'Người phụ trách'], ['Truyền thông', 'Làm tờ rơi', 'T3/2025', 'An'], ['', 'Phát thanh', 'T4/2025', 'Bình']]);
    expect(vi.rows.map((r) => [r.goal, r.activity])).toEqual([['Truyền thông', 'Làm tờ rơi'], ['Truyền thông', 'Phát thanh']]);
    const [en] = plansOf([['Main activity', 'Sub-activity', 'When', 'Who'], ['Outreach', 'Leaflets', 'March 2025', 'Ana'], ['', 'Radio', 'April 2025', 'Ben']]);
    expect(en.rows.map((r) => [r.goal, r.activity])).toEqual([['Outreach', 'Leaflets'], ['Outreach', 'Radio']]);
  });
  test('alone, the main activities are the activities', () => {
    const [p] = plansOf([['Main activities', 'Timeline', 'Responsible'], ['Leaflets', 'March 2025', 'Ana'], ['Radio', 'April 2025', 'Ben']]);
    expect(p.rows.map((r) => r.activity)).toEqual(['Leaflets', 'Radio']);
  });
});

describe('an information block between the title and the table', () => {
  const plan = (rows: string[][]) => analyzeGrids([gridFromRows('S', rows)], undefined, { fallbackYear: 2030 }).plans[0];
  const block = (period: string[]) => [
    ['PROJECT WORK PLAN', '', '', ''],
    ['Project name:', 'Clean Water for All', '', ''],
    ['Organisation:', 'Aqua NGO', '', ''],
    period,
    ['Project manager:', 'Jane Doe', '', ''],
    ['Budget:', 'USD 120,000', '', ''],
    ['', '', '', ''],
    ['Activity', 'Responsible', 'Timeline', 'Expected output'],
    ['Baseline survey', 'M&E officer', 'Q1 2025', 'Survey report'],
    ['Hygiene training', 'Health team', 'monthly', 'Trained households'],
    ['Final evaluation', 'Consultant', 'Q4 2026', 'Evaluation report'],
  ];

  test('the title above the block is the plan’s, and the period the block states is its window', () => {
    const p = plan(block(['Project period:', 'January 2025 – December 2026', '', '']));
    expect(p.title).toBe('PROJECT WORK PLAN');
    expect(p.window).toEqual({ start: '2025-01', end: '2026-12' });
    expect(p.rows[1].timeResult.spans).toEqual([{ start: '2025-01', end: '2026-12' }]);
  });

  test('a date over the document, which the plan’s times do not keep to, is no window', () => {
    const p = plan(block(['Date:', '05/03/2025', '', '']));
    expect(p.title).toBe('PROJECT WORK PLAN');
    expect(p.window).toBeUndefined();
  });
});

describe('a Gantt tool’s export', () => {
  test('GanttProject’s columns: the task name is the activity, resources the owners; assignments, colours and completion are no roles', () => {
    const [p] = plansOf([
      ['ID', 'Name', 'Begin date', 'End date', 'Duration', 'Completion', 'Cost', 'Coordinator', 'Predecessors', 'Outline number', 'Resources', 'Assignments', 'Task color', 'Web Link', 'Notes'],
      ['0', 'Planning', '3/3/25', '3/14/25', '10', '100', '0', '', '', '1', 'Ana', '0:100.0', '', '', ''],
      ['1', 'Kick-off', '3/3/25', '3/3/25', '1', '100', '0', '', '', '1.1', 'Ana;Ben', '0:100.0;1:100.0', '', '', ''],
      ['2', 'Fieldwork', '3/17/25', '5/30/25', '55', '20', '0', '', '0', '2', 'Cy', '2:100.0', '', '', ''],
    ]);
    expect(p.rows.map((r) => [r.activity, r.owners.join('+')])).toEqual([['Planning', 'Ana'], ['Kick-off', 'Ana+Ben'], ['Fieldwork', 'Cy']]);
    const role = (h: string) => p.columns.find((c) => c.header === h)?.role;
    expect([role('Assignments'), role('Task color'), role('Completion')]).toEqual(['extra', 'extra', 'extra']);
  });

  test('a task tracker’s export (Asana): its own dates are not the plan’s; a start with a due date runs to it', () => {
    const [p] = plansOf([
      ['Task ID', 'Created At', 'Completed At', 'Last Modified', 'Name', 'Assignee', 'Assignee Email', 'Start Date', 'Due Date', 'Tags'],
      ['111', '2025-01-05', '', '2025-02-01', 'Recruit volunteers', 'Ana Nowak', 'ana@x.org', '2025-03-01', '2025-04-30', ''],
      ['112', '2025-01-05', '2025-02-10', '2025-02-10', 'Book the venue', 'Ben Smith', 'ben@x.org', '', '2025-02-15', ''],
    ]);
    expect(p.rows.map((r) => r.timeResult.spans)).toEqual([[{ start: '2025-03', end: '2025-04' }], [{ start: '2025-02', end: '2025-02' }]]);
    const role = (h: string) => p.columns.find((c) => c.header === h)?.role;
    expect([role('Created At'), role('Completed At'), role('Last Modified'), role('Assignee Email')]).toEqual(['extra', 'extra', 'extra', 'extra']);
  });

  test('an issue tracker’s export (Jira): the summary is the activity, its priority and its own dates no role', () => {
    const [p] = plansOf([
      ['Summary', 'Issue key', 'Issue Type', 'Status', 'Priority', 'Assignee', 'Reporter', 'Created', 'Updated', 'Due date'],
      ['Set up the site', 'OPS-1', 'Task', 'Done', 'High', 'Ana', 'Ben', '05/Jan/25 10:00 AM', '10/Feb/25 3:00 PM', '28/Feb/25'],
      ['Write the guide', 'OPS-2', 'Task', 'To Do', 'Medium', 'Cy', 'Ben', '06/Jan/25 9:00 AM', '06/Jan/25 9:00 AM', '15/Apr/25'],
    ]);
    expect(p.rows.map((r) => [r.goal, r.activity, r.owners.join(), r.timeResult.spans.map((x) => x.start).join()])).toEqual([['', 'Set up the site', 'Ana', '2025-02'], ['', 'Write the guide', 'Cy', '2025-04']]);
  });

  test('a board’s export (Trello, monday.com): ISO date-times, a list name that is no activity, a timeline’s start and end', () => {
    const [t] = plansOf([
      ['Card Name', 'Card URL', 'Members', 'Due Date', 'Start Date', 'List Name'],
      ['Book the hall', 'https://t.co/x', 'Ana', '2025-04-10T12:00:00.000Z', '2025-03-01T12:00:00.000Z', 'To do'],
      ['Print posters', 'https://t.co/y', 'Ben', '2025-05-02T12:00:00.000Z', '', 'Doing'],
    ]);
    expect(t.rows.map((r) => [r.activity, r.timeResult.spans])).toEqual([['Book the hall', [{ start: '2025-03', end: '2025-04' }]], ['Print posters', [{ start: '2025-05', end: '2025-05' }]]]);
    const [m] = plansOf([['Name', 'Person', 'Status', 'Timeline - Start', 'Timeline - End'], ['Campaign', 'Ben', 'Working on it', '2025-03-10', '2025-05-30']]);
    expect(m.rows[0].timeResult.spans).toEqual([{ start: '2025-03', end: '2025-05' }]);
  });

  test('Microsoft Planner’s export: "Task Name" is the activity, not "Task ID", "Bucket Name" or the checklist', () => {
    const [p] = plansOf([
      ['Task ID', 'Task Name', 'Bucket Name', 'Progress', 'Priority', 'Assigned To', 'Created Date', 'Start date', 'Due date', 'Completed Date', 'Checklist Items'],
      ['x1', 'Recruit volunteers', 'Outreach', 'In progress', 'Important', 'Ana Nowak', '01/05/2025', '03/01/2025', '04/30/2025', '', 'Call;Email'],
      ['x2', 'Print leaflets', 'Comms', 'Not started', 'Medium', 'Cy Dee', '01/05/2025', '', '04/15/2025', '', ''],
    ]);
    expect(p.rows.map((r) => [r.activity, r.owners.join(), r.timeResult.spans])).toEqual([
      ['Recruit volunteers', 'Ana Nowak', [{ start: '2025-03', end: '2025-04' }]],
      ['Print leaflets', 'Cy Dee', [{ start: '2025-04', end: '2025-04' }]],
    ]);
  });

  test('the same export in Polish: the date a task was made is not its time; "Termin" after its start is its end', () => {
    const [p] = plansOf([
      ['Identyfikator zadania', 'Nazwa zadania', 'Nazwa zasobnika', 'Przypisano do', 'Data utworzenia', 'Data rozpoczęcia', 'Termin', 'Data ukończenia'],
      ['x1', 'Nabór wolontariuszy', 'Działania', 'Anna Nowak', '05.01.2025', '01.03.2025', '30.04.2025', ''],
      ['x2', 'Druk ulotek', 'Promocja', 'Celina Dąb', '05.01.2025', '', '15.04.2025', '20.04.2025'],
    ]);
    expect(p.rows.map((r) => [r.activity, r.timeResult.spans])).toEqual([
      ['Nabór wolontariuszy', [{ start: '2025-03', end: '2025-04' }]],
      ['Druk ulotek', [{ start: '2025-04', end: '2025-04' }]],
    ]);
  });

  test('dates under a header we do not know, with no time column named, are still the time', () => {
    const [p] = plansOf([['Task', 'Owner', 'Kiedyś'], ['Recruit', 'Ana', '2025-03-01'], ['Venue', 'Ben', '2025-02-15']]);
    expect(p.rows.map((r) => r.timeResult.spans[0]?.start)).toEqual(['2025-03', '2025-02']);
  });
});

describe('a month grid broken by a spacer column at the turn of the year', () => {
  test('the months after the spacer are the grid’s too, in the year written over them', () => {
    const rows = [
      ['Work plan', '', '2025', '', '', '', '2026', '', ''],
      ['Activity', 'Lead', 'Oct', 'Nov', 'Dec', '', 'Jan', 'Feb', 'Mar'],
      ['Household survey', 'Survey team', 'x', 'x', '', '', '', '', ''],
      ['Volunteer training', 'Coordinator', '', 'x', 'x', '', '', '', ''],
      ['Street meetings', 'Ward office', '', '', '', '', 'x', 'x', 'x'],
    ];
    const plan = plansOf(rows)[0];
    expect(plan.rows.filter((r) => !r.blank).map((r) => [r.activity, r.timeResult?.spans])).toEqual([
      ['Household survey', [{ start: '2025-10', end: '2025-11' }]],
      ['Volunteer training', [{ start: '2025-11', end: '2025-12' }]],
      ['Street meetings', [{ start: '2026-01', end: '2026-03' }]],
    ]);
    const findings = analyzeGrids([gridFromRows('Plan', rows)]).findings;
    expect(findings.filter((f) => f.rule === 'missing-time' || f.rule === 'unknown-column')).toEqual([]);
  });
  test('two grids a spacer apart that count different things stay apart', () => {
    const rows = [
      ['Task', 'Week 1', 'Week 2', 'Week 3', '', 'Q1', 'Q2'],
      ['Open the office', 'x', '', '', '', '', ''],
      ['Hire staff', '', 'x', 'x', '', '', ''],
    ];
    const plan = plansOf(rows)[0];
    expect(plan.columns.filter((c) => c.role === 'period').map((c) => c.header)).toEqual(['Week 1', 'Week 2', 'Week 3']);
  });
});

describe('plans in Turkish and Dutch, whose header words come from their own packs', () => {
  test('Turkish: sıra, faaliyet, sorumlu, başlangıç and bitiş; the year from the title', () => {
    const plan = plansOf([
      ['2025 Yılı Çalışma Takvimi'],
      ['Sıra', 'Faaliyet', 'Sorumlu', 'Başlangıç', 'Bitiş', 'Beklenen sonuç'],
      ['1', 'Veli toplantısı', 'Okul müdürü', 'Şubat', 'Mart', 'Tutanak'],
      ['2', 'Mahalle temizliği', '', "Nisan'dan", "Mayıs'a kadar", ''],
    ])[0];
    expect(plan.columns.map((c) => c.role)).toEqual(['number', 'activity', 'owner', 'start', 'end', 'outcome']);
    expect(plan.year).toBe(2025);
    expect(plan.rows.map((r) => r.timeResult?.spans)).toEqual([[{ start: '2025-02', end: '2025-03' }], [{ start: '2025-04', end: '2025-05' }]]);
  });
  test('Dutch: activiteit, wanneer, wie and resultaat', () => {
    const plan = plansOf([
      ['Jaarplanning 2025'],
      ['Doel', 'Activiteit', 'Wanneer', 'Wie', 'Resultaat'],
      ['Meer bewoners betrekken', 'Buurtavond houden', 'medio maart', 'Wijkteam', 'Verslag'],
      ['', 'Nieuwsbrief maken', 'elke maand', 'Vrijwilligers', ''],
      ['', 'Zomerfeest', 'voor 1 juli', '', 'Feest'],
    ])[0];
    expect(plan.columns.map((c) => c.role)).toEqual(['goal', 'activity', 'time', 'owner', 'outcome']);
    expect(plan.rows.map((r) => r.timeResult?.spans[0])).toEqual([{ start: '2025-03', end: '2025-03' }, { start: '2025-01', end: '2025-12' }, { start: '2025-01', end: '2025-07' }]);
  });
});

describe('a logframe whose levels and activities share one column', () => {
  const rows = [
    ['Logical framework: Safe Routes to School 2025-2026'],
    ['Intervention logic', 'Indicators', 'Means of verification', 'Assumptions'],
    ['Overall objective: children walk to school safely', 'Fewer accidents', 'Police records', ''],
    ['Specific objective: parents choose to walk', '40% walk', 'Survey', 'Weather'],
    ['Output 1: crossings made safe', '6 crossings', 'Photos', ''],
    ['Activity 1.1 Map the routes with the pupils', '', '', ''],
    ['Activity 1.2 Paint the crossings', '', '', ''],
    ['Output 2 – walking buses run', '4 buses', 'Rota', ''],
    ['Activity 2.1 Train the volunteer walkers', '', '', ''],
  ];
  test('each level named at the start of its row is the goal of the activities under it, not an activity', () => {
    const plan = plansOf(rows)[0];
    expect(plan.rows.filter((r) => !r.blank).map((r) => [r.goal, r.activity])).toEqual([
      ['Output 1: crossings made safe', 'Activity 1.1 Map the routes with the pupils'],
      ['Output 1: crossings made safe', 'Activity 1.2 Paint the crossings'],
      ['Output 2 – walking buses run', 'Activity 2.1 Train the volunteer walkers'],
    ]);
  });
  test('an activity that only starts with a level’s word is an activity ("Results workshop", "Goal setting")', () => {
    const plan = plansOf([
      ['Activity', 'When', 'Who'],
      ['Goal setting with the board', 'March 2025', 'Chair'],
      ['Results workshop', 'June 2025', 'Team'],
      ['Impact assessment', 'December 2025', 'Evaluator'],
    ])[0];
    expect(plan.rows.map((r) => r.activity)).toEqual(['Goal setting with the board', 'Results workshop', 'Impact assessment']);
  });
});

describe('a logframe whose indicators sit on its levels, not on its activities', () => {
  test('an activity under an output that writes its indicator has an outcome; one under an output without lacks one', () => {
    const a = analyzeGrids([gridFromRows('Logframe', [
      ['Level', 'Description', 'Indicator', 'Timeframe', 'Responsible'],
      ['Output 1.1', 'Library corner opened', '200 loans a month', '', ''],
      ['Activity 1.1.1', 'Collect donated books', '', 'Q1 2025', 'Parents council'],
      ['Activity 1.1.2', 'Build the shelves', '', 'Q2 2025', 'Caretaker'],
      ['Output 1.2', 'Reading club meets', '', '', ''],
      ['Activity 1.2.1', 'Invite a local author', '', 'Q3 2025', 'Librarian'],
    ])]);
    expect(a.plans[0].rows.map((r) => r.goalOutcome)).toEqual(['200 loans a month', '200 loans a month', undefined]);
    expect(a.findings.filter((f) => f.rule === 'missing-outcome').map((f) => f.cell)).toEqual(['C6']);
  });
  test('a level written in the activity column gives its indicator to the activities under it', () => {
    const a = analyzeGrids([gridFromRows('Logframe', [
      ['Intervention logic', 'Indicators', 'Means of verification'],
      ['Output 1: a safe crossing by the school', 'Crossing in use by June', 'Photos'],
      ['Activity 1.1 Ask the council for a crossing', '', ''],
      ['Activity 1.2 Count the cars at 8 am', '', ''],
      ['Output 2: a walking bus', '', ''],
      ['Activity 2.1 Find volunteer walkers', '', ''],
    ])]);
    expect(a.findings.filter((f) => f.rule === 'missing-outcome').map((f) => f.cell)).toEqual(['B6']);
  });
});

describe('a section row written in the number column, its merge across the row lost', () => {
  test('"I. Działania informacyjne" alone in Lp. is the goal of the rows under it', () => {
    const plan = plansOf([
      ['HARMONOGRAM NA 2025 ROK'],
      ['Lp.', 'Działanie', 'Termin realizacji', 'Odpowiedzialny'],
      ['I. Promocja', '', '', ''],
      ['1.', 'Plakaty w szkołach', 'luty', 'Sekretariat'],
      ['2.', 'Artykuł w gazecie', 'marzec', 'Zarząd'],
      ['II. Spotkania z mieszkańcami', '', '', ''],
      ['1.', 'Zebranie wiejskie', 'kwiecień', 'Sołtys'],
    ])[0];
    expect(plan.rows.map((r) => [r.goal, r.activity])).toEqual([
      ['I. Promocja', 'Plakaty w szkołach'],
      ['I. Promocja', 'Artykuł w gazecie'],
      ['II. Spotkania z mieszkańcami', 'Zebranie wiejskie'],
    ]);
  });
});

describe('a logframe with a column that names each row’s level', () => {
  test('the level column numbers the rows, the text beside it is each level, the activities are the rows its items name', () => {
    const plan = plansOf([
      ['Level', 'Description', 'Indicator', 'Timeframe', 'Responsible'],
      ['Goal', 'Safer streets for children', 'Fewer accidents', '', ''],
      ['Outcome 1', 'Parents walk their children to school', '40% walk', '', ''],
      ['Output 1.1', 'Crossings repaired', '6 crossings', '', ''],
      ['Activity 1.1.1', 'Survey the crossings', '', 'Q1 2025', 'Roads office'],
      ['Activity 1.1.2', 'Repaint the crossings', '', 'Q2 2025', 'Contractor'],
      ['Output 1.2', 'Walking buses run', '4 buses', '', ''],
      ['Activity 1.2.1', 'Recruit volunteer walkers', '', 'H2 2025', 'School council'],
    ])[0];
    expect(plan.columns.map((c) => c.role)).toEqual(['number', 'activity', 'outcome', 'time', 'owner']);
    expect(plan.rows.map((r) => [r.goal, r.activityId, r.activity])).toEqual([
      ['Crossings repaired', '1.1.1', 'Survey the crossings'],
      ['Crossings repaired', '1.1.2', 'Repaint the crossings'],
      ['Walking buses run', '1.2.1', 'Recruit volunteer walkers'],
    ]);
  });
});

describe('a plan for a school year, its months written without a year', () => {
  const spans = (rows: string[][]) => plansOf(rows)[0].rows.map((r) => r.timeResult.spans[0].start);
  test('each month falls inside the school year its title names, whatever the order of the rows', () => {
    expect(spans([
      ['KẾ HOẠCH HOẠT ĐỘNG NĂM HỌC 2025-2026'],
      ['TT', 'Nội dung', 'Thời gian', 'Người phụ trách'],
      ['1', 'Khai giảng', 'Tháng 9', 'Ban giám hiệu'],
      ['2', 'Hội khỏe Phù Đổng', 'Tháng 3', 'Giáo viên thể dục'],
      ['3', 'Hội thi văn nghệ', 'Tháng 11', 'Đoàn trường'],
      ['4', 'Tổng kết năm học', 'Tháng 5', 'Ban giám hiệu'],
    ])).toEqual(['2025-09', '2026-03', '2025-11', '2026-05']);
    expect(spans([
      ['PLAN PRACY NA ROK SZKOLNY 2025/2026'],
      ['Lp.', 'Zadanie', 'Termin', 'Odpowiedzialny'],
      ['1', 'Dzień Ziemi', 'kwiecień', 'Nauczyciel przyrody'],
      ['2', 'Ślubowanie klas pierwszych', 'październik', 'Wychowawcy'],
    ])).toEqual(['2026-04', '2025-10']);
    expect(spans([
      ['KẾ HOẠCH HOẠT ĐỘNG ĐỘI'],
      ['Năm học: 2025 - 2026'],
      ['TT', 'Nội dung', 'Thời gian', 'Người phụ trách'],
      ['1', 'Khai giảng', 'Tháng 9', 'Ban giám hiệu'],
      ['2', 'Hội trại', 'Tháng 3', 'Tổng phụ trách'],
    ])).toEqual(['2025-09', '2026-03']);
  });
  test('over two years ("2025/26") the rows’ order says which year a month is in; one year keeps its months', () => {
    expect(spans([
      ['Youth club programme 2025/26'],
      ['Activity', 'When', 'Lead'],
      ['Welcome evening', 'September', 'Ana'],
      ['Christmas party', 'December', 'Ben'],
      ['Spring trip', 'April', 'Cy'],
    ])).toEqual(['2025-09', '2025-12', '2026-04']);
    // Grouped by goal, each group starting again in the autumn: the months the rows use say where the year turns.
    expect(spans([
      ['Season: 2025-26'],
      ['Goal', 'Activity', 'When', 'Lead'],
      ['Players', 'Trials', 'August', 'Coach'],
      ['', 'End-of-season awards', 'May', 'Chair'],
      ['Pitch', 'Reseed the pitch', 'September', 'Groundsman'],
      ['', 'Spring tidy-up', 'March', 'Volunteers'],
    ])).toEqual(['2025-08', '2026-05', '2025-09', '2026-03']);
    expect(spans([
      ['Youth club programme 2025'],
      ['Activity', 'When', 'Lead'],
      ['Welcome evening', 'September', 'Ana'],
      ['Spring trip', 'April', 'Cy'],
    ])).toEqual(['2025-09', '2025-04']);
  });
});
