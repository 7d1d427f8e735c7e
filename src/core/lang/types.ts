/**
 * A language pack: every word of one language that the engine reads or writes. One folder per
 * language (src/core/lang/<code>/), registered with one line in packs.ts, as chrono-node's locales.
 *
 * Words are written as people write them; the reader folds them (lower case, no diacritics) itself.
 * Only `code`, `name`, `time` and `headers` are required. A language the user can also see has a UiPack
 * (<code>/shown.ts, registered in ui-packs.ts) beside it.
 */

/** The words the time reader needs, besides month names (those come from Intl, see time/months.ts). */
export interface TimeWords {
  /** "kw.", "quarter", "quý": a number or Roman numeral beside it is a quarter. */
  quarter: string[];
  /** "półrocze", "half": a number beside it is a half-year. */
  half: string[];
  /** Words that introduce a calendar month number ("tháng 3" is March). */
  calendarMonth: string[];
  /** Words that count months from the plan's start ("Month 1–3", "M4"). */
  relativeMonth: string[];
  /** Words that introduce a year ("năm 2020", "rok 2020") or count years from the start ("Year 2"). */
  year: string[];
  /** Words between two times that make a range. */
  range: string[];
  /** Words between two times that make a list. */
  list: string[];
  /** "between … and …": the list word after it makes a range. */
  between: string[];
  /** Week words: "week 2", "tuần 1"; the number after them counts weeks, not months. */
  week: string[];
  /** Day words: "day 3", "3 dni"; a number with them is a duration or a day count. */
  day?: string[];
  /** Words that carry no time and may be skipped. */
  filler: string[];
  early: string[];
  mid: string[];
  late: string[];
  /**
   * "przełom 2014/2015", "the turn of 2014 and 2015", "на рубеже": the turn of two periods, the end of the first and the
   * start of the second (a single year: its end and the next year's start).
   */
  turn?: string[];
  /** Ordinal suffixes glued to a number ("1st", "2e", "4-ty"). */
  ordinalSuffix: string[];
  /** Ordinal and cardinal number words up to twelve ("third", "trzeci", "sáu", "mười hai" as one word each). */
  ordinalWords: Record<string, number>;
  /**
   * Of those, the words that count and do not order ("two", "ba"): "two weeks" is a length, where "second week" is
   * the plan's second week.
   */
  cardinalWords?: string[];
  /** "whole" in "whole year", "cały rok", "cả năm". */
  whole: string[];
  /** Extra month forms Intl does not give (Polish locative, old spellings). */
  monthExtras: Record<string, number>;
  /** Seasons, as month spans in the northern hemisphere. */
  seasons: Record<string, [number, number]>;
  /**
   * The terms of a school year, by the word that numbers them ("Học kỳ I", "I semestr"): the first and last month of
   * each, in order (the first runs from September into January).
   */
  schoolTerms?: Record<string, [number, number][]>;
  /** Seasons named only before a year: "Hè 2025" is the summer ("hè" alone is also the pavement, "vỉa hè"). */
  yearSeasons?: Record<string, [number, number]>;
  /** School and academic years ("rok szkolny 2025/2026", "năm học 2025-2026"): the month they start in, and the month of the next year they end in. */
  schoolYears?: Record<string, [number, number]>;
  /** Word pairs that mean "the first/second half of the year" in one go ("đầu năm"). */
  halfPhrases?: Record<string, number>;
  /** Weekday names and their abbreviations: read and ignored ("Monday, 5 September"). */
  weekdays?: string[];
  /** Words before a time of day ("lúc", "godz.", "at"): the clock time after them is ignored. */
  clock?: string[];
  /** Words that make what follows a deadline: "by", "do końca", "đến hết", "bis Ende". */
  deadline?: string[];
  /** Words that make what follows an open start: "from April", "od kwietnia", "từ tháng 4". */
  openStart?: string[];
  /** Words after a period that leave its end open: "May 2025 onwards", "từ tháng 3 trở đi", "de marzo en adelante". */
  openEnd?: string[];
  /** Words after a period that make it a deadline, where a language puts them there: Turkish "Haziran'a kadar" (by June). */
  deadlineAfter?: string[];
  /** "this year", "next year", "every year": a phrase (folded words) and the years it adds to the plan's. */
  relativeYears?: Record<string, number | 'every'>;
  /** Words of something done over and over through the year: "monthly", "quarterly", "hằng tháng", "co miesiąc". */
  recurring?: string[];
  /** Words that make the period after them recur: "every" (quarter), "co" (kwartał), "mỗi" (tháng), "cada" (mes). */
  every?: string[];
  /** The word for "times" in a frequency: "2 lần/năm", "6 tháng/lần", "2 razy w roku", "dos veces al año". */
  times?: string[];
  /** Words numbering a stage, round or batch ("đợt 1", "lần 2", "etap 3", "phase 1"): the number after them is no time. */
  stage?: string[];
  /** "last" of a quarter or a half: "last quarter of 2025", "ostatni kwartał" (the fourth), "letztes Halbjahr". */
  final?: string[];
  /** A period's end named after its start: "Start: March, End: June", "từ tháng 2, kết thúc tháng 6" (a range). */
  endLabel?: string[];
  /** "after" before a named day, one word: "after Christmas", "sau Tết", "po Wielkanocy" are the two weeks that follow it. */
  after?: string[];
  /** Days that plans name instead of a date: a fixed month and day, or Easter (and the Monday after it). */
  holidays?: Record<string, [number, number] | 'easter' | 'easter-monday' | { lunar: [number, number]; usual: [number, number] }>;
}

/** Header words for each role a column can have. */
export interface HeaderWords {
  goal?: string[];
  activity?: string[];
  method?: string[];
  time?: string[];
  owner?: string[];
  outcome?: string[];
  start?: string[];
  end?: string[];
  /** Duration columns ("Days", "Czas trwania", "Thời gian (tuần)"). */
  duration?: string[];
  number?: string[];
  plan?: string[];
  /** Columns of a logical framework beside its results: indicator, baseline, target, means of verification, assumptions. */
  logframe?: string[];
  /** Columns that are known not to be a plan role: status, comment, budget, progress. */
  other?: string[];
}

/** A language code of a registered pack. */
export type Lang = string;

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The task pane's words. */
export interface UiWords {
  validate: string;
  generateSchedule: string;
  exportClean: string;
  downloadCsv: string;
  downloadJson: string;
  downloadXlsx: string;
  findings: string;
  tables: string;
  settings: string;
  planYear: string;
  planYearHint: string;
  grain: string;
  quarter: string;
  month: string;
  combined: string;
  highlight: string;
  noTables: string;
  noFindings: string;
  notChecked: string;
  rows: string;
  working: string;
  reading: string;
  scheduleAdded: string;
  cleanAdded: string;
  convertAdded: string;
  readFailed: string;
  writeFailed: string;
  column: string;
  role: string;
  rules: string;
  off: string;
  error: string;
  warning: string;
  info: string;
  selectCell: string;
  language: string;
  intro: string;
  checked: string;
  stale: string;
  recheck: string;
  next: string;
  previous: string;
  downloadsHint: string;
  csvHint: string;
  xlsxHint: string;
  jsonHint: string;
  whyTable: string;
  whyColumn: string;
  inferred: string;
  setRange: string;
  convert: string;
  pasteList: string;
  pasteHint: string;
  openFile: string;
  morePlans: string;
  generatedSheet: string;
  selectTable: string;
  tableSet: string;
  nothingToExport: string;
  severity: string;
  noList: string;
  fromList: string;
}

/** The messages of the engine: rule titles and finding texts, time-reading notes, role names. */
export interface MessageWords {
  /** Per rule id: a short title, and the finding's message with {placeholders} from its arguments. */
  rules: Record<string, { title: string; message: string }>;
  /** Per time-reading code (warnings and reasons). */
  time: Record<string, string>;
  /** Per role. */
  roles: Record<string, string>;
  /** Counts: "17 errors", "1 warning". */
  counts: { error: PluralForms; warning: PluralForms; info: PluralForms; plan: PluralForms; activity: PluralForms; table: PluralForms; sheet: PluralForms };
  /** Quotation marks around a quoted text. */
  quotes: [string, string];
  /** Why a table was read as a plan, in parts joined into one sentence ({roles}: "activity (B), time (D)"). */
  why: { header: string; periods: string; content: string; byHand: string; noHeader: string; unknownHeader: string; and: string; column: { header: string; content: string; byHand: string } };
  /** What the command line and the ribbon say. */
  noTable: string;
  untitled: string;
  ribbonResult: string;
}

/** The words of the sheets we write. */
export interface SheetWords {
  schedule: {
    no: string;
    activity: string;
    owner: string;
    time: string;
    unscheduled: string;
    full: string;
    partial: string;
    legend: string;
    sheet: string;
    /** A quarter's label: {n} its number, {roman} in Roman numerals. */
    quarter: string;
    /** A month's label, when not the month's short name: {n} its number. */
    month?: string;
  };
  clean: {
    sheet: string;
    headers: Record<'plan' | 'goalNo' | 'goal' | 'activityNo' | 'activity' | 'method' | 'time' | 'start' | 'end' | 'quarters' | 'owners' | 'outcome' | 'findings' | 'source', string>;
    /** After a time read from a period grid: "(grid)". */
    grid: string;
    /** Added to our column name when a user column has the same name. */
    ours: string;
  };
  convert: { sheet: string; source: string; section: string };
}

export interface LangPack {
  /** BCP 47 language code. */
  code: string;
  /** The language's own name, for the language choice. */
  name: string;
  time: TimeWords;
  headers: HeaderWords;
  /** Owner words that name nobody accountable ("everyone", "wszyscy", "tất cả"). */
  vagueOwners?: string[];
  /** Words that join two owners ("và", "i", "and"); split only in this language's plans. */
  ownerJoiners?: string[];
  /** Words that label an owner's part, before a colon or alone in brackets ("Chủ trì: …", "Lead: …", "Anna (lead)"): dropped from the names. */
  ownerLabels?: string[];
  /**
   * Header words of a column of those who support the lead ("Đơn vị phối hợp", "Współpraca", "Partners"): a column
   * beside the owner column that is the plan's shape, kept as an extra column without a finding.
   */
  supportLabels?: string[];
  /** Words that mark a period-grid cell as active or inactive, besides X, ✓, • and 1. */
  marks?: { yes?: string[]; no?: string[] };
  /** Words of rows that are not activities: totals, signatures, notes, legends. */
  nonActivity?: string[];
  /** Words that name a plan in a title ("workplan", "harmonogram", "kế hoạch"): of the lines above a table, the one that names it. */
  planTitles?: string[];
  /**
   * Words of plans written as lists: the word of a task line that is a goal ("ZADANIE 2.", "Task 3:"), the word
   * of its period line ("OKRES REALIZACJI:"), words of stage and section lines ("Etap I", "KOMPONENT 2"), and the
   * word an activity may be numbered after ("Activity 1.2", "Hoạt động 3").
   */
  list?: { goal: string[]; period: string[]; section: string[]; item?: string[] };
  /**
   * The upper levels of a logical framework, as a row written in the activity column names them ("Overall objective:",
   * "Output 1:", "Rezultat 2.", "Kết quả 1:"): such a row is the goal of the activities under it.
   */
  levels?: string[];
  /** Letters or words that are typical of the language, for guessing a plan's language. */
  guess?: { letters?: string; words?: string[] };
}

/**
 * A language as the user sees it: the pane's words, the engine's messages and the words of the sheets we write.
 * Kept apart from the reading words (LangPack), so that the task pane shows its first screen without them.
 */
export interface UiPack {
  /** The pack's code. */
  code: string;
  /** The language's own name. */
  name: string;
  ui: UiWords;
  messages: MessageWords;
  sheets: SheetWords;
}
