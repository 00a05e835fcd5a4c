import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  openBrowser,
  outputDir,
  screenshot,
  type Browser,
} from './support/browser.js';

/** axe (WCAG 2.1 A/AA) on the page, then a screenshot for a person to look at. */
async function check(page: Page, name: string, include?: string) {
  expect(await axeViolations(page, include), `axe on ${name}`).toEqual([]);
  await screenshot(page, name, include === undefined);
}

const activeText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Kroner as the admin shows them (`1 234 567 kr`, no-break spaces) as a number. */
function kroner(text: string | null | undefined): number {
  const digits = (text ?? '').replace(/[^\d−-]/g, '').replace('−', '-');
  expect(digits, `kroner in «${text}»`).toMatch(/^-?\d+$/);
  return Number(digits);
}

async function loadWorkbook(download: Download): Promise<ExcelJS.Workbook> {
  const file = path.join(outputDir, download.suggestedFilename());
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(file);
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

/** The sector sheets' granted totals (their last row, column 8), added up. */
function sectorSums(workbook: ExcelJS.Workbook): number {
  let sum = 0;
  for (const name of ['Barnehage', 'Skole', 'Laget rundt barnet']) {
    const sheet = workbook.getWorksheet(name)!;
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('Sum');
    const value = last.getCell(8).value;
    sum += typeof value === 'number' ? value : Number((value as { result?: number })?.result);
  }
  return sum;
}

function overviewAmount(workbook: ExcelJS.Workbook, label: string): number {
  let amount = Number.NaN;
  workbook.getWorksheet('Oversikt')!.eachRow((row) => {
    if (row.getCell(1).value !== label) return;
    const value = row.getCell(2).value;
    amount = typeof value === 'number' ? value : Number((value as { result?: number })?.result);
  });
  return amount;
}

/**
 * The adviser's round from sign-in to the forum's workbook, in one browser, against the real API
 * on PostgreSQL with the demo data (2027's round is open with its needs statements).
 */
describe('the Statsforvalteren admin, end to end', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser(inject('baseUrl'));
    page = browser.page;
  });

  afterAll(async () => {
    if (browser?.errors.length) console.warn(`Browser errors:\n${browser.errors.join('\n')}`);
    await browser?.close();
  });

  /** Signs out and in again as another role of Troms. */
  async function signInAs(role: string) {
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(/\/logg-inn/);
    await page.getByLabel(role, { exact: true }).check();
    const troms = page.locator('#county option', { hasText: 'Troms' });
    await page.locator('#county').selectOption((await troms.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByTestId('viewer').waitFor();
  }

  it('sends a visitor without a session to sign-in, which is accessible', async () => {
    await page.goto('/runde');
    await page.waitForURL(/\/logg-inn\?redirect=/);
    await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
    await page.getByLabel('Statsforvalter', { exact: true }).waitFor();
    await check(page, '01-sign-in');
  });

  it('signs in with the keyboard only, starting from the skip link', async () => {
    await page.keyboard.press('Tab');
    expect(await activeText(page)).toBe('Hopp til hovedinnholdet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Into the form: the role radios, the county, the button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'ADMIN',
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('county');
    // Type-ahead picks the county in a closed select.
    await page.keyboard.type('Statsforvalteren i Troms');
    expect(await page.locator('#county option:checked').textContent()).toContain('Troms');
    await page.keyboard.press('Tab');
    expect(await activeText(page)).toBe('Logg inn');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/runde$/);
    await page.getByTestId('viewer').waitFor();
    expect(await page.getByTestId('viewer').textContent()).toContain('Troms');
  });

  it('shows the round overview: frame, free funds, calendar and statements by sector, theme and status', async () => {
    await page.getByRole('heading', { level: 1, name: /Tildelingsrunde 2027/ }).waitFor();
    expect(await page.getByTestId('frame').textContent()).toMatch(
      /^\d{1,3}(\u00a0\d{3})*\u00a0kr$/u,
    );
    // The API's figures: free funds (frame less commitments), statements per theme and status,
    // and how many the plan's rules find problems with.
    expect((await page.getByTestId('free').textContent())?.trim()).toMatch(
      /^−?\d{1,3}(\u00a0\d{3})*\u00a0kr$/u,
    );
    expect(await page.getByTestId('by-theme').locator('tbody tr').count()).toBeGreaterThan(3);
    const statuses = page.getByTestId('by-status').locator('tbody tr');
    expect(await statuses.count()).toBeGreaterThan(0);
    expect(await statuses.first().textContent()).toContain('Sendt inn');
    expect(await page.getByTestId('with-problems').textContent()).toMatch(
      /(Ingen|\d+) innsendte? behovsmelding(er)? har problemer/,
    );
    await page.getByRole('table').first().waitFor();
    await check(page, '02-round-overview');
  });

  it('closes the round for statements through an accessible confirmation', async () => {
    await page.getByTestId('round-transition').click();
    const dialog = page.getByRole('dialog', { name: 'Steng runden' });
    await dialog.waitFor();
    await check(page, '03-close-round-dialog', '[data-testid="confirm-dialog"]');
    await dialog.getByRole('button', { name: 'Steng runden' }).click();
    await page.getByTestId('round-status').filter({ hasText: 'Stengt' }).waitFor();
  });

  it('lists, sorts, filters and pages the needs statements, and shows one in full', async () => {
    // Keyboard: the navigation link, then focus lands on the new page's heading.
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Behovsmeldinger' })
      .focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/behovsmeldinger$/);
    await page.getByTestId('statements-table').waitFor();
    await expect.poll(() => activeText(page)).toBe('Behovsmeldinger');
    await page.getByRole('columnheader', { name: 'Problemer' }).waitFor();
    expect(await page.getByTestId('statement-count').textContent()).toMatch(/Viser 1–25 av 70/);

    const requested = page.getByRole('columnheader', { name: /Søkt i år/ });
    await requested.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => requested.getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: 'Neste' }).click();
    await expect
      .poll(() => page.getByTestId('statement-count').textContent())
      .toMatch(/Viser 26–50/);
    await page.getByLabel('Sektor').selectOption('SCHOOL');
    await expect
      .poll(() => page.getByTestId('statement-count').textContent())
      .toMatch(/Viser 1–\d+ av 23/);
    await check(page, '04-needs-statements');

    // The problems filter is the API's: with and without problems add up to the whole round.
    await page.getByLabel('Sektor').selectOption('');
    await expect.poll(() => page.getByTestId('statement-count').textContent()).toMatch(/av 70$/);
    const totalOf = async () =>
      Number((await page.getByTestId('statement-count').textContent())?.match(/av (\d+)/)?.[1]);
    const problems = page.getByLabel('Problemer', { exact: true });
    await problems.selectOption('yes');
    await expect.poll(() => page.getByTestId('statement-count').textContent()).not.toMatch(/av 70/);
    const withProblems = await totalOf();
    await problems.selectOption('no');
    await expect
      .poll(() => page.getByTestId('statement-count').textContent())
      .toMatch(new RegExp(`av ${70 - withProblems}$`));
    await problems.selectOption('');
    await expect.poll(() => page.getByTestId('statement-count').textContent()).toMatch(/av 70/);

    await page.getByTestId('statements-table').getByRole('link').first().click();
    await page.waitForURL(/\/behovsmeldinger\/[0-9a-f-]+$/);
    await page.getByRole('heading', { level: 2, name: 'Budsjett per år' }).waitFor();
    // The plan's rules, checked by the API: none, or each with its code and message.
    await page.getByTestId('no-problems').or(page.getByTestId('problems')).waitFor();
    // The history comes from the audit log (demo statements may have none yet).
    await page.getByTestId('history').or(page.getByText('Ingen historikk.')).waitFor();

    // The office's assessment of Sámi perspectives: a reason too short is refused beside its
    // field, then the assessment is recorded and shows with who made it, and in the history.
    const sami = page.getByTestId('sami-assessment-form');
    await sami.getByLabel('Ivaretar samiske perspektiver godt').check();
    await sami.getByLabel('Begrunnelse').fill('kort');
    await sami.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await page.locator('#sami-reason-error').getByText('minst 5 tegn').waitFor();
    expect(await page.locator('#sami-reason').getAttribute('aria-invalid')).toBe('true');
    await check(page, '05-needs-statement-sami-refused', '[data-testid="sami-assessment"]');
    await sami.getByLabel('Begrunnelse').fill('Samisk fagmiljø er partner i tiltakene.');
    await sami.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await expect
      .poll(() => page.getByTestId('sami-assessment-current').textContent())
      .toMatch(/Ivaretar samiske perspektiver godt\. Vurdert av .*Samisk fagmiljø er partner/);
    await page.getByTestId('history').getByText('Samiske perspektiver vurdert').waitFor();
    await check(page, '05-needs-statement');
  });

  it('runs two scenarios with different methods, showing progress and the gauges', async () => {
    await page.getByRole('link', { name: 'Scenarioer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fordelingsscenarioer' }).waitFor();
    await page.getByText('Ingen scenarioer er kjørt ennå.').waitFor();
    await check(page, '06-scenarios-empty');

    // Keyboard: type the name and submit the form with Enter.
    await page.getByLabel('Navn på scenarioet').focus();
    await page.keyboard.type('Rangert, forholdsmessig');
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { name: 'Scenario: Rangert, forholdsmessig' })
      .waitFor({ timeout: 60_000 });

    await page.getByLabel('Navn på scenarioet').fill('Optimal, like avkortinger');
    await page.getByLabel('Optimal (matematisk optimering)').check();
    await page.getByLabel('Like avkortinger (minst null)').check();
    // No tolerance on the sector shares: any funds moved between sectors by hand break a band.
    await page.getByLabel('Toleranse for sektorandeler (prosentpoeng)').fill('0');
    await page.getByTestId('run-scenario').click();
    // A long run shows its progress in a live region and can't be started twice while it works.
    await page.getByTestId('run-progress').waitFor();
    expect(await page.getByTestId('run-scenario').isDisabled()).toBe(true);
    expect(await page.locator('#run-status').getAttribute('aria-live')).toBe('polite');
    expect(await page.getByTestId('run-progress').textContent()).toMatch(
      /Optimal, like avkortinger/,
    );
    await page
      .getByRole('heading', { name: 'Scenario: Optimal, like avkortinger' })
      .waitFor({ timeout: 90_000 });

    expect(await page.getByTestId('scenario-list').getByRole('row').count()).toBe(3);
    expect(await page.getByTestId('gauge').count()).toBeGreaterThanOrEqual(6);
    // The gauges are the API's: 2- and 3-year locks, the coordinator cap, funding rates, with
    // their verdict in words.
    for (const kind of ['SECTOR_BAND', 'LOCK_CAP', 'COORDINATOR_CAP', 'FUNDING_RATE']) {
      expect(
        await page.locator(`[data-testid="gauge"][data-kind="${kind}"]`).count(),
      ).toBeGreaterThan(0);
    }
    expect(await page.getByTestId('gauge').first().locator('.ds-tag').textContent()).toMatch(
      /Innenfor|Brutt/,
    );
    await page.getByTestId('run-outcome').filter({ hasText: 'ferdig beregnet' }).waitFor();
    expect(await page.getByTestId('run-scenario').isDisabled()).toBe(false);
    // The method as it ran, and the totals as the API sums them.
    expect(await page.getByTestId('method-info').textContent()).toMatch(
      /løseren|Rangert fordeling/i,
    );
    expect(await page.getByTestId('totals-bySector').locator('tbody tr').count()).toBe(3);
    expect(
      await page.getByTestId('totals-bySector').locator('tbody tr td').last().textContent(),
    ).toMatch(/\u00a0kr$/u);
    expect(await page.getByTestId('lines-table').locator('tbody tr').count()).toBe(70);
    await page.locator('#chart-sectors-caption').waitFor();
    await page.locator('.chart-canvas svg').first().waitFor();
    await check(page, '07-scenario');
  });

  it('adjusts a line by hand: reason required, what it breaks shown, the band overridden with a reason', async () => {
    const firstAdjust = page
      .getByTestId('lines-table')
      .getByRole('button', { name: /^Juster/ })
      .first();
    await firstAdjust.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Juster tildelingen' });
    await dialog.waitFor();
    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await activeText(page)).toBe('Juster');

    const leftoverBefore = kroner(await page.getByTestId('leftover').textContent());
    await firstAdjust.click();
    await dialog.waitFor();
    const amount = dialog.getByLabel('Ny tildeling i år (kroner)');
    const granted = Number(await amount.inputValue());
    expect(granted).toBeGreaterThan(10_000);
    await dialog.getByLabel('Begrunnelse for justeringen').fill('');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.locator('#adjust-reason-error').waitFor();
    expect(
      await dialog.getByLabel('Begrunnelse for justeringen').getAttribute('aria-describedby'),
    ).toBe('adjust-reason-error');
    await check(page, '08-adjust-dialog', '[data-testid="adjust-dialog"]');
    // The API's own check (more than requested) comes back beside the amount.
    await amount.fill('999999999');
    await dialog.getByLabel('Begrunnelse for justeringen').fill('Kjent behov i kommunen (e2e).');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.locator('#adjust-amount-error').filter({ hasText: 'søkte beløpet' }).waitFor();
    expect(await amount.getAttribute('aria-invalid')).toBe('true');

    // Less to this line: its sector falls below its band (no tolerance). The API says so before
    // saving, and the change needs an override with a reason.
    await amount.fill(String(granted - 10_000));
    await dialog.getByTestId('adjust-breaks').filter({ hasText: 'under nedre grense' }).waitFor();
    await dialog
      .getByTestId('adjust-preview')
      .filter({ hasText: 'Ikke fordelt etter endringen' })
      .waitFor();
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog
      .locator('#adjust-override-error')
      .filter({ hasText: 'Kryss av for å overstyre grensene' })
      .waitFor();
    await dialog.getByLabel('Overstyr disse grensene').check();
    await dialog
      .getByLabel('Begrunnelse for overstyringen')
      .fill('Forumet vil styrke en annen sektor (e2e).');
    await check(page, '08b-adjust-override', '[data-testid="adjust-dialog"]');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('lines-table').getByText('justert').first().waitFor();
    await page.getByTestId('line-overridden').first().waitFor();
    // Free funds, gauges and the list of broken limits are the adjusted ones, at once.
    await expect
      .poll(async () => kroner(await page.getByTestId('leftover').textContent()))
      .toBe(leftoverBefore + 10_000);
    const overridden = page.locator('[data-testid="gauge"][data-overridden="true"]');
    await overridden.first().waitFor();
    expect(await overridden.first().textContent()).toContain(
      'Overstyrt av Statsforvalteren: Forumet vil styrke en annen sektor (e2e).',
    );
    expect(await page.getByTestId('breaches').textContent()).toContain(
      'Overstyrt: Forumet vil styrke en annen sektor (e2e).',
    );
    await check(page, '08c-scenario-adjusted');
  });

  it('never takes the year past its frame: the API says so beside the amount', async () => {
    await page.locator('#line-status').selectOption('NOT_FUNDED');
    const adjust = page.getByTestId('lines-table').getByRole('button', { name: /^Juster/ });
    expect(await adjust.count()).toBeGreaterThan(0);
    await adjust.first().click();
    const dialog = page.getByRole('dialog', { name: 'Juster tildelingen' });
    await dialog.waitFor();
    const preview = dialog.getByTestId('adjust-preview').filter({ hasText: 'kan få høyst' });
    await preview.waitFor();
    const max = kroner((await preview.textContent())?.match(/høyst ([\d\u00a0 ]+)\u00a0kr/u)?.[1]);
    await dialog.getByLabel('Ny tildeling i år (kroner)').fill(String(max + 1));
    const refused = dialog
      .locator('#adjust-amount-error')
      .filter({ hasText: 'Ingen tildeling kan gå forbi rammen' });
    await refused.waitFor();
    await dialog.getByLabel('Begrunnelse for justeringen').fill('Større behov (e2e).');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    // Refused by the API too: the dialog stays open with the reason beside the amount.
    await page.waitForTimeout(300);
    await refused.waitFor();
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('#line-status').selectOption('');
  });

  it('exports the adjusted scenario: the sector sheets add up to the overview', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    const workbook = await loadWorkbook(download);
    expect(sectorSums(workbook)).toBe(overviewAmount(workbook, 'Tildelt nye i år'));
    const constraints = workbook.getWorksheet('Begrensninger')!;
    const rows: string[] = [];
    constraints.eachRow((row) => rows.push(`${row.getCell(7).value} ${row.getCell(8).value}`));
    expect(rows.some((r) => r.startsWith('Brutt, overstyrt') && r.includes('Overstyrt'))).toBe(
      true,
    );
  });

  it('compares the two scenarios side by side', async () => {
    await page.getByRole('link', { name: 'Sammenlign' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sammenlign scenarioer' }).waitFor();
    await page.getByTestId('compare-sectors').waitFor();
    await page.getByTestId('compare-municipalities').waitFor();
    await page.getByTestId('compare-owners').waitFor();
    const differing = page.getByTestId('compare-differing');
    await differing.waitFor();
    expect(await differing.locator('tbody tr').count()).toBeGreaterThan(0);
    // Totals per sector from the API: one row per sector, an amount per scenario.
    const sectorRows = page.getByTestId('compare-sectors').locator('tbody tr');
    expect(await sectorRows.count()).toBe(3);
    expect(await sectorRows.first().locator('td.num').count()).toBe(5);
    expect(await sectorRows.first().locator('td.num').nth(2).textContent()).toMatch(/\u00a0kr/u);
    expect(await page.getByTestId('compare-owners').locator('tbody tr').count()).toBeGreaterThan(0);
    // The adjusted line differs, with the reason given for it.
    expect(await differing.textContent()).toContain('Kjent behov i kommunen (e2e).');
    await check(page, '09-compare');
  });

  it('puts a scenario to the forum, records the outcome and decides', async () => {
    await page.getByRole('link', { name: 'Forslag og vedtak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forslag og vedtak' }).waitFor();
    const option = page.locator('#put-scenario option', { hasText: 'Optimal, like avkortinger' });
    await page.locator('#put-scenario').selectOption((await option.getAttribute('value'))!);
    await page.getByLabel('Notat til forumet').fill('Forslag til drøfting i mars.');
    await check(page, '10-proposal-put');
    await page.getByTestId('put-to-forum').click();
    await page.getByTestId('current-proposal').getByText('Hos samarbeidsforumet').waitFor();

    await page.getByLabel('Avstemning').check();
    await page.getByLabel('Stemmer for').fill('12');
    await page.getByLabel('Stemmer mot').fill('2');
    await page.getByLabel('Avsto').fill('1');
    await page.getByLabel('Protokoll').fill('Forumet sluttet seg til forslaget.');
    await check(page, '11-proposal-record');
    await page.getByTestId('record-outcome').click();
    await page.getByTestId('forum-outcome').waitFor();

    await page.getByTestId('decide').click();
    const confirm = page.getByRole('dialog', { name: 'Fatte vedtak for runden?' });
    await confirm.waitFor();
    await check(page, '12-decide-dialog', '[data-testid="confirm-dialog"]');
    await confirm.getByRole('button', { name: 'Fatt vedtak' }).click();
    await page
      .getByTestId('decisions')
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        throw new Error(`No decisions: ${await page.locator('#main').innerText()}`, {
          cause: error,
        });
      });
    await page.getByTestId('round-status').filter({ hasText: 'Vedtatt' }).waitFor();
    expect(await page.getByTestId('decisions').locator('tbody tr').count()).toBe(70);
    await check(page, '13-decisions');
  });

  it('exports the proposal as a workbook with a sheet per sector and the constraints', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-proposal').click(),
    ]);
    expect(download.suggestedFilename()).toBe('forslag-2027-optimal-like-avkortinger.xlsx');
    const workbook = await loadWorkbook(download);
    // The sector sheets agree with the overview, adjustments included.
    expect(sectorSums(workbook)).toBe(overviewAmount(workbook, 'Tildelt nye i år'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Oversikt',
      'Barnehage',
      'Skole',
      'Laget rundt barnet',
      'Begrensninger',
    ]);
    let lines = 0;
    for (const name of ['Barnehage', 'Skole', 'Laget rundt barnet']) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.getRow(1).getCell(8).value).toBe('Tildelt i år');
      sheet.eachRow((row, index) => {
        if (index === 1) return;
        // Amounts are numbers (the sum a formula), formatted as kroner, not text.
        expect(row.getCell(8).numFmt).toBe('#,##0 "kr"');
        if (row.getCell(1).value === 'Sum') {
          expect(row.getCell(8).formula).toMatch(/^SUM\(/);
          return;
        }
        expect(typeof row.getCell(8).value).toBe('number');
        expect(typeof row.getCell(7).value).toBe('number');
        lines += 1;
      });
    }
    expect(lines).toBe(70);
    const constraints = workbook.getWorksheet('Begrensninger')!;
    expect(constraints.rowCount).toBeGreaterThan(5);
    expect(typeof constraints.getRow(2).getCell(3).value).toBe('number');
    // One row per gauge of the API, grouped, citing the plan's clauses by their titles.
    const column = (n: number) =>
      (constraints.getColumn(n).values as unknown[]).slice(2).map((v) => String(v ?? ''));
    expect(new Set(column(1))).toEqual(
      new Set([
        'Sektorandel',
        'Flerårig binding',
        'Senere år',
        'Koordinator',
        'Likebehandling',
        'Kompetansemiljøenes andel',
        'Ettårige tildelinger',
      ]),
    );
    const verdicts = ['Innenfor', 'Brutt', 'Brutt, overstyrt', 'Advarsel', 'Til informasjon'];
    expect(column(7).every((v) => verdicts.includes(v))).toBe(true);
    const cited = column(8).filter((v) => v.includes('Kilde i planen:'));
    expect(cited.length).toBeGreaterThan(0);
    for (const note of cited) expect(note).not.toMatch(/Kilde i planen: troms\./);
  });
  it('shows the forum the proposal with its overridden band, and the reasons', async () => {
    await signInAs('Samarbeidsforum');
    await page.getByRole('link', { name: 'Forslag og vedtak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forslag og vedtak' }).waitFor();
    const current = page.getByTestId('current-proposal');
    await current.getByTestId('breaches').waitFor();
    expect(await current.getByTestId('breaches').textContent()).toContain(
      'Overstyrt: Forumet vil styrke en annen sektor (e2e).',
    );
    await current.locator('[data-testid="gauge"][data-overridden="true"]').first().waitFor();
    await check(page, '13b-forum-proposal');
    await signInAs('Statsforvalteren (rådgiver)');
  });

  it('creates next year’s round as a draft, with the API’s refusal beside the year', async () => {
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Oversikt' })
      .click();
    await page.waitForURL(/\/runde$/);
    await page.getByTestId('create-round').click();
    const dialog = page.getByRole('dialog', { name: 'Ny tildelingsrunde' });
    await dialog.waitFor();
    // A year that has its round already: refused by the API, said beside the year.
    await dialog.getByLabel('Tilskuddsår').fill('2027');
    await dialog.getByLabel('Ramme for året (kroner)').fill('12 500 000');
    await dialog.getByRole('button', { name: 'Opprett runden' }).click();
    await dialog.getByText('Det finnes allerede en tildelingsrunde for 2027.').waitFor();
    expect(await dialog.getByLabel('Tilskuddsår').getAttribute('aria-invalid')).toBe('true');
    await check(page, '14-create-round-dialog', '[data-testid="create-round-dialog"]');

    await dialog.getByLabel('Tilskuddsår').fill('2028');
    await dialog.getByRole('button', { name: 'Opprett runden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tildelingsrunde 2028' }).waitFor();
    await page.getByTestId('round-status').filter({ hasText: 'Utkast' }).waitFor();
    expect(await page.getByTestId('frame').textContent()).toBe('12\u00a0500\u00a0000\u00a0kr');
    expect(await page.getByTestId('round-transition').textContent()).toContain('Åpne runden');
    await check(page, '15-new-round');

    // Udir's allocation letter came: a new frame, until the round is decided.
    await page.getByTestId('set-frame').click();
    const frameDialog = page.getByRole('dialog', { name: 'Endre rammen for året' });
    await frameDialog.waitFor();
    const frame = frameDialog.getByLabel('Ramme for året (kroner)');
    await frame.fill('null kroner');
    await frameDialog.getByRole('button', { name: 'Lagre' }).click();
    expect(await frame.getAttribute('aria-invalid')).toBe('true');
    await check(page, '16-set-frame-dialog', '[data-testid="set-frame-dialog"]');
    await frame.fill('13 000 000');
    await frameDialog.getByRole('button', { name: 'Lagre' }).click();
    await expect
      .poll(() => page.getByTestId('frame').textContent())
      .toBe('13\u00a0000\u00a0000\u00a0kr');
    expect(await frameDialog.isVisible()).toBe(false);
  });
  it('works by keyboard alone: skip link, Tab to a control, a dialog form and back', async () => {
    await page.goto('/runde');
    await page.getByRole('heading', { level: 1, name: 'Tildelingsrunde 2028' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await activeText(page)).toBe('Hopp til hovedinnholdet');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#main$/);
    // Tab through the page to the frame button, in the order a keyboard user meets things.
    const focusedTestId = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    for (let i = 0; i < 40 && (await focusedTestId()) !== 'set-frame'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedTestId()).toBe('set-frame');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Endre rammen for året' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('set-frame-amount');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('13 500 000');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.getByTestId('frame').textContent())
      .toBe('13\u00a0500\u00a0000\u00a0kr');
    expect(await focusedTestId()).toBe('set-frame');
  });
});
