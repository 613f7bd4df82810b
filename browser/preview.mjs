// Drives a running `rolebook preview` as its user would, in headless Chromium, and prints one JSON
// object of what it saw; the Java test that started the preview judges it. The one argument is a
// JSON object:
//   url       the preview's address (http://127.0.0.1:PORT/)
//   view      a document's page under it (view/hy/sheet/telesales-specialist)
//   catalog   the catalog file the preview watches
//   find      a text of that catalog, shown by that document, that the saves replace
//   texts     what the saves put in its place, one save each, in turn
//   broken    a line whose addition breaks the catalog
//   pause     milliseconds between the timed saves, as between an author's
//   screenshot (optional) a PNG to take of the page when the saves are done
// Every wait has a deadline: a change the page never shows is reported as not seen, not waited on.
import { launch } from './chromium.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const config = JSON.parse(process.argv[2]);
const original = readFileSync(config.catalog, 'utf8');
const withText = text => original.replace(config.find, text);
const SEEN_WITHIN = 10000;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The preview's own page, through axe-core as in axe.mjs: the rules a screen reader's user needs.
async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => (await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  })).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')));
}

const htmlShows = (page, text) => page.waitForFunction(wanted => {
  const frame = document.getElementById('html');
  return frame && frame.contentDocument && frame.contentDocument.body
    && frame.contentDocument.body.innerText.includes(wanted);
}, text, { timeout: SEEN_WITHIN, polling: 'raf' });

const pdfFollows = page => page.waitForFunction(
  () => document.getElementById('pdf').dataset.generation === document.body.dataset.generation,
  null, { timeout: SEEN_WITHIN, polling: 100 });

// Saves the catalog and waits for the text to show in the web page pane, then for the PDF pane to
// load the same build: the milliseconds from the save to each, null for what did not show.
async function save(page, content, text) {
  const start = performance.now();
  writeFileSync(config.catalog, content);
  const since = () => Math.round(performance.now() - start);
  const html = await htmlShows(page, text).then(since, () => null);
  const pdf = await pdfFollows(page).then(since, () => null);
  return { html, pdf };
}

const report = {};
const browser = await launch();
try {
  // The page forbids scripts but its own; axe is the test's, so the policy is set aside for it.
  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  await page.goto(config.url, { waitUntil: 'load', timeout: 30000 });
  report.links = await page.$$eval('main a', links => links.map(link => link.getAttribute('href')));
  report.axe = { index: await axe(page) };

  await page.goto(config.url + config.view, { waitUntil: 'load', timeout: 30000 });
  report.shownAtFirst = await htmlShows(page, config.find).then(() => true, () => false);
  report.axe.view = await axe(page);
  // Survives only if the page is never loaded again: the updates must come without a reload.
  await page.evaluate(() => { window.rolebookSamePage = true; });

  const [first, mended, ...timed] = config.texts;
  report.changed = await save(page, withText(first), first);

  writeFileSync(config.catalog, withText(first) + config.broken);
  report.problemShown = await page.waitForSelector('#problems:not([hidden]) li', { timeout: SEEN_WITHIN })
    .then(() => true, () => false);
  report.problems = await page.$$eval('#errors li', items => items.map(item => item.textContent));
  report.shownWhileBroken = await page.evaluate(() => document.getElementById('html').contentDocument.body.innerText);

  report.mended = await save(page, withText(mended), mended);
  report.problemsHiddenAfter = await page.$eval('#problems', section => section.hidden);

  report.saves = [];
  for (const text of timed) {
    await page.waitForTimeout(config.pause);
    report.saves.push(await save(page, withText(text), text));
  }
  report.samePage = await page.evaluate(() => window.rolebookSamePage === true);
  report.pdf = await page.$eval('#pdf', frame => frame.getAttribute('src'));
  report.docx = await page.$eval('.downloads a[download]', link => link.getAttribute('href'));
  if (config.screenshot) {
    await page.waitForTimeout(1500);
    await page.screenshot({ path: config.screenshot });
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
