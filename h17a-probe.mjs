import { chromium } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
const files = readdirSync('content', { recursive: true, withFileTypes: true }).filter(d => d.isFile()).map(d => { const p = path.relative('.', path.join(d.parentPath, d.name)); return { path: p, text: readFileSync(p, 'utf8') }; });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
await ctx.addInitScript(() => { window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo'); });
const p = await ctx.newPage();
p.on('console', m => { if (m.type() === 'error') console.log('console', m.type(), m.text().slice(0, 200)); });
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto('http://127.0.0.1:4640/robots.txt');
await p.evaluate(async (files) => {
  const root = await navigator.storage.getDirectory();
  const repo = await root.getDirectoryHandle('repo', { create: true });
  await repo.getDirectoryHandle('.git', { create: true });
  for (const f of files) {
    const parts = f.path.split('/'); let dir = repo;
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
    const w = await (await dir.getFileHandle(parts.at(-1), { create: true })).createWritable(); await w.write(f.text); await w.close();
  }
}, files);
await p.goto('http://127.0.0.1:4640/admin/');
await p.getByRole('button', { name: 'Arbejd med lokalt repository' }).click();
await p.getByRole('option', { name: /Interviewene/ }).or(p.getByText('Interviewene').first()).first().click();
await p.waitForTimeout(1500);
await p.screenshot({ path: '/tmp/h17a-p1.png' });
await p.getByRole('button', { name: 'Opret nyt dokument' }).click();
await p.waitForTimeout(1500);
await p.screenshot({ path: '/tmp/h17a-p2.png', fullPage: true });
for (let k = 0; k < 12; k++) { await p.mouse.move(300, 500); await p.mouse.wheel(0, 800); await p.waitForTimeout(200); }
await p.waitForTimeout(800);
console.log(await p.getByRole('group', { name: /Rediger indhold/ }).ariaSnapshot());
await p.screenshot({ path: '/tmp/h17a-p3.png' });
await b.close();
