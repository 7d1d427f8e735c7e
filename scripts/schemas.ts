/* Writes docs/<name>.schema.json from the zod schemas, and the README's rule table from the catalogue. Run: npm run schemas */
import * as fs from 'fs';
import * as path from 'path';
import { withRuleTable } from '../src/core/check';
import { jsonSchemas } from '../src/core/schemas';

const ROOT = path.join(__dirname, '..');
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = path.join(ROOT, 'docs', `${name}.schema.json`);
  fs.writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
const readme = path.join(ROOT, 'README.md');
const before = fs.readFileSync(readme, 'utf8');
const after = withRuleTable(before);
if (after !== before) {
  fs.writeFileSync(readme, after);
  console.log('wrote the rule table of README.md');
}
