// What every browser check of a codeset page shares: Debian's chromium (found on PATH, or
// $CODESET_CHROMIUM) driven headless by playwright-core from $CODESET_BROWSER_TOOLS, the page opened
// with every request but its own refused and counted, console errors collected, and one line per
// check, "ok ..." or "FAIL ...".
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

let failed = 0;
function check(ok, what) {
  console.log((ok ? 'ok ' : 'FAIL ') + what);
  if (!ok) failed += 1;
}

// Opens PAGE in a fresh browser; `elsewhere` gathers the requests refused, `errors` the console
// errors.
async function openPage(pageFile) {
  const pageUrl = 'file://' + path.resolve(pageFile);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
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
  return { browser, page, elsewhere, errors };
}

// Opens PAGE, runs `checks(page)`, then the checks every page passes (a screenshot written, no
// request elsewhere, no console error), closes the browser and exits 1 when any check failed.
function checkPage(pageFile, screenshot, checks) {
  const run = async () => {
    const { browser, page, elsewhere, errors } = await openPage(pageFile);
    try {
      await checks(page);
      await page.screenshot({ path: screenshot });
      check(fs.existsSync(screenshot) && fs.statSync(screenshot).size > 1000, 'screenshot written to ' + screenshot);
      check(elsewhere.length === 0, 'no request left the page' + (elsewhere.length ? ': ' + elsewhere.join(', ') : ''));
      check(errors.length === 0, 'no console errors' + (errors.length ? ': ' + errors.join('; ') : ''));
    } finally {
      await browser.close();
    }
  };
  run().then(() => process.exit(failed ? 1 : 0), (error) => {
    console.log('FAIL ' + (error && error.stack ? error.stack : error));
    process.exit(1);
  });
}

module.exports = { check, checkPage };
