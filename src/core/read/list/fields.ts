/**
 * Labelled fields of a list plan: the owner, time, outcome or method of an activity written after a label that a
 * table would have as its header, on a line of its own ("- Người thực hiện: Ban điều hành", "Thời gian: Quý I/2025")
 * or inside the activity's line ("Install lighting (Owner: City works; When: Q2 2025)", "Spotkania – odpowiedzialny:
 * Sołtys, termin: I kw. 2025"). The labels are the header words of every language pack.
 */
import { headerRole } from '../header-roles';

export type FieldRole = 'owner' | 'time' | 'outcome' | 'method';

export interface Field {
  role: FieldRole;
  value: string;
}

const ROLES = new Set<string>(['owner', 'time', 'outcome', 'method']);

/** The role a label names, when it names one of a field's roles outright. */
function labelRole(label: string): FieldRole | undefined {
  const t = label.trim();
  if (!t || t.length > 40 || t.split(/\s+/).length > 5 || /[\d,;([\]|–—]/u.test(t)) return undefined;
  const c = headerRole(t);
  return c && c.confidence >= 0.8 && ROLES.has(c.role) ? (c.role as FieldRole) : undefined;
}

/** A whole line that is one field: "Label: value" (a bullet mark before it is the caller's). */
export function fieldLine(text: string): Field | undefined {
  const m = /^([^:：]{1,40})[:：]\s*(\S.*)$/u.exec(text.trim());
  const role = m ? labelRole(m[1]) : undefined;
  return role ? { role, value: m![2].trim() } : undefined;
}

/** Where a field may start inside a line: after an opening bracket, a semicolon, a comma, a dash or a sentence's end. */
const FIELD_START = /(?:[([;,|–—]|\s-|\.(?=\s))\s*/gu;

/** A value ends at the bracket that closes one it did not open: "(March 2025, lead: Health Office). Expected: …". */
function closedAt(value: string): string {
  let depth = 0;
  for (let k = 0; k < value.length; k++) {
    const c = value[k];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && --depth < 0) return value.slice(0, k);
  }
  return value;
}

/**
 * The fields inside an activity's line, and the activity's own text before them; nothing when the line holds no
 * field. A field's value runs to the next field (or to the closing bracket at the end).
 */
export function inlineFields(text: string): { text: string; fields: Field[] } | undefined {
  const starts: { sep: number; label: number; colon: number; role: FieldRole }[] = [];
  for (const m of text.matchAll(FIELD_START)) {
    const label = m.index! + m[0].length;
    const colon = text.slice(label, label + 41).search(/[:：]/);
    if (colon < 0) continue;
    const role = labelRole(text.slice(label, label + colon));
    if (role && (starts.length === 0 || starts[starts.length - 1].colon < m.index!)) starts.push({ sep: m.index!, label, colon: label + colon, role });
  }
  if (starts.length === 0) return undefined;
  // What follows the bracket a field closes is the line's again: "Visit the schools (lead: City Office) – Q3 2025".
  const after: string[] = [];
  const fields = starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].sep : text.length;
    const raw = text.slice(s.colon + 1, end);
    const value = closedAt(raw);
    if (value.length < raw.length) after.push(raw.slice(value.length + 1).trim());
    return { role: s.role, value: value.replace(/^[\s:：]+|(?<![\s)\].;,])[\s)\].;,]+$/g, '') };
  });
  const own = text.slice(0, starts[0].sep).replace(/(?<![\s([–—-])[\s([–—-]+$/u, '').trim();
  const rest = after.filter((t) => /[\p{L}\d]/u.test(t)).join(' ');
  return { text: rest ? `${own} ${rest}` : own, fields: fields.filter((f) => f.value) };
}
