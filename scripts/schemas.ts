/* Writes docs/<name>.schema.json from the zod schemas. Run: npm run schemas */
import * as fs from 'fs';
import * as path from 'path';
import { jsonSchemas } from '../src/core/schemas';

for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = path.join(__dirname, '..', 'docs', `${name}.schema.json`);
  fs.writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
