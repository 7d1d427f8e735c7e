/** The language a plan is written in, guessed from its headers and title: decides labels and month-name clashes. */
export type PlanLang = 'vi' | 'pl' | 'en';

export function guessLang(texts: string[]): PlanLang {
  const s = texts.join(' ').toLowerCase();
  const vi = (s.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/g) ?? []).length;
  const pl = (s.match(/[ąęłńśźż]/g) ?? []).length + (/\b(termin|działani|cel|odpowiedzialn|rezultat|kw\.)/.test(s) ? 3 : 0);
  if (vi > 0 && vi >= pl) return 'vi';
  if (pl > 0) return 'pl';
  return 'en';
}
