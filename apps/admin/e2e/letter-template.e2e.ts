import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { plainLanguageProblems } from '../src/i18n/plain-language.js';
import { axeViolations, openBrowser, screenshot, type Browser } from './support/browser.js';

/**
 * The letter template screen in the browser: the office's menu leads to it; an edit that drops
 * the complaint deadline is refused with the problem beside that block; an unsaved draft previews
 * on a real decision of the demo's 2025 round; the template saves (as it was, so the other
 * screens' letters read the same). Axe-clean and in plain Norwegian at 390 and 1280 px.
 */
describe('the letter template in the admin', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser(inject('baseUrl'));
    page = browser.page;
    await page.goto('/logg-inn');
    await page.locator('#role-ADMIN').check();
    const troms = page.locator('#county option', { hasText: 'Troms' });
    await page.locator('#county').selectOption((await troms.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByTestId('viewer').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function checkScreen(name: string) {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForLoadState('networkidle');
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(sideways, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(1);
      const text = await page.evaluate(() => document.body.innerText);
      const problems = text
        .split('\n')
        .flatMap((line) =>
          plainLanguageProblems(line).map((p) => `${p.rule} «${p.match}» in «${line}»`),
        );
      expect(problems).toEqual([]);
      expect(await axeViolations(page), `axe on ${name} at ${width}`).toEqual([]);
      await screenshot(page, `letter-template-${name}-${width}`);
    }
  }

  it('edits the template: a refused block, a preview of the draft, a save', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/runde');
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Brevmal' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Brevmal for vedtaksbrev' }).waitFor();
    const complaint = page.locator('#letter-block-complaint');
    await complaint.waitFor();
    const original = await complaint.inputValue();
    expect(original).toContain('{complaint_deadline}');
    await checkScreen('form');

    // An edit that drops the complaint deadline: refused, the problem beside the block.
    await page.setViewportSize({ width: 1280, height: 900 });
    await complaint.fill('Dere kan klage til {office}.');
    await page.getByRole('button', { name: 'Lagre brevmalen' }).click();
    const error = page.locator('#letter-block-complaint-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('{complaint_deadline}');
    expect(await complaint.getAttribute('aria-invalid')).toBe('true');
    expect(await complaint.getAttribute('aria-describedby')).toBe('letter-block-complaint-error');
    await checkScreen('refused');

    // The draft (fixed, with another phone number) previewed on a decision of the 2025 round.
    await page.setViewportSize({ width: 1280, height: 900 });
    await complaint.fill(original);
    const phone = page.locator('#letter-contact-phone');
    const originalPhone = await phone.inputValue();
    await phone.fill('77 64 20 99');
    const option = page.locator('#round-picker option', { hasText: '2025' });
    await page.locator('#round-picker').selectOption((await option.getAttribute('value'))!);
    await page.locator('#letter-preview-decision option').first().waitFor({ state: 'attached' });
    await page.getByTestId('letter-template-preview').click();
    const letter = page.getByTestId('letter-view');
    await letter.waitFor();
    const text = await letter.innerText();
    expect(text).toContain('Klagerett');
    expect(text).toContain('telefon 77 64 20 99');
    await checkScreen('preview');

    // Saved as it was: the office's own template now (version 1), the same words.
    await page.setViewportSize({ width: 1280, height: 900 });
    await phone.fill(originalPhone);
    await page.getByRole('button', { name: 'Lagre brevmalen' }).click();
    await page.getByRole('status').filter({ hasText: 'Brevmalen er lagret.' }).waitFor();
    expect(await page.getByTestId('letter-template-version').innerText()).toMatch(
      /Lagret versjon \d+\./,
    );
    expect(browser.errors).toEqual([]);
  }, 300_000);
});
