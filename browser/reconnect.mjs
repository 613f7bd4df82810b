// A preview page refused its event stream (every slot taken), in headless Chromium, whose
// EventSource never asks again after a refusal: the page must say so, and follow the preview again
// once a slot is free. The one argument is a JSON object:
//   url       the preview's list page (http://127.0.0.1:PORT/), whose slots the test has all taken
//   refused   a file this script creates once the page says it was refused (the test then frees slots)
//   catalog   the catalog file the preview watches; saved once the page follows again
// Prints one JSON object: what the page said when refused, whether it followed again, and whether
// the save after that reached it. Every wait has a deadline.
import { launch } from './chromium.mjs';
import { readFileSync, writeFileSync } from 'node:fs';

const config = JSON.parse(process.argv[2]);
const seen = {};
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(config.url);
  const status = () => page.evaluate(() => document.getElementById('status').textContent);
  try {
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('This page has lost'),
      null, { timeout: 10000, polling: 100 });
    seen.refused = await status();
  } catch (e) {
    seen.refused = null;
    seen.statusWhenNotRefused = await status();
  }
  writeFileSync(config.refused, 'refused');
  const generation = await page.evaluate(() => document.body.dataset.generation);
  try {
    // A page that follows again loads itself after the next build: the list page's way.
    await page.waitForFunction(() => document.getElementById('status').textContent === '',
      null, { timeout: 30000, polling: 100 });
    seen.followsAgain = true;
    const navigated = page.waitForNavigation({ timeout: 15000 });
    writeFileSync(config.catalog, readFileSync(config.catalog, 'utf8') + '\n');
    await navigated;
    seen.reloadedAfterSave = (await page.evaluate(() => document.body.dataset.generation)) !== generation;
  } catch (e) {
    seen.followsAgain = seen.followsAgain ?? false;
    seen.error = String(e);
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
