/* Child process of the bench: read one .xlsx and run the whole check pipeline; print the peak RSS. */
import { analyzeGrids } from '../src/core/analyze';
import { readGrids } from '../src/node/read-file';

readGrids(process.argv[2]).then((grids) => {
  const a = analyzeGrids(grids);
  process.stdout.write(JSON.stringify({ rows: a.plans.reduce((n, p) => n + p.rows.length, 0), maxRssMb: process.resourceUsage().maxRSS / 1024 }));
});
