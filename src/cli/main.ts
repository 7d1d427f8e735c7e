/** The activity-matrix command. */
import { processIo } from './io';
import { run } from './run';

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

run(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
