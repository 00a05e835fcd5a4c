import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, screenshot, type Browser } from './support/browser.js';

async function check(page: Page, name: string) {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  await screenshot(page, name);
}

const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

const NO_ACCESS = 'Rollen din har ikke tilgang';

/**
 * The collaboration forum of Troms reads the proposal it discussed for 2026 (demo data: a
 * recorded proposal and the alternative the office weighed), its gauges, the comparison and the
 * workbook, and never meets a "no access" screen.
 */
describe('the forum reads the proposal', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser(inject('baseUrl'));
    page = browser.page;
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    if (browser?.errors.length) console.warn(`Browser errors:\n${browser.errors.join('\n')}`);
    await browser?.close();
  });

  it('signs in as the Troms forum and gets its own menu', async () => {
    await page.goto('/logg-inn');
    await page.getByLabel('Samarbeidsforum', { exact: true }).check();
    const troms = page.locator('#county option', { hasText: 'Troms' });
    await page.locator('#county').selectOption((await troms.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(/\/runde$/);
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect((await menu.getByRole('link').allTextContents()).map((s) => s.trim())).toEqual([
      'Oversikt',
      'Forslag og vedtak',
      'Sammenlign',
    ]);
    await page.getByTestId('frame').waitFor();
    // The forum reads the round; changing its phase is the office's.
    expect(await page.getByTestId('round-transition').count()).toBe(0);
    expect(await page.locator('#main').textContent()).not.toContain(NO_ACCESS);
    const option = page.locator('#round-picker option', { hasText: '2026' });
    await page.locator('#round-picker').selectOption((await option.getAttribute('value'))!);
    await page.getByRole('heading', { level: 1, name: /Tildelingsrunde 2026/ }).waitFor();
    await check(page, 'forum-01-round');
  });

  it('reads the proposal with its gauges and the forum’s outcome, and downloads the workbook', async () => {
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Forslag og vedtak' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Forslag og vedtak' }).waitFor();
    const current = page.getByTestId('current-proposal');
    await current.waitFor();
    await current.locator('[data-testid="gauge"]').first().waitFor();
    expect(await current.locator('[data-testid="gauge"]').count()).toBeGreaterThan(2);
    expect(await page.getByTestId('forum-outcome').textContent()).toBeTruthy();
    expect(await page.locator('#main').textContent()).not.toContain(NO_ACCESS);
    // No office actions for the forum.
    expect(await page.getByTestId('put-to-forum').count()).toBe(0);
    expect(await page.getByTestId('decide').count()).toBe(0);
    await check(page, 'forum-02-proposal');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-proposal').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    // An xlsx is a zip: it starts with PK.
    expect(readFileSync(file!).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('compares the proposal with the alternative scenario', async () => {
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Sammenlign' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Sammenlign scenarioer' }).waitFor();
    await page.getByLabel('Første scenario').waitFor();
    const first = page.locator('#compare-0 option', { hasText: 'Forslag til fordeling (demo)' });
    const second = page.locator('#compare-1 option', { hasText: 'Alternativ: like kutt (demo)' });
    await page.locator('#compare-0').selectOption((await first.getAttribute('value'))!);
    await page.locator('#compare-1').selectOption((await second.getAttribute('value'))!);
    await page.getByTestId('compare-sectors').waitFor();
    expect(await page.getByTestId('compare-sectors').locator('tbody tr').count()).toBe(3);
    expect(await page.locator('#main').textContent()).not.toContain(NO_ACCESS);
    await check(page, 'forum-03-compare');
  });

  it('reads the proposal at 390 px too', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/forslag');
    await page.getByTestId('current-proposal').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await check(page, 'forum-04-proposal-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
