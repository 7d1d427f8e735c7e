import { analyzeGrids } from '../core';
import type { Analysis } from '../core';
import { readGrids } from './read-file';

export async function analyzeFiles(files: string[]): Promise<{ file: string; analysis: Analysis }[]> {
  const out = [];
  for (const file of files) out.push({ file, analysis: analyzeGrids(await readGrids(file)) });
  return out;
}
