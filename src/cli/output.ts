/**
 * Where a command writes: never over its own input, into a folder that exists, and through a temporary file
 * renamed at the end, so a failed write leaves no half file and an existing file is replaced only when the new
 * one is whole.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../node/read-file';

async function real(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

/** Refuses an output that is the input, or that sits in no folder; before any work is done. */
export async function checkOutput(input: string, out: string): Promise<void> {
  if ((await real(input)) === (await real(out))) throw new InputError(`${out}: this is the input file; write to another file so the plan is not lost (-o ${suggest(out)})`);
  const dir = path.dirname(path.resolve(out));
  const st = await fs.stat(dir).catch(() => undefined);
  if (!st?.isDirectory()) throw new InputError(`${out}: cannot be written, the folder ${dir} does not exist`);
  const existing = await fs.stat(out).catch(() => undefined);
  if (existing?.isDirectory()) throw new InputError(`${out}: is a folder, not a file`);
}

function suggest(out: string): string {
  const ext = path.extname(out);
  return `${out.slice(0, out.length - ext.length)}-checked${ext}`;
}

/** Writes through a temporary file beside the output; any failure is a plain message, and no partial file stays. */
export async function writeOutput(out: string, write: (file: string) => Promise<void>): Promise<void> {
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.partial`);
  try {
    await write(tmp);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${out}: cannot be written (${code ?? (e as Error).message})`);
  }
}
