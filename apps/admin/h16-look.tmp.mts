import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './e2e/support/browser.js';
const [role, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ baseURL: 'http://127.0.0.1:4716', locale: 'nb-NO', viewport: { width: 1280, height: 900 } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text().slice(0, 300)); });
await page.goto('/logg-inn');
await page.locator(`input[value="${role}"]`).check();
if (role !== 'NATIONAL') {
  const troms = page.locator('#county option', { hasText: 'Troms' });
  await page.locator('#county').selectOption((await troms.getAttribute('value'))!);
}
await page.getByRole('button', { name: 'Logg inn' }).click();
await page.getByTestId('viewer').waitFor();
for (const p of paths) {
  await page.goto(p);
  await page.waitForTimeout(2500);
  const text = await page.locator('#main').innerText();
  console.log('==', p, '\n', text.slice(0, 1500));
  await page.screenshot({ path: `/tmp/h16shots/${role}${p.replace(/\//g, '_')}.png`, fullPage: true });
}
await browser.close();
