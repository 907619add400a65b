import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const ctx = await b.newContext({ viewport: { width: 1280, height: 800 } });
await ctx.addInitScript(() => {
  window.showDirectoryPicker = async () => {
    const root = await navigator.storage.getDirectory();
    const dir = await root.getDirectoryHandle('repo', { create: true });
    await dir.getDirectoryHandle('.git', { create: true });
    const content = await dir.getDirectoryHandle('content', { create: true });
    const ind = await content.getDirectoryHandle('indsatser', { create: true });
    const a = await ind.getDirectoryHandle('aalborg', { create: true });
    const f = await a.getFileHandle('x.yaml', { create: true });
    const w = await f.createWritable(); await w.write('title: Test\nmunicipality: aalborg\n'); await w.close();
    return dir;
  };
});
const p = await ctx.newPage();
p.on('console', m => console.log('console', m.type(), m.text().slice(0, 300)));
p.on('request', r => { if (!r.url().startsWith('http://127.0.0.1')) console.log('EXT', r.url().slice(0,100)); });
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto('http://127.0.0.1:4640/admin/');
await p.waitForTimeout(3000);
console.log((await p.locator('body').innerText()).slice(0, 500));
await p.getByRole('button', { name: /lokal/i }).click();
await p.waitForTimeout(4000);
console.log('---', (await p.locator('body').innerText()).slice(0, 1500));
await p.screenshot({ path: '/tmp/h17a-probe.png' });
await b.close();
