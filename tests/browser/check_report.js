// Checks one HTML change report of codeset in a real browser (open_page.js): Debian's chromium
// (found on PATH, or $CODESET_CHROMIUM) driven headless by playwright-core from $CODESET_BROWSER_TOOLS.
//   node check_report.js PAGE.html SUMMARY.json SCREENSHOT.png
// SUMMARY.json is `codeset diff ... --format json` of the same releases. One browser for every
// check; each check prints one line, "ok ..." or "FAIL ...", and the exit code is 1 when any fails.
'use strict';

const fs = require('fs');
const { check, checkPage } = require('./open_page');

function valueAt(object, dotted) {
  return dotted.split('.').reduce((o, key) => (o === undefined || o === null ? undefined : o[key]), object);
}

const [pageFile, summaryFile, screenshot] = process.argv.slice(2);
if (!pageFile || !summaryFile || !screenshot) throw new Error('usage: check_report.js PAGE.html SUMMARY.json SCREENSHOT.png');
const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8')).summary;

checkPage(pageFile, screenshot, async (page) => {
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
});
