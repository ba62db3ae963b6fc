// The HTML reports of check, status and diff opened in a real browser (Debian's chromium driven
// by playwright-core): each opens with no dialog, console error or page error (a script the
// page did not bring, or one its Content-Security-Policy refused, is one); its rows are as many
// as the JSON output of the same run has entries; a filter click hides what it should; n and p
// move between the diff's changes; with scripts off every row is still there; the injection
// fixture (tests/data/html) runs nothing and shows its markup as text; 20,000 findings open in
// under 2 s from a file under 20 MB. A screenshot (1280×800) and an A4 PDF of each report are
// left in WORK_DIR for eyes.
//
// usage: node browser_test.mjs CLAUSECHECK SOURCE_DIR WORK_DIR PLAYWRIGHT_CORE_DIR
// Exits 77 (skipped) where /usr/bin/chromium or playwright-core is absent (.ci/install-deps).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [clausecheck, sourceDir, workDir, playwrightDir] = process.argv.slice(2);
const chromium = '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(`skipped: ${chromium} is not installed`);
  process.exit(77);
}
let playwright;
try {
  playwright = createRequire(path.join(playwrightDir, 'package.json'))(playwrightDir);
} catch (e) {
  console.log(`skipped: playwright-core is not installed in ${playwrightDir} (.ci/install-deps)`);
  process.exit(77);
}

rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const source = (...p) => path.join(sourceDir, ...p);
const out = (name) => path.join(workDir, name);
let failures = 0;
function expect(condition, what) {
  if (!condition) {
    console.log(`FAIL ${what}`);
    ++failures;
  }
}

// One run of the binary, its output to a file; exit 0 or 1 (findings) is a run that worked.
function run(args, file) {
  const r = spawnSync(clausecheck, ['-q', ...args, '-o', file], { encoding: 'utf8', timeout: 600000 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return file;
}
function json(args, name) {
  return JSON.parse(readFileSync(run([...args, '--format', 'json'], out(name + '.json')), 'utf8'));
}
function html(args, name) {
  return run([...args, '--format', 'html'], out(name + '.html'));
}

const browser = await playwright.chromium.launch({
  executablePath: chromium,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});

// A page opened with every dialog, console error and page error counted as a failure.
async function open(file, what, { javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  page.on('dialog', async (d) => {
    expect(false, `${what}: a dialog opened (${d.message()})`);
    await d.dismiss();
  });
  page.on('console', (m) => expect(m.type() !== 'error', `${what}: console error ${m.text()}`));
  page.on('pageerror', (e) => expect(false, `${what}: page error ${e.message}`));
  page.on('request', (r) => expect(r.url().startsWith('file:'), `${what}: a request for ${r.url()}`));
  const started = Date.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, context, elapsed: Date.now() - started };
}

async function keep(page, name) {
  await page.screenshot({ path: out(name + '.png') });
  await page.pdf({ path: out(name + '.pdf'), format: 'A4', printBackground: true });
}

const visibleRows = (page, selector) =>
  page.$$eval(selector, (rows) => rows.filter((r) => r.offsetParent !== null).length);
const active = (report) => report.findings.filter((f) => !f.suppressed && f.baseline !== 'unchanged');

// check: all rows once every group is open, then one severity unticked.
async function checkReport(name, args, { maxMs } = {}) {
  const report = json(args, name);
  const file = html(args, name);
  const want = active(report);
  const { page, context, elapsed } = await open(file, `check ${name}`);
  if (maxMs) {
    const mb = statSync(file).size / 1e6;
    console.log(`check ${name}: ${want.length} findings, ${mb.toFixed(1)} MB, opened in ${elapsed} ms`);
    expect(elapsed < maxMs, `check ${name}: opened in ${elapsed} ms, want < ${maxMs}`);
    expect(mb < 20, `check ${name}: ${mb.toFixed(1)} MB, want < 20`);
  }
  await keep(page, name);
  await page.click('#expand');
  await page.waitForFunction((n) => document.querySelectorAll('#groups tbody tr').length === n, want.length, {
    timeout: 20000,
  }).catch(() => {});
  expect((await visibleRows(page, '#groups tbody tr')) === want.length, `check ${name}: ${want.length} rows shown`);
  const severity = want.length ? want[0].severity : null;
  if (severity) {
    await page.click(`#filters input[name=severity][value=${severity}]`);
    const left = want.filter((f) => f.severity !== severity).length;
    expect((await visibleRows(page, '#groups tbody tr')) === left, `check ${name}: ${left} rows once ${severity} is off`);
    const rule = await page.$$eval('#groups tbody tr td:nth-child(2)', (cells) => cells.map((c) => c.textContent));
    expect(rule.length === left, `check ${name}: ${severity} rows are gone from the table`);
  }
  await context.close();
  const off = await open(file, `check ${name} without scripts`, { javaScriptEnabled: false });
  if (want.length <= 5000)
    expect((await visibleRows(off.page, 'table.findings tbody tr')) === want.length,
      `check ${name}: ${want.length} rows without scripts`);
  await off.context.close();
  return file;
}

async function statusReport(name, args) {
  const reg = json(args, name);
  const file = html(args, name);
  const { page, context } = await open(file, `status ${name}`);
  await keep(page, name);
  expect((await visibleRows(page, '#entries tbody tr')) === reg.entries.length,
    `status ${name}: ${reg.entries.length} rows`);
  const status = reg.entries[0].status;
  await page.click(`#filters input[name=status][value=${status}]`);
  const left = reg.entries.filter((e) => e.status !== status).length;
  expect((await visibleRows(page, '#entries tbody tr')) === left, `status ${name}: ${left} rows once ${status} is off`);
  const dated = reg.entries.filter((e) => e.effective_from || e.expires_on).length;
  expect((await page.$$eval('svg.timeline g.bar', (g) => g.length)) === dated, `status ${name}: ${dated} bars`);
  await page.click('#entries th:nth-child(3)');
  const ends = await page.$$eval('#entries tbody tr', (rows) => rows.map((r) => r.cells[2].textContent).filter((t) => t));
  expect(ends.every((t, i) => i === 0 || ends[i - 1] <= t), `status ${name}: sorted by last day`);
  await context.close();
  const off = await open(file, `status ${name} without scripts`, { javaScriptEnabled: false });
  expect((await visibleRows(off.page, '#entries tbody tr')) === reg.entries.length, `status ${name}: rows without scripts`);
  await off.context.close();
  return file;
}

// What the diff's JSON counts as changes: every clause not unchanged and every passage.
function changeCount(d) {
  let n = d.text.length;
  for (const doc of d.documents) n += doc.passages.length + doc.clauses.filter((c) => c.kind !== 'unchanged').length;
  return n;
}

async function diffReport(name, args) {
  const d = json(args, name);
  const file = html(args, name);
  const want = changeCount(d);
  const { page, context } = await open(file, `diff ${name}`);
  await keep(page, name);
  expect((await page.$$eval('tr.change', (r) => r.length)) === want, `diff ${name}: ${want} change rows`);
  // n and p visit the changes of content: a clause only renumbered is passed over.
  const stops = await page.$$eval('tr.change', (rows) => rows.filter((r) => r.dataset.kind !== 'renumbered').map((r) => r.id));
  const renumbered = d.documents.flatMap((doc) => doc.clauses).filter((c) => c.kind === 'renumbered').length;
  expect(stops.length === want - renumbered, `diff ${name}: ${want - renumbered} changes to stop at`);
  const current = () => page.$eval('tr.current', (r) => r.id).catch(() => null);
  await page.keyboard.press('n');
  expect((await current()) === stops[0], `diff ${name}: n goes to the first change`);
  if (stops.length > 1) {
    await page.keyboard.press('n');
    expect((await current()) === stops[1], `diff ${name}: n goes to the second change`);
    await page.keyboard.press('p');
    expect((await current()) === stops[0], `diff ${name}: p goes back to the first`);
  }
  await page.check('input[name=only-changes]');
  expect((await visibleRows(page, 'table.compare tbody tr')) === want, `diff ${name}: only changes shown`);
  await page.keyboard.press('n');
  await page.screenshot({ path: out(name + '-current.png') });
  await context.close();
  return file;
}

// The fixture's markup must be text on the page, and nothing of it an element.
async function injection(file, what) {
  const { page, context } = await open(file, what);
  const text = await page.innerText('body');
  expect(text.includes('<script>alert("script")</script>'), `${what}: the script tag shown as text`);
  expect(text.includes('<img src=x onerror=alert(\'img\')>'), `${what}: the img tag shown as text`);
  expect(await page.$$eval('img', (i) => i.length) === 0, `${what}: no img element`);
  expect(await page.$$eval('script', (s) => s.filter((x) => x.type !== 'application/json').length) <= 1,
    `${what}: no script but the page's own`);
  expect(!/[\u202e\u2066]/.test(text), `${what}: no bidi control shown raw`);
  await context.close();
}

try {
  const seed = source('examples', 'zhumadian-gazette-2023-02.txt');
  const fixture = (f) => source('tests', 'data', 'html', f);
  await checkReport('check-seed', ['check', '--as-of', '2023-06-01', seed]);
  await injection(await checkReport('check-injection', ['check', '--rules', fixture('injection.yaml'), '--as-of',
    '2023-06-01', fixture('injection.txt')]), 'check injection');
  await statusReport('status-seed', ['status', '--as-of', '2024-01-01', seed]);
  await injection(await statusReport('status-injection', ['status', '--as-of', '2023-06-01', fixture('injection.txt')]),
    'status injection');
  await diffReport('diff-measures', ['diff', source('examples', 'revisions', 'measures', 'old.txt'),
    source('examples', 'revisions', 'measures', 'new.txt')]);
  await injection(await diffReport('diff-injection', ['diff', fixture('injection-old.txt'), fixture('injection.txt')]),
    'diff injection');

  // 20,000 findings: 200 files of 100 clauses, each clause one finding of a pattern rule.
  const large = out('large');
  mkdirSync(large);
  const clauses = Array.from({ length: 100 }, (_, i) => `${i + 1}. 标记第${i + 1}项。各单位要认真落实。`).join('\n\n');
  for (let f = 0; f < 200; ++f)
    writeFileSync(path.join(large, `doc-${String(f).padStart(3, '0')}.txt`),
      `关于第${f}批事项的通知\n\n各单位：\n\n${clauses}\n\n2023年3月4日\n`);
  const pack = out('large.yaml');
  writeFileSync(pack, 'pack: large\nrules:\n  - id: large.mark\n    severity: warning\n    kind: pattern\n' +
    "    pattern: '标记[^。]*'\n    message: '{match}'\n    docs: 每项一条。\n    examples:\n" +
    "      fires: ['一、标记甲。']\n      passes: ['一、加强领导。']\n");
  await checkReport('check-20000', ['check', large, '--rules', pack], { maxMs: 2000 });

  const corpus = process.env.CLAUSECHECK_CORPUS_DIR;
  if (corpus && existsSync(path.join(corpus, 'laws')))
    await checkReport('check-laws', ['check', '--as-of', '2026-01-01', '--jobs', '2', path.join(corpus, 'laws')]);
} finally {
  await browser.close();
}
console.log(`${failures} failures; screenshots and PDFs in ${workDir}`);
process.exit(failures ? 1 : 0);
