import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, screenshot, type Browser } from './support/browser.js';

/** The office's token (demo sign-in), to find a partnership with a decision. */
async function officeToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { devSignIn(role: ADMIN, countyCode: "troms") { token } }',
    }),
  });
  const body = (await response.json()) as { data: { devSignIn: { token: string } } };
  return body.data.devSignIn.token;
}

/**
 * A partnership files a complaint on its own decision from «Tilskudd og fordeling»: the API's
 * problems beside the fields, then the complaint sent, checked against its deadline and listed
 * with its status. Axe-clean at 390 and 1280 px.
 */
describe('a partnership files a complaint', () => {
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let decision: { id: string; partnership: { id: string } };

  beforeAll(async () => {
    baseUrl = inject('baseUrl');
    const token = await officeToken(baseUrl);
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `{ rounds(first: 20) { edges { node { year decisions(first: 1) { edges { node {
          id partnership { id } } } } } } } }`,
      }),
    });
    const body = (await response.json()) as {
      data: {
        rounds: {
          edges: {
            node: { year: number; decisions: { edges: { node: typeof decision }[] } };
          }[];
        };
      };
    };
    const round = body.data.rounds.edges.find((e) => e.node.year === 2025)!;
    decision = round.node.decisions.edges[0]!.node;
    browser = await openBrowser(baseUrl);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function check(name: string) {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForLoadState('networkidle');
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(sideways, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(1);
      expect(await axeViolations(page), `axe on ${name} at ${width}`).toEqual([]);
      await screenshot(page, `partner-complaint-${name}-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('files a complaint on its own decision, with the problems beside the fields first', async () => {
    await page.goto('/logg-inn');
    await page.getByLabel('Partnerskap', { exact: true }).check();
    const troms = page.locator('#county option', { hasText: 'Troms' });
    await page.locator('#county').selectOption((await troms.getAttribute('value'))!);
    await page
      .locator(`#partnership option[value="${decision.partnership.id}"]`)
      .waitFor({ state: 'attached' });
    await page.locator('#partnership').selectOption(decision.partnership.id);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(/\/partnerskap\/behovsmeldinger$/);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Tilskudd og fordeling' })
      .click();
    const form = page.getByTestId(`file-complaint-${decision.id}`);
    await form.waitFor();
    await form.locator('summary').click();
    await form.getByRole('button', { name: 'Send klagen' }).click();
    const grounds = page.locator(`#complaint-grounds-${decision.id}`);
    await page.locator(`#complaint-grounds-${decision.id}-error`).waitFor();
    expect(await grounds.getAttribute('aria-invalid')).toBe('true');
    await check('refused');

    await page.locator(`#complaint-complainant-${decision.id}`).fill('Kari Nordmann, koordinator');
    await grounds.fill('Vi mener tilskuddet til eier er satt for lavt for tiltakene våre.');
    await form.getByRole('button', { name: 'Send klagen' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Klagen er sendt.' });
    await status.waitFor();
    // The 2025 decision was sent long ago: the complaint is registered as late.
    expect(await status.innerText()).toContain('dager for sent');
    await page.getByTestId(`complaints-${decision.id}`).getByText('Mottatt').first().waitFor();
    await check('sent');
    expect(browser.errors).toEqual([]);
  }, 300_000);
});
