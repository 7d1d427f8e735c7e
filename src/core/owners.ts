/** Owners: split a cell on commas, "và", "i", "and", "/", ";" and line breaks, bullets stripped, order kept. */
import { cellLines, stripBullet } from './text';

const SEPARATORS = /\s*(?:[,;/&]|\s(?:và|i|and|oraz|y|et|und|e)\s)\s*/iu;

export function splitOwners(text: string): string[] {
  const out: string[] = [];
  for (const line of cellLines(text)) {
    for (const part of stripBullet(line).split(SEPARATORS)) {
      const name = stripBullet(part).replace(/^(?:và|i|and|oraz|y|et|und|e)\s+/iu, '').replace(/[.:]+$/, '').trim();
      if (name && !out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  return out;
}
