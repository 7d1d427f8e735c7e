import * as fs from 'fs';
import * as path from 'path';

// The offline half of `npm run validate`.
const { offline } = require('../../scripts/validate-manifest.cjs') as { offline: (xml: string) => string[] };
const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');

describe('manifest checks (offline)', () => {
  test('our manifest passes', () => expect(offline(manifest)).toEqual([]));
  test('a resid that is not defined is caught', () => {
    expect(offline(manifest.replace('resid="Validate.Tooltip"', 'resid="Nope.Tooltip"'))).toContain('resid "Nope.Tooltip" is used but not defined');
  });
  test('an http URL, a missing Validate button and broken XML are caught', () => {
    expect(offline(manifest.replace('https://localhost:3000/taskpane.html', 'http://localhost:3000/taskpane.html')).join()).toMatch(/must be https/);
    expect(offline(manifest.replace('xsi:type="ExecuteFunction"', 'xsi:type="ShowTaskpane"')).join()).toMatch(/ExecuteFunction/);
    expect(offline(manifest.replace('</Hosts>', '')).join()).toMatch(/not well-formed/);
  });
  test('elements out of schema order are caught', () => {
    const swapped = manifest.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2$1');
    expect(offline(swapped).join()).toMatch(/out of the order/);
  });
});
