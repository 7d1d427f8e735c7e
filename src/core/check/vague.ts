/** Owner words that name nobody accountable. Compared folded (no case, no diacritics). */
import { foldKey } from '../util/text';

const VAGUE = [
  'all', 'everyone', 'everybody', 'all staff', 'all members', 'team', 'the team', 'all partners', 'tbd', 'tba', 'to be decided', 'n/a', 'na', 'various', 'others', 'anyone',
  'tất cả', 'mọi người', 'tất cả mọi người', 'các bên', 'chưa rõ', 'chưa xác định', 'cả nhóm', 'toàn bộ',
  'wszyscy', 'wszystkie', 'każdy', 'wszyscy członkowie', 'zespół', 'wszyscy partnerzy', 'do ustalenia', 'różni',
  'todos', 'todas', 'todo el mundo', 'equipo', 'tous', 'toutes', 'tout le monde', 'équipe', 'alle', 'jeder', 'team alle', 'todos os', 'toda a equipe',
];

let set: Set<string> | undefined;

export function isVagueOwner(owner: string, extra: string[] = []): boolean {
  if (!set) set = new Set(VAGUE.map(foldKey));
  if (owner.length > 40) return false; // a vague owner is a word or two
  const k = foldKey(owner);
  return set.has(k) || extra.some((e) => foldKey(e) === k);
}
