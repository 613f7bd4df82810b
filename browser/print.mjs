// Prints each HTML file named on the command line (as pairs: page, PDF to write) as a reader does
// with the browser's print to PDF, and prints one JSON object: for each page, the computed look of
// its body text and of each of its links, on screen and in print.
import { launch } from './chromium.mjs';
import { pathToFileURL } from 'node:url';

const browser = await launch();
const results = {};
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const args = process.argv.slice(2);
  for (let i = 0; i + 1 < args.length; i += 2) {
    const [file, pdf] = [args[i], args[i + 1]];
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 30000 });
    const looks = {};
    for (const media of ['screen', 'print']) {
      await page.emulateMedia({ media });
      looks[media] = await page.evaluate(() => {
        const look = element => {
          const style = getComputedStyle(element);
          return { text: element.textContent.trim(), color: style.color, decoration: style.textDecorationLine };
        };
        const paragraph = [...document.querySelectorAll('main p')].find(p => p.closest('a') === null
          && p.querySelector('a') === null && p.textContent.trim() !== '');
        return {
          body: paragraph ? look(paragraph) : null,
          links: [...document.querySelectorAll('main a[href]')].filter(a => !a.closest('nav')).map(look),
        };
      });
    }
    // page.pdf() lays the page out for print, as the print dialog's "Save as PDF" does.
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    results[file] = looks;
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
