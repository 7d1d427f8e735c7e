/**
 * The words of findings, roles, time notes and counts in the user's language, from the language packs.
 * A message is a template with {name} placeholders filled from a finding's arguments; quoted texts take the
 * language's own quotation marks, and counts the language's plural forms (Intl.PluralRules).
 */
import type { Lang, PluralForms } from '../lang/types';
import { pickLang, UI_LANGS, uiPack } from '../lang/shown';

export type { Lang } from '../lang/types';
export { pickLang } from '../lang/shown';

/** The languages messages can be shown in. */
export const LANGS = UI_LANGS;

export function fill(template: string, args: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (args[k] !== undefined ? String(args[k]) : `{${k}}`));
}

export function roleName(role: string, lang: Lang): string {
  return uiPack(lang).messages.roles[role] ?? role;
}

export function timeWarningText(code: string, lang: Lang): string {
  return uiPack(lang).messages.time[code] ?? uiPack('en').messages.time[code] ?? code;
}

/** A text in the language's quotation marks, line breaks shown as " / ". */
export function quote(text: string, lang: Lang): string {
  const [open, close] = uiPack(lang).messages.quotes;
  return `${open}${text.replace(/(?<!\s)\s*\n\s*/g, ' / ')}${close}`;
}

const QUOTED = ['text', 'activity', 'owner', 'header'];

/** The message of a finding in a language. Role names and the time reader's codes are translated too. */
export function findingMessage(f: { rule: string; args: Record<string, string | number> }, lang: Lang): string {
  const args: Record<string, string | number> = { ...f.args };
  if (typeof args.role === 'string' && args.role) args.role = roleName(args.role, lang);
  if (typeof args.reason === 'string') args.reason = timeWarningText(args.reason, lang);
  if (typeof args.code === 'string') args.code = timeWarningText(args.code, lang) + (args.detail ? `: ${args.detail}` : '');
  for (const k of QUOTED) if (typeof args[k] === 'string') args[k] = quote(args[k] as string, lang);
  const rule = uiPack(lang).messages.rules[f.rule] ?? uiPack('en').messages.rules[f.rule];
  return rule ? fill(rule.message, args) : f.rule;
}

export function ruleTitle(rule: string, lang: Lang): string {
  return (uiPack(lang).messages.rules[rule] ?? uiPack('en').messages.rules[rule])?.title ?? rule;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** "17 błędów", "1 error": a count with its noun in the language's plural form. */
export function count(kind: keyof ReturnType<typeof uiPack>['messages']['counts'], n: number, lang: Lang): string {
  const l = pickLang(lang);
  let rules = pluralRules.get(l);
  if (!rules) {
    rules = new Intl.PluralRules(l);
    pluralRules.set(l, rules);
  }
  const forms: PluralForms = uiPack(l).messages.counts[kind];
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace('{n}', n.toLocaleString(l));
}
