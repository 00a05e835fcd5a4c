import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './support/api-server.js';
import { axeViolations, openBrowser, screenshot, type Browser } from './support/browser.js';

/** axe (WCAG 2.1 A/AA) on the page (or a part of it), then a screenshot for a person to look at. */
async function check(page: Page, name: string, include?: string) {
  expect(await axeViolations(page, include), `axe on ${name}`).toEqual([]);
  await screenshot(page, name, include === undefined);
}

/**
 * The office's assessment of Sámi perspectives on a needs statement's page, in a real browser
 * against the real API: refused beside its field, recorded, shown with who made it and in the
 * statement's history, and accessible throughout.
 */
describe('the office’s assessment of Sámi perspectives', () => {
  let browser: Browser;
  let page: Page;
  // An API of its own, with fresh demo data: on the shared one the office's end-to-end flow
  // decides the Troms 2027 round (no assessment after a decision) and adds an empty 2028 round.
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi();
    browser = await openBrowser(api.baseUrl);
    page = browser.page;
  });

  afterAll(async () => {
    if (browser?.errors.length) console.warn(`Browser errors:\n${browser.errors.join('\n')}`);
    await browser?.close();
    await api?.stop();
  });

  it('signs in as the adviser and opens a needs statement', async () => {
    await page.goto('/logg-inn');
    await page.getByLabel('Statsforvalteren (rådgiver)', { exact: true }).check();
    const troms = page.locator('#county option', { hasText: 'Troms' });
    await page.locator('#county').selectOption((await troms.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByTestId('viewer').waitFor();
    await page.getByRole('link', { name: 'Behovsmeldinger' }).click();
    await page.getByTestId('statements-table').getByRole('link').first().click();
    await page.waitForURL(/\/behovsmeldinger\/[0-9a-f-]+$/);
    await page.getByTestId('sami-assessment').waitFor();
  });

  it('refuses a reason too short beside its field, then records the assessment', async () => {
    const form = page.getByTestId('sami-assessment-form');
    await form.getByLabel('Ivaretar samiske perspektiver godt').check();
    await form.getByLabel('Begrunnelse').fill('kort');
    await form.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await page.locator('#sami-reason-error').getByText('minst 5 tegn').waitFor();
    expect(await page.locator('#sami-reason').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#sami-reason').getAttribute('aria-describedby')).toBe(
      'sami-reason-hint sami-reason-error',
    );
    await check(page, 'sami-01-refused', '[data-testid="sami-assessment"]');

    await form.getByLabel('Begrunnelse').fill('Samisk fagmiljø er partner i tiltakene.');
    await form.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await expect
      .poll(() => page.getByTestId('sami-assessment-current').textContent(), { timeout: 15_000 })
      .toMatch(/Ivaretar samiske perspektiver godt\. Vurdert av .*Samisk fagmiljø er partner/);
    expect(await page.getByTestId('sami-assessment-saved').textContent()).toContain(
      'Vurderingen er lagret.',
    );
    await page.getByTestId('history').getByText('Samiske perspektiver vurdert').waitFor();
    await check(page, 'sami-02-recorded');
  });

  it('keeps the recorded assessment after a reload', async () => {
    await page.reload();
    await page.getByTestId('sami-assessment-current').waitFor();
    expect(await page.getByTestId('sami-assessment-current').textContent()).toMatch(
      /Ivaretar samiske perspektiver godt/,
    );
    expect(
      await page.locator('#sami-level-STRONG').isChecked(),
      'the form starts from the recorded level',
    ).toBe(true);
  });
});
