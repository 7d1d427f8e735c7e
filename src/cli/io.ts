/** What a command may do to the outside world: print, and read standard input. Tests pass their own. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  stdin(): Promise<string>;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  stdin: async () => {
    if (process.stdin.isTTY) return '';
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};
