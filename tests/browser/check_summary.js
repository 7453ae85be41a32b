// Checks one HTML release summary of codeset (`codeset summary SYSTEM --format html`) in a real
// browser (open_page.js):
//   node check_summary.js PAGE.html SUMMARY.json SCREENSHOT.png
// SUMMARY.json is `codeset summary SYSTEM --format json` of the same store. Exit code 1 when any
// check fails.
'use strict';

const fs = require('fs');
const { check, checkPage } = require('./open_page');

const [pageFile, summaryFile, screenshot] = process.argv.slice(2);
if (!pageFile || !summaryFile || !screenshot) throw new Error('usage: check_summary.js PAGE.html SUMMARY.json SCREENSHOT.png');
const steps = JSON.parse(fs.readFileSync(summaryFile, 'utf8')).steps;

checkPage(pageFile, screenshot, async (page) => {
  const bars = await page.locator('svg.chart a').count();
  check(bars === steps.length, 'the chart has one bar per step (' + bars + ' of ' + steps.length + ')');
  check(await page.locator('svg.chart').isVisible(), 'the chart is visible');
  for (const step of steps) {
    const added = await page.locator('#step-' + step.to + ' [data-count="added"]').textContent();
    check(added === String(step.summary.added), 'step to ' + step.to + ' shows added ' + added + ', JSON ' + step.summary.added);
  }
  await page.emulateMedia({ media: 'print' });
  check(await page.locator('table.figures').isVisible(), 'the figures print');
  await page.emulateMedia({ media: 'screen' });
});
