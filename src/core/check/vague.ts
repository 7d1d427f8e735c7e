/** Owner words that name nobody accountable, in every language (a vague owner is vague whatever the plan's language). Compared folded. */
import { PACKS } from '../lang';
import { foldKey } from '../util/text';

let set: Set<string> | undefined;

export function isVagueOwner(owner: string, extra: string[] = []): boolean {
  if (!set) set = new Set(PACKS.flatMap((p) => p.vagueOwners ?? []).map(foldKey));
  if (owner.length > 40) return false; // a vague owner is a word or two
  const k = foldKey(owner);
  return set.has(k) || extra.some((e) => foldKey(e) === k);
}
