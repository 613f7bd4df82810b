// Runs axe-core, the accessibility engine browsers' developer tools use, on each HTML file named on
// the command line, in headless Chromium, and prints one JSON object: for each file, every
// violation of the WCAG 2.x A and AA rules and of axe's best practices (landmarks, regions, heading
// order), each with the rule, its impact and the elements it found.
import { launch } from './chromium.mjs';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const browser = await launch();
const results = {};
try {
  // The pages forbid scripts of their own (their content security policy); axe is the test's, so
  // the policy is set aside for it, as a browser extension's would be.
  const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  for (const file of process.argv.slice(2)) {
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 30000 });
    await page.addScriptTag({ content: axeSource });
    const found = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map(v => ({
        rule: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary),
      }));
    });
    results[file] = found;
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
