import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, screenshot, type Browser } from './support/browser.js';

/** axe (WCAG 2.1 A/AA) on the page or a part of it, then a screenshot for a person to look at. */
async function check(page: Page, name: string, include?: string) {
  expect(await axeViolations(page, include), `axe on ${name}`).toEqual([]);
  await screenshot(page, name, include === undefined);
}

/** Whether the page fits its width (tables may scroll inside their own box). */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

const OWNER_A = '986105174';
const OWNER_B = '922530890';
const HEADER =
  'Eiers organisasjonsnummer;Eiers navn;Eierform;Kommunenummer;Enhetens navn;Enhetstype';
const clean = [
  HEADER,
  `${OWNER_A};Importkommunen (e2e);offentlig;5501;Importskolen (e2e);skole`,
  `${OWNER_A};Importkommunen (e2e);offentlig;5501;Importbarnehagen (e2e);barnehage`,
  `${OWNER_B};Privat barnehage (e2e) AS;privat;5503;Privat barnehage (e2e);barnehage`,
].join('\n');
// Row 4 has an organisation number with a wrong check digit.
const faulty = clean.replace(`${OWNER_B};`, '922530891;');

/** The API itself, as the same adviser: what the screens must agree with. */
class Api {
  private token = '';
  constructor(private readonly baseUrl: string) {}

  async signIn() {
    const data = await this.request<{ devSignIn: { token: string } }>(
      'mutation { devSignIn(role: ADMIN, countyCode: "troms") { token } }',
    );
    this.token = data.devSignIn.token;
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  }

  async ownersNamed(search: string): Promise<{ name: string; orgnr: string; unitCount: number }[]> {
    const data = await this.request<{
      owners: { edges: { node: { name: string; orgnr: string; unitCount: number } }[] };
    }>(
      'query($search: String) { owners(search: $search, first: 50) { edges { node { name orgnr unitCount } } } }',
      { search },
    );
    return data.owners.edges.map((e) => e.node);
  }
}

describe('the office imports a register extract', () => {
  let browser: Browser;
  let page: Page;
  const api = new Api(inject('baseUrl'));

  beforeAll(async () => {
    await api.signIn();
    browser = await openBrowser(inject('baseUrl'));
    page = browser.page;
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    if (browser?.errors.length) console.warn(`Browser errors:\n${browser.errors.join('\n')}`);
    await browser?.close();
  });

  it('signs in as the Troms adviser and finds the register in the menu', async () => {
    await page.goto('/runde');
    await page.waitForURL(/\/logg-inn\?redirect=/);
    await page.getByLabel('Statsforvalteren (rådgiver)').check();
    const troms = page.locator('#county option', { hasText: 'Troms' });
    await page
      .getByLabel('Statsforvalter', { exact: true })
      .selectOption((await troms.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(/\/runde$/);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Register' })
      .click();
    await page.waitForURL(/\/register\/eiere$/);
    await page.getByRole('heading', { level: 1, name: 'Register' }).waitFor();
    await page.getByTestId('owners-table').waitFor();
    await check(page, 'register-01-owners');
    await page
      .getByRole('navigation', { name: 'Deler av registeret' })
      .getByRole('link', { name: 'Import' })
      .click();
    await page.waitForURL(/\/register\/import$/);
  });

  it('previews a file with a faulty row: names the row and column, writes nothing', async () => {
    await page.getByLabel('Eiere og enheter (uttrekk fra NSR/NBR eller egen liste)').check();
    await page.getByTestId('import-file').setInputFiles({
      name: 'eiere-med-feil.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(faulty, 'utf8'),
    });
    await page.getByTestId('import-preview').click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const row = problems.locator('tbody tr');
    expect(await row.count()).toBe(1);
    const cells = (await row.first().locator('td').allTextContents()).map((c) => c.trim());
    expect(cells).toEqual([
      '4',
      'Eiers organisasjonsnummer',
      '«922530891» er ikke et gyldig organisasjonsnummer (ni siffer med riktig kontrollsiffer).',
    ]);
    expect(await page.getByTestId('import-confirm').count()).toBe(0);
    await check(page, 'register-02-import-problems');
    expect(await api.ownersNamed('(e2e)')).toEqual([]);
  });

  it('imports a clean file only when the adviser confirms, then shows it in the register', async () => {
    await page.getByTestId('import-file').setInputFiles({
      name: 'eiere.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(clean, 'utf8'),
    });
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-ready').waitFor();
    const summary = page.getByTestId('import-summary').locator('tbody tr');
    const lines = [];
    for (const row of await summary.all()) {
      lines.push((await row.locator('th, td').allTextContents()).map((c) => c.trim()));
    }
    expect(lines).toEqual([
      ['Eiere', '2', '0', '0'],
      ['Barnehager og skoler', '3', '0', '0'],
    ]);
    await check(page, 'register-03-import-preview');
    // Previewed, not yet written.
    expect(await api.ownersNamed('(e2e)')).toEqual([]);
    await page.getByTestId('import-confirm').click();
    await expect
      .poll(() => page.getByTestId('import-status').textContent())
      .toContain('Importen er lagret: 2 eiere nye, 3 barnehager og skoler nye.');
    const owners = await api.ownersNamed('(e2e)');
    expect(owners.map((o) => [o.orgnr, o.unitCount]).sort()).toEqual([
      [OWNER_B, 1],
      [OWNER_A, 2],
    ]);
    await check(page, 'register-04-imported');

    await page.getByRole('link', { name: 'Eiere og enheter' }).click();
    await page.getByLabel('Søk i navn').fill('(e2e)');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect.poll(() => page.getByTestId('owners-table').locator('tbody tr').count()).toBe(2);
    await page.getByRole('link', { name: 'Importkommunen (e2e)' }).click();
    await page.getByTestId('units-table').waitFor();
    expect(await page.getByTestId('units-table').locator('tbody tr').count()).toBe(2);
    // The owner's history tells it came by import, from which file.
    await expect
      .poll(() => page.getByTestId('owner-history').textContent())
      .toMatch(/Importert \(.*\)\s+– Import av eiere\.csv/);
    await check(page, 'register-05-owner');
  });

  it('works at 390 px: the lists, a form with its problems, the import', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Til alle eiere' }).click();
    await page.getByTestId('owners-table').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await check(page, 'register-06-owners-390');
    await page.getByRole('button', { name: 'Ny eier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny eier' });
    await dialog.waitFor();
    await dialog.getByLabel('Organisasjonsnummer').fill('123');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.getByText('«123» er ikke et gyldig organisasjonsnummer').waitFor();
    await dialog.getByText('Fyll inn navnet.').waitFor();
    expect(await dialog.getByLabel('Organisasjonsnummer').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await check(page, 'register-07-owner-form-390', 'dialog');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await page
      .getByRole('navigation', { name: 'Deler av registeret' })
      .getByRole('link', { name: 'Import' })
      .click();
    await page.getByTestId('import-file').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await check(page, 'register-08-import-390');
  });
});
