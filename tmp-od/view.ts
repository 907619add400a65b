import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [p, w] of [['data', 1000], ['nyt', 360]] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  const html = readFileSync(`dist/${p}/index.html`, 'utf8').replace(/href="\/_astro\//g, 'href="file:///work/wt-opendata/dist/_astro/');
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: `tmp-od/${p}.png`, fullPage: false });
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(p, 'scrollWidth', sw);
}
await browser.close();
