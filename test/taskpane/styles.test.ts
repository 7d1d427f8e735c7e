/** The pane's class names and the rules of pane.css are the same set: a name without a rule styles nothing. */
import { PANE_CSS, useStyles } from '../../src/taskpane/styles';

test('every class the components use has its rule in pane.css, and every rule there is used', () => {
  const used = Object.values(useStyles()).sort();
  const ruled = [...new Set([...PANE_CSS.matchAll(/\.(am-[a-z-]+)/g)].map((m) => m[1]))].sort();
  expect(used).toEqual(ruled);
  expect(used).toContain('am-download-grid');
});

test('every rule but the root\'s is scoped under .am-root, so it outweighs a Fluent component\'s own class', () => {
  const selectors = [...PANE_CSS.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{/g)].map((m) => m[1].trim());
  expect(selectors.length).toBe(Object.keys(useStyles()).length);
  for (const s of selectors) if (s !== '.am-root') expect(s).toMatch(/^\.am-root \.am-[a-z-]+$/);
});
