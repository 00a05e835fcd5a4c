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

interface Figures {
  statements: number;
  requested: number;
  granted: number;
}

/** Udir's own query, as a machine client would ask it (a NATIONAL dev token). */
async function nationalByCounty(baseUrl: string): Promise<{
  groups: { county: { name: string }; figures: Figures }[];
  totals: Figures;
}> {
  const post = async (query: string, token?: string) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return ((await response.json()) as { data: Record<string, unknown> }).data;
  };
  const signed = await post('mutation { devSignIn(role: NATIONAL) { token } }');
  const token = (signed['devSignIn'] as { token: string }).token;
  const data = await post(
    '{ nationalStatistics(groupBy: [COUNTY]) { groups { county { name } figures { statements requested granted } } totals { statements requested granted } } }',
    token,
  );
  return data['nationalStatistics'] as Awaited<ReturnType<typeof nationalByCounty>>;
}

describe('Udir reads the national statistics and downloads the CSV', () => {
  let browser: Browser;
  let page: Page;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await openBrowser(baseUrl);
    page = browser.page;
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    if (browser?.errors.length) console.warn(`Browser errors:\n${browser.errors.join('\n')}`);
    await browser?.close();
  });

  it('signs in as Udir and lands on its own screen, with its own menu', async () => {
    await page.goto('/logg-inn');
    await page.getByLabel('Utdanningsdirektoratet (nasjonalt)', { exact: true }).check();
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(/\/nasjonalt$/);
    await page.getByRole('heading', { level: 1, name: 'Nasjonal statistikk' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect((await menu.getByRole('link').allTextContents()).map((s) => s.trim())).toEqual([
      'Nasjonal statistikk',
    ]);
    await page.getByTestId('national-table').waitFor();
    expect(await page.locator('#main').textContent()).not.toContain('Rollen din har ikke tilgang');
    await check(page, 'national-01-by-county');
  });

  it('shows the same figures as the nationalStatistics query', async () => {
    const api = await nationalByCounty(baseUrl);
    const rows = page.getByTestId('national-table').locator('tbody tr');
    expect(await rows.count()).toBe(api.groups.length);
    const nb = (n: number) => new Intl.NumberFormat('nb-NO').format(n);
    for (const [index, group] of api.groups.entries()) {
      const cells = (await rows.nth(index).locator('th, td').allTextContents()).map((c) =>
        c.trim(),
      );
      expect(cells[0]).toBe(group.county.name);
      expect(cells[1]).toBe(nb(group.figures.statements));
      expect(cells[2]).toBe(`${nb(group.figures.requested)}\u00a0kr`);
      expect(cells[5]).toBe(`${nb(group.figures.granted)}\u00a0kr`);
    }
    const totals = (
      await page.getByTestId('national-totals').locator('th, td').allTextContents()
    ).map((c) => c.trim());
    expect(totals[1]).toBe(nb(api.totals.statements));
    expect(totals[5]).toBe(`${nb(api.totals.granted)}\u00a0kr`);
  });

  it('downloads the figures as CSV, the same numbers as the table', async () => {
    const api = await nationalByCounty(baseUrl);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('national-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('nasjonal-statistikk-fylke-alle-år.csv');
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]!.split(';').slice(0, 3)).toEqual(['Fylke', 'Behovsmeldinger', 'Søkt for året']);
    expect(lines).toHaveLength(api.groups.length + 2);
    for (const [index, group] of api.groups.entries()) {
      const cells = lines[index + 1]!.split(';');
      expect(cells.slice(0, 3)).toEqual([
        group.county.name,
        String(group.figures.statements),
        String(group.figures.requested),
      ]);
      expect(cells[5]).toBe(String(group.figures.granted));
    }
    expect(lines.at(-1)!.split(';').slice(0, 2)).toEqual(['Totalt', String(api.totals.statements)]);
  });

  it('groups by sector, year and ownership, with a chart and its numbers', async () => {
    for (const [label, rowsAtLeast] of [
      ['Sektor', 3],
      ['År', 2],
      ['Eierform', 2],
    ] as const) {
      await page.getByRole('radio', { name: label, exact: true }).check();
      await expect
        .poll(async () =>
          (
            await page.getByTestId('national-table').locator('thead th').first().textContent()
          )?.trim(),
        )
        .toBe(label);
      expect(
        await page.getByTestId('national-table').locator('tbody tr').count(),
      ).toBeGreaterThanOrEqual(rowsAtLeast);
    }
    await page.locator('#national-chart-caption').waitFor();
    await check(page, 'national-02-by-ownership');
  });

  it('works at 390 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('national-table').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await check(page, 'national-03-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
