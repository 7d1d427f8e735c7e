/** Short names for plans whose titles share a long beginning: "KẾ HOẠCH … HÀ NỘI", "… NINH BÌNH" → "HÀ NỘI", "NINH BÌNH". */
export function shortPlanNames(titles: string[]): string[] {
  const words = titles.map((t) => t.trim().split(/\s+/).filter(Boolean));
  if (words.length < 2) return titles.map((t) => t.trim());
  let common = 0;
  while (words.every((w) => w.length > common + 1 && w[common].toLowerCase() === words[0][common].toLowerCase())) common++;
  const short = words.map((w) => w.slice(common).join(' '));
  return new Set(short.map((s) => s.toLowerCase())).size === short.length ? short : titles.map((t) => t.trim());
}
