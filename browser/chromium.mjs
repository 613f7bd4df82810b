// Debian's Chromium as the browser tests start it: headless, its own network traffic off, so that
// what a page requests is the page's alone.
import { chromium } from 'playwright-core';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // As root in a container Chromium needs --no-sandbox; the rest keep it from its own network traffic.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}
