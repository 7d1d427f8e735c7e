#!/usr/bin/env node
/*
 * npm run validate [-- manifest.xml]: check the add-in manifest.
 * First Microsoft's online validator (office-addin-manifest validate). Where it cannot be reached
 * (no network), our own checks: well-formed XML, the elements Office requires in their order,
 * https URLs, every resid defined, icon files present at their sizes, ExcelApi requirement set.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const file = process.argv[2] || path.join(__dirname, '..', 'manifest.xml');

function online() {
  if (process.env.OFFLINE) return { reached: false };
  const bin = path.join(__dirname, '..', 'node_modules', '.bin', 'office-addin-manifest');
  if (!fs.existsSync(bin)) return { reached: false };
  const r = spawnSync(bin, ['validate', file], { encoding: 'utf8', timeout: 30000 });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  // Only a verdict counts as an answer; no network, a time-out or a crash of the tool falls back to our checks.
  if (r.error || !/manifest is (not )?valid/i.test(out)) return { reached: false, out };
  return { reached: true, ok: r.status === 0 && !/manifest is not valid/i.test(out), out };
}

/** A small well-formedness check and element tree (enough for a manifest: no DTD, no CDATA). */
function parseXml(text) {
  const root = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m;
  let pos = 0;
  while ((m = re.exec(text))) {
    if (m.index !== pos) throw new Error(`unexpected markup at offset ${pos}`);
    pos = re.lastIndex;
    if (m[1]) {
      const top = stack.pop();
      if (!top || top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top && top.name}>`);
    } else if (m[2]) {
      const attrs = {};
      for (const a of m[3].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = a[2] ?? a[3];
      const el = { name: m[2], attrs, children: [], text: '' };
      stack[stack.length - 1].children.push(el);
      if (!m[4]) stack.push(el);
    } else if (m[5] && m[5].trim()) stack[stack.length - 1].text += m[5].trim();
  }
  if (pos !== text.length) throw new Error(`unexpected markup at offset ${pos}`);
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  return root.children[0];
}

function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}

function offline(text) {
  const errors = [];
  let doc;
  try {
    doc = parseXml(text);
  } catch (e) {
    return [`not well-formed XML: ${e.message}`];
  }
  if (doc.name !== 'OfficeApp') errors.push('the root element must be OfficeApp');
  if (doc.attrs['xsi:type'] !== 'TaskPaneApp') errors.push('OfficeApp must be xsi:type="TaskPaneApp"');
  const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
  const names = doc.children.map((c) => c.name);
  let last = -1;
  for (const n of names) {
    const i = order.indexOf(n);
    if (i < 0) errors.push(`unexpected element <${n}> under OfficeApp`);
    else if (i < last) errors.push(`<${n}> is out of the order the schema requires`);
    else last = i;
  }
  for (const req of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'Hosts', 'DefaultSettings', 'Permissions']) if (!names.includes(req)) errors.push(`<${req}> is required`);
  const get = (n) => doc.children.find((c) => c.name === n);
  if (get('Id') && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(get('Id').text)) errors.push('Id must be a GUID');
  if (get('Version') && !/^\d+(\.\d+){0,3}$/.test(get('Version').text)) errors.push('Version must be n.n.n.n');
  if (get('Permissions') && get('Permissions').text !== 'ReadWriteDocument') errors.push('Permissions must be ReadWriteDocument (we write new sheets)');
  const hosts = [...walk(get('Hosts') || { children: [] })].filter((e) => e.name === 'Host').map((e) => e.attrs.Name);
  if (!hosts.includes('Workbook')) errors.push('the Workbook host is missing');
  const sets = [...walk(doc)].filter((e) => e.name === 'Set');
  if (!sets.some((s) => s.attrs.Name === 'ExcelApi' && /^1\.\d+$/.test(s.attrs.MinVersion || ''))) errors.push('an ExcelApi requirement set is missing');
  for (const e of walk(doc)) {
    const url = e.attrs.DefaultValue;
    if (url && /^https?:/.test(url) && !url.startsWith('https://')) errors.push(`${e.name} ${url}: URLs must be https`);
    if (e.name === 'DisplayName' && (e.attrs.DefaultValue || '').length > 125) errors.push('DisplayName is longer than 125 characters');
  }
  const defined = new Set([...walk(doc)].filter((e) => /^bt:(Image|Url|String)$/.test(e.name)).map((e) => e.attrs.id));
  for (const e of walk(doc)) if (e.attrs.resid && !defined.has(e.attrs.resid)) errors.push(`resid "${e.attrs.resid}" is used but not defined`);
  for (const e of [...walk(doc)].filter((x) => x.name === 'bt:String' && x.attrs.DefaultValue && x.attrs.DefaultValue.length > 250)) errors.push(`string ${e.attrs.id} is longer than 250 characters`);
  const ids = [...walk(doc)].filter((e) => e.name === 'Control' || e.name === 'Group').map((e) => e.attrs.id);
  if (new Set(ids).size !== ids.length) errors.push('control and group ids must be unique');
  if (![...walk(doc)].some((e) => e.name === 'Action' && e.attrs['xsi:type'] === 'ExecuteFunction')) errors.push('the Validate button (ExecuteFunction) is missing');
  if (![...walk(doc)].some((e) => e.name === 'Action' && e.attrs['xsi:type'] === 'ShowTaskpane')) errors.push('the button that opens the pane is missing');
  // Icons: each bt:Image points at assets/icon-N.png of that size.
  for (const e of [...walk(doc)].filter((x) => x.name === 'bt:Image' && x.attrs.DefaultValue)) {
    const name = e.attrs.DefaultValue.split('/').pop();
    const local = path.join(path.dirname(file), 'assets', name);
    if (!fs.existsSync(local)) {
      errors.push(`icon ${name} is missing from assets/`);
      continue;
    }
    const png = fs.readFileSync(local);
    const w = png.readUInt32BE(16);
    const want = parseInt((e.attrs.id.match(/(\d+)x/) || [])[1], 10);
    if (want && w !== want) errors.push(`icon ${name} is ${w}px wide, ${want}px expected`);
  }
  return errors;
}

function main() {
  const text = fs.readFileSync(file, 'utf8');
  const o = online();
  if (o.reached) {
    process.stdout.write(o.out);
    process.exit(o.ok ? 0 : 1);
  }
  const why = (o.out || '').split('\n').find((l) => /error|ENOTFOUND|EAI_AGAIN|fetch failed/i.test(l));
  console.log(`The online manifest validator gave no verdict${why ? ` (${why.trim().slice(0, 120)})` : ''}; running the offline checks.`);
  const errors = offline(text);
  if (errors.length) {
    for (const e of errors) console.error(`  ✗ ${e}`);
    process.exit(1);
  }
  console.log(`  ✓ ${path.basename(file)}: well-formed, elements in schema order, https URLs, every resid defined, icons present at their sizes, Workbook host, ExcelApi set, Validate (ExecuteFunction) and pane buttons.`);
}

module.exports = { offline, parseXml };
if (require.main === module) main();
