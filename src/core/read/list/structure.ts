/**
 * A list plan's structure: tasks (goals) with their periods, and under them numbered activities, their
 * sub-activities and the stage and section lines around them.
 *
 * Sub-activities (bullets under an item) are kept with their parent as its method lines, not as rows of their
 * own: in these plans they are the means of the activity (the meetings, debates and surveys it is carried out
 * by), and rows of their own would count each activity twice in the checks and the schedule. A sub-activity that
 * is only an owner and a time ("· GMP - maj - czerwiec") gives its parent that owner and time.
 */
import type { TimeContext } from '../../time/types';
import type { ListLine } from './lines';
import { isSectionText, lineKind } from './lines';
import type { Field } from './fields';
import { fieldLine, inlineFields } from './fields';
import { splitOwners } from '../owners';
import type { Tail } from './tail';
import { bracketNames, splitTail } from './tail';

export interface ListItem {
  id: string;
  text: string;
  owners: string[];
  /** The item's own time as written. */
  times: string[];
  /** The time read off the end of its line, which a labelled time field gives back to its words. */
  tailTime?: string;
  /** Its sub-activities' times, which stand for it when it has none of its own. */
  childTimes: string[];
  methods: string[];
  /** Its expected outcomes, from labelled fields ("Kết quả mong đợi: …", "Outcome: …"). */
  outcomes: string[];
  section: string;
  /** The lines it was read from. */
  rows: number[];
}

export interface ListGoal {
  id: string;
  text: string;
  period: string;
  section: string;
  items: ListItem[];
  row: number;
  /** Made from a numbered line over items numbered under it ("1. …" over "1.1. …"), not from a goal's own line. */
  fromItem?: boolean;
}

interface State {
  goals: ListGoal[];
  goal?: ListGoal;
  item?: ListItem;
  /** The section over the coming items: a stage line, a heading, or a numbered group ("1. KOMPONENT 1"). */
  section: string;
  /** The marker of the task's first level of items ("." or ")"), so that the other marks the level below. */
  topMarker?: string;
  /** The numbered group the coming items sit under. */
  group?: { n: number; text: string };
  /** The last item of the first level: a group, if items of the level below follow it. */
  top?: ListItem;
  /** The current item ended with a colon and gave no owner or time: the next plain line continues it. */
  open?: boolean;
  last: 'goal' | 'item' | 'other';
  /** The plan's language, for the owners a labelled field names ("A và B"). */
  lang?: string;
}

const hasTail = (t: Tail) => !!t.time || t.owners.length > 0;

function newItem(id: string, tail: Tail, section: string, row: number): ListItem {
  return { id, text: tail.text, owners: tail.owners, times: tail.time ? [tail.time.text] : [], tailTime: tail.time?.text, childTimes: [], methods: [], outcomes: [], section, rows: [row] };
}

/** An item that gives no owner, time or outcome of its own: over items of the level below, it is their group. */
const givesNothing = (item: ListItem) => item.owners.length === 0 && item.times.length === 0 && item.outcomes.length === 0;

/** A labelled field given to an item: its owners (split as an owner cell is), its time, an outcome or a method line. */
function giveField(item: ListItem, f: Field, lang: string | undefined): void {
  if (f.role === 'owner') {
    for (const o of splitOwners(f.value, lang)) if (!item.owners.includes(o)) item.owners.push(o);
  } else if (f.role === 'time') {
    // A labelled time is the item's time: what the line ended in ("Repas partagé mensuel") is the item's own words.
    if (item.tailTime !== undefined) {
      item.times = item.times.filter((t) => t !== item.tailTime);
      item.text = `${item.text} ${item.tailTime}`;
      item.tailTime = undefined;
    }
    item.times.push(f.value);
  }
  else if (f.role === 'outcome') item.outcomes.push(f.value);
  else item.methods.push(f.value);
}

/** The item's line with its labelled fields taken out ("… (Owner: X; When: Q2)"), then its tail. */
function itemTail(text: string, ctx: TimeContext, known: Set<string>): { tail: Tail; fields: Field[] } {
  const inline = inlineFields(text);
  return { tail: splitTail(inline ? inline.text : text, ctx, known), fields: inline?.fields ?? [] };
}

/**
 * An item numbered under its goal ("1.2. …", "Activity 1.2 …"). The numbered line before it with no owner, time or
 * outcome of its own ("1. Nâng cao năng lực …") was its goal; a goal named by its own word keeps its name.
 */
function addDeepItem(s: State, path: number[], text: string, row: number, ctx: TimeContext, known: Set<string>): void {
  const parent = String(path[0]);
  // Under a goal of its own line ("ZADANIE 4."), "1.2." is numbered within it: item 4.1.2.
  const named = !!s.goal && !s.goal.fromItem && !!(s.goal.id || s.goal.text) && s.goal.id !== parent;
  const id = named && s.goal!.id ? `${s.goal!.id}.${path.join('.')}` : path.join('.');
  const top = s.top;
  if (!named && s.goal?.id !== parent) {
    const promote = !!s.goal && !!top && top.id.split('.').pop() === parent && givesNothing(top);
    if (promote) s.goal!.items.splice(s.goal!.items.indexOf(top!), 1);
    newGoal(s, parent, promote ? top!.text : '', row);
    s.goal!.fromItem = true;
  }
  placeItem(s, s.goal!, id, text, row, itemTail(text, ctx, known));
}

/** The item made, its fields given, placed in its goal as the current item. */
function placeItem(s: State, goal: ListGoal, id: string, text: string, row: number, { tail, fields }: { tail: Tail; fields: Field[] }): ListItem {
  const item = newItem(id, tail, s.section, row);
  for (const f of fields) giveField(item, f, s.lang);
  // "1) Opracowanie Ekspertyzy:" with nothing after it: the next plain line says what it is.
  s.open = /:\s*$/.test(text) && !hasTail(tail) && fields.length === 0;
  s.item = item;
  goal.items.push(item);
  s.last = 'item';
  return item;
}

function newGoal(s: State, id: string, text: string, row: number): void {
  s.goal = { id, text, period: '', section: '', items: [], row };
  s.goals.push(s.goal);
  s.item = s.top = undefined;
  s.section = '';
  s.topMarker = undefined;
  s.group = undefined;
  s.last = 'goal';
}

function ensureGoal(s: State, row: number): ListGoal {
  if (!s.goal) newGoal(s, '', '', row);
  return s.goal!;
}

function addItem(s: State, n: number, marker: string, text: string, row: number, ctx: TimeContext, known: Set<string>): void {
  const read = itemTail(text, ctx, known);
  const { tail } = read;
  const goal = ensureGoal(s, row);
  s.topMarker ??= marker;
  const sub = marker !== s.topMarker;
  if (!sub && isSectionText(text)) {
    // "1. KOMPONENT 1: …": a numbered section, not an activity.
    s.group = { n, text: tail.text };
    s.section = tail.text;
    s.item = s.top = undefined;
    s.last = 'other';
    return;
  }
  if (sub && s.top && !s.group && givesNothing(s.top)) {
    // Items of the level below follow an item with no owner or time: that item was a group over them.
    goal.items.splice(goal.items.indexOf(s.top), 1);
    s.group = { n: parseInt(s.top.id.split('.').pop() ?? '0', 10), text: s.top.text };
    s.section = s.top.text;
  }
  if (!sub) s.group = undefined;
  const base = goal.id ? `${goal.id}.` : '';
  const id = sub && s.group ? `${base}${s.group.n}.${goal.items.filter((i) => i.id.startsWith(`${base}${s.group!.n}.`)).length + 1}` : `${base}${n}`;
  const item = placeItem(s, goal, id, text, row, read);
  if (!sub) s.top = item;
}

/** A bullet or a sub-line of the current item: a method line, or its owner and time. */
function addSub(s: State, text: string, row: number, tail: Tail): void {
  s.open = false;
  const item = s.item;
  if (!item) return;
  item.rows.push(row);
  const field = fieldLine(text);
  if (field) return giveField(item, field, s.lang);
  // Only an owner and a time: the parent's, when it has none ("· GMP - maj - czerwiec"); else a sub-activity
  // named by its code ("· FGI – kwiecień").
  if (!tail.text && (item.owners.length === 0 || item.times.length === 0)) {
    if (item.owners.length === 0) item.owners.push(...tail.owners);
    if (item.times.length === 0 && tail.time) item.times.push(tail.time.text);
    return;
  }
  item.methods.push(text);
  if (tail.time) item.childTimes.push(tail.time.text);
  if (tail.text) for (const o of tail.owners) if (!item.owners.includes(o)) item.owners.push(o);
}

/** Plain text: a line that wraps the previous one, a sub-activity with its own time, or a heading. */
function addText(s: State, text: string, row: number, tail: Tail): void {
  const field = s.item ? fieldLine(text) : undefined;
  if (field && s.item) {
    s.item.rows.push(row);
    s.open = false;
    return giveField(s.item, field, s.lang);
  }
  if (s.open && s.item) {
    // "1) Opracowanie Ekspertyzy:" and on the next line what it is about.
    s.item.text = `${s.item.text}: ${tail.text}`.trim();
    s.item.rows.push(row);
    if (tail.owners.length && !s.item.owners.length) s.item.owners.push(...tail.owners);
    if (tail.time && !s.item.times.length) s.item.times.push(tail.time.text);
    s.open = false;
  } else if (/^\p{Ll}/u.test(text) && s.last === 'goal' && s.goal) s.goal.text = `${s.goal.text} ${text}`.trim();
  else if (/^\p{Ll}/u.test(text) && s.last === 'other' && s.section) s.section = `${s.section} ${text}`.replace(/(?<![:\s])[:\s]+$/, '');
  else if (/^\p{Ll}/u.test(text) && s.item) s.item.text = `${s.item.text} ${text}`.trim();
  else if (s.item && tail.time && tail.text) addSub(s, text, row, tail);
  else if (s.item && !tail.text) addSub(s, text, row, tail);
  else {
    s.section = text.replace(/(?<![:\s])[:\s]+$/, '');
    s.item = undefined;
    s.last = 'other';
  }
}

/** The plan's goals and activities, read line by line. Times are read as written; their years come later. */
export function listStructure(lines: ListLine[], ctx: TimeContext, known: Set<string>): ListGoal[] {
  const s: State = { goals: [], section: '', last: 'other', lang: ctx.lang };
  for (const line of lines) {
    const k = lineKind(line.text);
    if (k.kind === 'goal') newGoal(s, k.id, k.text, line.row);
    else if (k.kind === 'period' && s.item && s.last === 'item') {
      // "- Thời gian: Quý I/2025" under an activity is the activity's time, not its task's period.
      giveField(s.item, { role: 'time', value: k.text }, s.lang);
      s.item.rows.push(line.row);
    } else if (k.kind === 'period') {
      const g = ensureGoal(s, line.row);
      g.period = g.period ? `${g.period}; ${k.text}` : k.text;
    } else if (k.kind === 'deep') addDeepItem(s, k.path, k.text, line.row, ctx, known);
    else if (k.kind === 'section') {
      s.section = k.text.replace(/(?<![:\s])[:\s]+$/, '');
      s.item = undefined;
      s.open = false;
      s.last = 'other';
    } else if (k.kind === 'item') addItem(s, k.n, k.marker, k.text, line.row, ctx, known);
    else if (k.kind === 'bullet') addSub(s, k.text, line.row, splitTail(k.text, ctx, known));
    else addText(s, k.text, line.row, splitTail(k.text, ctx, known));
  }
  return s.goals.filter((g) => g.items.length > 0);
}

/**
 * Owner codes the plan writes after a dash: the ones to recognise where a dash is missing. A plan that names its
 * owners in brackets at the end of its items ("… (Youth Union) – March"), on two items or more and on more items than
 * name them otherwise, has those names as owners too.
 */
export function knownOwners(lines: ListLine[], ctx: TimeContext): Set<string> {
  const known = new Set<string>();
  const bracketed: string[][] = [];
  let named = 0;
  for (const l of lines) {
    const k = lineKind(l.text);
    if (k.kind !== 'item' && k.kind !== 'deep' && k.kind !== 'bullet') continue;
    const tail = splitTail(k.text, ctx, known);
    for (const o of tail.owners) known.add(o);
    const names = tail.owners.length === 0 ? bracketNames(tail.text, ctx) : undefined;
    if (names) bracketed.push(names);
    else if (tail.owners.length > 0) named++;
  }
  if (bracketed.length >= 2 && bracketed.length > named) for (const names of bracketed) for (const n of names) known.add(n);
  return known;
}
