// Opens each HTML file named on the command line in headless Chromium and prints one JSON object:
// for each file, every request the page made (other than the file itself and data: URIs) and every
// request the page's content security policy stopped. Both lists are empty for a self-contained page.
import { launch } from './chromium.mjs';
import { pathToFileURL } from 'node:url';

const browser = await launch();
const results = {};
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  for (const file of process.argv.slice(2)) {
    const page = await context.newPage();
    const address = pathToFileURL(file).href;
    const requests = [];
    const blocked = [];
    page.on('request', request => {
      const url = request.url();
      if (url !== address && !url.startsWith('data:')) requests.push(url);
    });
    page.on('websocket', socket => requests.push(socket.url()));
    page.on('console', message => {
      if (message.text().includes('Content Security Policy')) blocked.push(message.text());
    });
    await page.goto(address, { waitUntil: 'load', timeout: 30000 });
    // Lazy images, fonts and timed redirects start after the load event.
    await page.waitForTimeout(500);
    results[file] = { requests, blocked };
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
