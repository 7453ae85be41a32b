// Checks one HTML change report of codeset in a real browser: Debian's chromium (found on PATH,
// or $CODESET_CHROMIUM) driven headless by playwright-core from $CODESET_BROWSER_TOOLS.
//   node check_report.js PAGE.html SUMMARY.json SCREENSHOT.png
// SUMMARY.json is `codeset diff ... --format json` of the same releases. One browser for every
// check; each check prints one line, "ok ..." or "FAIL ...", and the exit code is 1 when any fails.
'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const tools = process.env.CODESET_BROWSER_TOOLS || path.join(__dirname, '..', '..', 'build', 'browser-tools');
const { chromium } = require(path.join(tools, 'node_modules', 'playwright-core'));

function chromiumPath() {
  if (process.env.CODESET_CHROMIUM) return process.env.CODESET_CHROMIUM;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', 'command -v ' + name], { encoding: 'utf8' }).trim();
    } catch (e) { /* try the next name */ }
  }
  throw new Error('chromium is not on PATH');
}

let failures = 0;
function check(ok, what) {
  console.log((ok ? 'ok ' : 'FAIL ') + what);
  if (!ok) failures += 1;
}

function valueAt(object, dotted) {
  return dotted.split('.').reduce((o, key) => (o === undefined || o === null ? undefined : o[key]), object);
}

async function main() {
  const [pageFile, summaryFile, screenshot] = process.argv.slice(2);
  if (!pageFile || !summaryFile || !screenshot) throw new Error('usage: check_report.js PAGE.html SUMMARY.json SCREENSHOT.png');
  const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8')).summary;
  const pageUrl = 'file://' + path.resolve(pageFile);

  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
    // Every request goes through here: the page itself is served, anything else is refused and counted.
    const elsewhere = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pageUrl) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(pageUrl, { waitUntil: 'load' });

    // The counts shown are the JSON summary's.
    const counts = await page.$$eval('[data-count]', (cells) => cells.map((c) => [c.dataset.count, c.textContent.trim()]));
    check(counts.length >= 11, 'the header shows ' + counts.length + ' counts');
    for (const [key, text] of counts) {
      const expected = valueAt(summary, key);
      check(String(expected) === text, 'count ' + key + ' shown ' + text + ', JSON summary ' + expected);
    }
    const addedRows = await page.$$eval('table.added tr.row', (rows) => rows.length);
    check(addedRows === summary.added, 'rows of added codes ' + addedRows + ' = summary.added ' + summary.added);
    const deletedRows = await page.$$eval('table.deleted tr.row', (rows) => rows.length);
    check(deletedRows === summary.deleted, 'rows of deleted codes ' + deletedRows + ' = summary.deleted ' + summary.deleted);
    const chart = await page.$$eval('svg.chart a', (bars) => bars.length);
    const chapters = await page.$$eval('details.chapter', (parts) => parts.length);
    check(chapters > 0 && chart === chapters, 'the chart has one bar per chapter (' + chart + ' of ' + chapters + ')');

    // Typing in the filter narrows the rows to those holding the word; clearing it shows all again.
    const total = await page.$$eval('tr.row', (rows) => rows.length);
    const word = await page.$eval('tr.row td.code', (cell) => cell.textContent.trim().toLowerCase());
    await page.locator('#filter').pressSequentially(word);
    const kept = await page.$$eval('tr.row:not(.hidden)', (rows) => rows.map((r) => r.dataset.text));
    check(kept.length > 0 && kept.length < total, 'filter "' + word + '" keeps ' + kept.length + ' of ' + total + ' rows');
    check(kept.every((text) => text.includes(word)), 'every row kept holds "' + word + '"');
    const shownText = await page.textContent('#shown');
    check(shownText.trim() === kept.length + ' of ' + total + ' rows', 'the page says "' + shownText.trim() + '"');
    const firstVisible = await page.locator('tr.row:not(.hidden)').first().isVisible();
    check(firstVisible, 'a kept row is visible');
    await page.fill('#filter', '');
    const all = await page.$$eval('tr.row:not(.hidden)', (rows) => rows.length);
    check(all === total, 'an empty filter shows all ' + total + ' rows again');

    // A chapter folds and unfolds.
    const first = page.locator('details.chapter').first();
    const row = first.locator('tr.row').first();
    check(await row.isVisible(), 'the first chapter is open');
    await first.locator('summary').click();
    check(!(await first.evaluate((d) => d.open)) && !(await row.isVisible()), 'a click on its title folds it');
    // Printing opens every chapter and hides the filter.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    check(await first.evaluate((d) => d.open), 'printing opens the folded chapter');
    await page.emulateMedia({ media: 'print' });
    check(!(await page.locator('.filter').isVisible()), 'the print stylesheet hides the filter');
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    check(!(await first.evaluate((d) => d.open)), 'after printing it is folded again');
    await first.locator('summary').click();
    check(await row.isVisible(), 'a second click unfolds it');

    await page.screenshot({ path: screenshot });
    check(fs.existsSync(screenshot) && fs.statSync(screenshot).size > 1000, 'screenshot written to ' + screenshot);
    check(elsewhere.length === 0, 'no request left the page' + (elsewhere.length ? ': ' + elsewhere.join(', ') : ''));
    check(errors.length === 0, 'no console errors' + (errors.length ? ': ' + errors.join('; ') : ''));
  } finally {
    await browser.close();
  }
}

main().then(() => process.exit(failures ? 1 : 0), (error) => {
  console.log('FAIL ' + (error && error.stack ? error.stack : error));
  process.exit(1);
});
