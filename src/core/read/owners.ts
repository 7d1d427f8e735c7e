/** Owners: split a cell on commas, "và", "i", "and", "/", ";" and line breaks, bullets stripped, order kept. */
import { cellLines, stripMarker } from '../util/text';

const SEPARATORS = /\s*(?:[,;/&]|\s(?:và|i|and|oraz|y|et|und|e)\s)\s*/iu;

const ANY_SEPARATOR = /[\n,;/&]|\s(?:và|i|and|oraz|y|et|und|e)\s|^[\s\u00A0]*[-–—−‐•·●◦▪■□‣⁃∙○*+>»✓✔.]/iu;

export function splitOwners(text: string): string[] {
  if (!ANY_SEPARATOR.test(text)) {
    const name = text.trim().replace(/[.:]+$/, '');
    return name ? [name] : [];
  }
  const out: string[] = [];
  for (const line of cellLines(text)) {
    for (const part of stripMarker(line).split(SEPARATORS)) {
      const name = stripMarker(part).replace(/^(?:và|i|and|oraz|y|et|und|e)\s+/iu, '').replace(/[.:]+$/, '').trim();
      if (name && !out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  return out;
}
