import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './support/api-server.js';
import { axeViolations, openBrowser, screenshot, type Browser } from './support/browser.js';

/** axe (WCAG 2.1 A/AA) on the page, then a screenshot for a person to look at. */
async function check(page: Page, name: string) {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  await screenshot(page, name);
}

/** Whether the page fits its width (tables may scroll inside their own box). */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

/** The API itself, with the partnership's own token: what the screens must agree with. */
async function apiAs<T>(baseUrl: string, token: string, query: string, variables = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

describe('a partnership submits a needs statement', () => {
  let browser: Browser;
  let page: Page;
  // An API of its own, with fresh demo data: the shared one's Troms 2027 round is closed and
  // decided by the office's end-to-end flow, and a partnership submits only to an open round.
  let api: RunningApi;
  let baseUrl: string;
  const title = `Leseløft i skolene (e2e ${Date.now()})`;

  beforeAll(async () => {
    api = await startApi();
    baseUrl = api.baseUrl;
    browser = await openBrowser(baseUrl);
    page = browser.page;
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    if (browser?.errors.length) console.warn(`Browser errors:\n${browser.errors.join('\n')}`);
    await browser?.close();
    await api?.stop();
  });

  it('signs in as a Troms partnership and lands on its own menu', async () => {
    await page.goto('/logg-inn');
    await page.getByLabel('Partnerskap', { exact: true }).check();
    const troms = page.locator('#county option', { hasText: 'Troms' });
    await page.locator('#county').selectOption((await troms.getAttribute('value'))!);
    // The county's partnerships come from the register; without a choice, the first by name.
    await page.locator('#partnership option').nth(1).waitFor({ state: 'attached' });
    await check(page, 'partnership-01-sign-in');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(/\/partnerskap\/behovsmeldinger$/);
    await page.getByRole('heading', { level: 1, name: 'Partnerskapets behovsmeldinger' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect((await menu.getByRole('link').allTextContents()).map((s) => s.trim())).toEqual([
      'Behovsmeldinger',
      'Tilskudd og fordeling',
      'Årsrapporter',
    ]);
    expect(await page.locator('#main').textContent()).not.toContain('Rollen din har ikke tilgang');
    await page.getByTestId('partner-round-2027').waitFor();
    await check(page, 'partnership-02-statements');
    // An office screen is not for a partnership: it lands on its own start page instead.
    await page.goto('/register');
    await page.waitForURL(/\/partnerskap\/behovsmeldinger$/);
  });

  it('shows a field’s problem beside it while typing, from the domain’s own rules', async () => {
    await page.getByTestId('partner-round-2027').getByTestId('new-statement').click();
    await page.getByRole('heading', { level: 1, name: 'Ny behovsmelding' }).waitFor();
    const sami = page.getByLabel('Hvordan samiske perspektiver blir ivaretatt');
    await sami.waitFor();
    // Nothing is said before the field is touched…
    expect(await sami.getAttribute('aria-invalid')).toBeNull();
    await sami.pressSequentially('Samisk');
    expect(await sami.getAttribute('aria-invalid')).toBeNull();
    // …and emptying it again says at once what is missing, beside the field.
    await sami.fill('');
    await expect.poll(() => sami.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await sami.getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).textContent()).toContain(
      'Behovsmeldingen mangler samiske perspektiver.',
    );
    await check(page, 'partnership-03-field-error');
  });

  it('submits a complete statement, which the API then holds', async () => {
    await page.getByLabel('Tittel').fill(title);
    await page.getByLabel('Skole', { exact: true }).check();
    await page.locator('#ns-theme').selectOption({ index: 1 });
    const firstItem = page.locator('input[id^="ns-item-"]').first();
    if (await firstItem.count()) await firstItem.check();
    await page.getByLabel('Lokale behov').fill('Lesingen på mellomtrinnet har falt tre år på rad.');
    await page.getByLabel('Langsiktig mål 1').fill('Alle elever leser alderstilpasset i 7. trinn.');
    await page.getByLabel('Delmål 1').fill('Lærerne bruker felles leseopplegg i alle fag.');
    await page.getByLabel('Tiltak 1', { exact: true }).fill('Lesekurs med veiledning i kollegiet.');
    await page.getByLabel('Varighet').selectOption({ label: '1 år' });
    await page.getByLabel('Eiers del 2027').fill('150 000');
    await page.getByLabel('Kompetansemiljøets del 2027').fill('100 000');
    await page.getByLabel('Eiers egeninnsats').fill('Frikjøp av lærere to timer i uka.');
    await page
      .getByLabel('Hvordan samiske perspektiver blir ivaretatt')
      .fill('Samiske tekster og fortellinger inngår i leseopplegget.');
    await page
      .getByLabel('Hvordan arbeidet er kollektivt (profesjonsfellesskap)')
      .fill('Alle lærerne deltar i lesegrupper hver uke.');
    await page
      .getByLabel('Hvordan kompetansemiljøet tar erfaringene inn i lærerutdanningen')
      .fill('Erfaringene brukes i emnet om grunnleggende ferdigheter.');
    await page.locator('#ns-coordinator-false').check();
    await page.locator('#ns-continuation-false').check();
    await page.getByLabel('Ansatte i skole').check();
    await page.getByTestId('statement-submit').click();
    const flash = page.getByTestId('flash');
    await flash.waitFor({ timeout: 15_000 }).catch(async () => {
      throw new Error(`Not submitted:\n${await page.locator('#main').innerText()}`);
    });
    expect(await flash.textContent()).toContain('Behovsmeldingen er sendt inn.');
    await page.waitForURL(/\/partnerskap\/behovsmeldinger\/[0-9a-f-]{36}$/);
    await page.getByTestId('statement-status').getByText('Sendt inn').waitFor();
    await check(page, 'partnership-04-submitted');

    const id = page.url().split('/').at(-1)!;
    const token = await page.evaluate(() => sessionStorage.getItem('kompetansemidler.token'));
    const data = await apiAs<{
      needsStatement: { title: string; status: string; requestedThisYear: number };
    }>(
      baseUrl,
      token!,
      'query($id: ID!) { needsStatement(id: $id) { title status requestedThisYear } }',
      {
        id,
      },
    );
    expect(data.needsStatement).toEqual({ title, status: 'SUBMITTED', requestedThisYear: 250_000 });

    // Back in the list, with the figure the API computed.
    await page.getByRole('link', { name: 'Tilbake til behovsmeldingene' }).click();
    const row = page.getByRole('row', { name: new RegExp(title.replace(/[()]/g, '.')) });
    await row.waitFor();
    expect(await row.textContent()).toContain('250\u00a0000\u00a0kr');
  });

  it('works at 390 px: the form fits the screen and passes axe', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: new RegExp(title.replace(/[()]/g, '.')) }).click();
    await page.getByRole('heading', { level: 1, name: 'Behovsmelding' }).waitFor();
    await page.getByLabel('Tittel').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await check(page, 'partnership-05-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
