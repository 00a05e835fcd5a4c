import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, screenshot, type Browser } from './support/browser.js';

/** axe (WCAG 2.1 A/AA) on the page or a part of it, then a screenshot for a person to look at. */
async function check(page: Page, name: string, include?: string) {
  expect(await axeViolations(page, include), `axe on ${name}`).toEqual([]);
  await screenshot(page, name, include === undefined);
}

const activeText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

interface Counts {
  expected: number;
  reported: number;
  awaitingReview: number;
  accepted: number;
  returned: number;
  missing: number;
  late: number;
  withProblems: number;
}

interface FollowUp {
  asOf: string;
  counts: Counts;
  rows: { state: string; late: boolean; report: { id: string; status: string } | null }[];
}

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

  async roundId(year: number): Promise<string> {
    const data = await this.request<{
      rounds: { edges: { node: { id: string; year: number } }[] };
    }>('{ rounds(first: 50) { edges { node { id year } } } }');
    const round = data.rounds.edges.find((e) => e.node.year === year);
    if (!round) throw new Error(`No round ${year}`);
    return round.node.id;
  }

  async followUp(roundId: string): Promise<FollowUp> {
    const data = await this.request<{ reportFollowUp: FollowUp }>(
      `query ($roundId: ID) { reportFollowUp(roundId: $roundId) {
        asOf
        counts { expected reported awaitingReview accepted returned missing late withProblems }
        rows { state late report { id status } }
      } }`,
      { roundId },
    );
    return data.reportFollowUp;
  }

  async reminders(roundId: string): Promise<number> {
    const data = await this.request<{ reportReminders: unknown[] }>(
      'query ($roundId: ID) { reportReminders(roundId: $roundId) { year } }',
      { roundId },
    );
    return data.reportReminders.length;
  }

  async shareYears(): Promise<number[]> {
    const data = await this.request<{ institutionShareByYear: { year: number }[] }>(
      '{ institutionShareByYear { year } }',
    );
    return data.institutionShareByYear.map((y) => y.year);
  }

  async report(id: string): Promise<{ status: string; reviewComment: string | null }> {
    const data = await this.request<{
      annualReport: { status: string; reviewComment: string | null };
    }>('query ($id: ID!) { annualReport(id: $id) { status reviewComment } }', { id });
    return data.annualReport;
  }
}

const COUNT_KEYS: (keyof Counts)[] = [
  'expected',
  'reported',
  'awaitingReview',
  'accepted',
  'returned',
  'missing',
  'late',
  'withProblems',
];

/** The counts the follow-up page shows, as numbers. */
async function shownCounts(page: Page): Promise<Counts> {
  const counts = {} as Counts;
  for (const key of COUNT_KEYS) {
    const text = await page.getByTestId(`count-${key}`).locator('dd').textContent();
    counts[key] = Number((text ?? '').replace(/\D/g, ''));
  }
  return counts;
}

const bodyRows = (page: Page) => page.getByTestId('follow-up-table').locator('tbody tr');

/**
 * The adviser's follow-up of annual reports for an earlier Troms round, against the real API on
 * PostgreSQL with the demo data (2024–2026 are in reporting with reports). Stands on its own: it
 * signs in itself and touches only reports, never the open round the main flow works on.
 */
describe('report follow-up, end to end', () => {
  let browser: Browser;
  let page: Page;
  const api = new Api(inject('baseUrl'));
  let roundId = '';
  let before: FollowUp;
  let returnedId = '';
  let acceptedId = '';

  beforeAll(async () => {
    await api.signIn();
    roundId = await api.roundId(2025);
    before = await api.followUp(roundId);
    browser = await openBrowser(inject('baseUrl'));
    page = browser.page;
  });

  afterAll(async () => {
    if (browser?.errors.length) console.warn(`Browser errors:\n${browser.errors.join('\n')}`);
    await browser?.close();
  });

  it('signs in as the Troms adviser and comes back to the follow-up from the menu', async () => {
    await page.goto('/rapporter');
    await page.waitForURL(/\/logg-inn\?redirect=/);
    await page.getByLabel('Statsforvalteren (rådgiver)').check();
    const troms = page.locator('#county option', { hasText: 'Troms' });
    await page
      .getByLabel('Statsforvalter', { exact: true })
      .selectOption((await troms.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(/\/rapporter$/);
    await page.getByRole('heading', { level: 1, name: 'Oppfølging av rapporter' }).waitFor();
    const link = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', {
      name: 'Rapporter',
    });
    expect(await link.getAttribute('aria-current')).toBe('page');
  });

  it('shows the 2025 round with the counts and statuses the API gives', async () => {
    expect(before.counts.expected).toBeGreaterThan(0);
    expect(before.counts.awaitingReview).toBeGreaterThanOrEqual(2);
    const option = page.locator('#scope-round-id option', { hasText: /^\s*2025/ });
    await page
      .getByLabel('Runde', { exact: true })
      .selectOption((await option.getAttribute('value'))!);
    await page.waitForURL(new RegExp(`runde=${roundId}`));
    await expect.poll(() => shownCounts(page)).toEqual(before.counts);
    await expect.poll(() => bodyRows(page).count()).toBe(before.rows.length);
    expect(before.rows.length).toBe(before.counts.expected);

    // Each status filter shows exactly the API's count, with the right status on every row.
    const filter = page.getByLabel('Vis', { exact: true });
    await filter.selectOption('missing');
    await expect.poll(() => bodyRows(page).count()).toBe(before.counts.missing);
    if (before.counts.missing > 0) {
      const states = await page.getByTestId('row-state').allTextContents();
      expect(new Set(states.map((s) => s.trim()))).toEqual(new Set(['Mangler']));
    }
    await filter.selectOption('accepted');
    await expect.poll(() => bodyRows(page).count()).toBe(before.counts.accepted);
    await filter.selectOption('late');
    await expect
      .poll(() => page.getByTestId('follow-up-shown').textContent())
      .toContain(`Viser ${before.counts.late} av ${before.counts.expected}`);
    await filter.selectOption('awaitingReview');
    await expect.poll(() => bodyRows(page).count()).toBe(before.counts.awaitingReview);
    expect(
      new Set((await page.getByTestId('row-state').allTextContents()).map((s) => s.trim())),
    ).toEqual(new Set(['Venter på behandling']));

    // Sorting by a column, with the keyboard.
    const granted = page
      .getByTestId('follow-up-table')
      .getByRole('columnheader', { name: 'Tildelt', exact: true });
    await granted.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => granted.getAttribute('aria-sort')).toBe('ascending');

    // The reminders and the institutions' share agree with the API too.
    expect(await page.getByTestId('reminders-table').locator('tbody tr').count()).toBe(
      await api.reminders(roundId),
    );
    const years = await api.shareYears();
    expect(years.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('share-table').locator('tbody th').allTextContents())
      .toEqual(years.map(String));
    await page.locator('#chart-institution-share-caption').waitFor();
    await page.locator('.chart-canvas canvas').first().waitFor();
    await check(page, 'reporting-01-follow-up');
  });

  it('opens a report awaiting review: measures, goals and accounts against the grant', async () => {
    await bodyRows(page).first().getByRole('link').click();
    await page.waitForURL(/\/rapporter\/[0-9a-f-]+$/);
    returnedId = page.url().split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: /^Årsrapport \d{4}:/ }).waitFor();
    await expect.poll(() => activeText(page)).toMatch(/^Årsrapport/);
    expect(await page.getByTestId('report-status').textContent()).toContain('Venter på behandling');
    expect(await page.getByTestId('measures-table').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('goals-table').locator('tbody tr').count()).toBeGreaterThan(0);
    const parties = page.getByTestId('parties-table').locator('tbody tr');
    expect(await parties.count()).toBe(2);
    expect(await parties.first().locator('td').first().textContent()).toMatch(/\d\u00a0kr$/u);
    expect(await page.getByTestId('lines-table').count()).toBe(2);
    await check(page, 'reporting-02-report');
  });

  it('returns the report with a comment; the API requires it, beside the field', async () => {
    const open = page.getByTestId('return-report');
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Send rapporten tilbake' });
    await dialog.waitFor();
    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await activeText(page)).toBe('Send tilbake');

    await open.click();
    await dialog.waitFor();
    const comment = dialog.getByLabel('Kommentar til partnerskapet');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('return-comment');
    // Nothing is refused here: the API says the comment is missing, and it shows by the field.
    await dialog.getByTestId('return-submit').click();
    await dialog.locator('#return-comment-error').filter({ hasText: 'partnerskapet' }).waitFor();
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    expect(await comment.getAttribute('aria-describedby')).toBe('return-comment-error');
    await check(page, 'reporting-03-return-dialog', '[data-testid="return-dialog"]');

    await comment.fill('Regnskapet for institusjonen mangler fordeling per kostnadslinje (e2e).');
    await dialog.getByTestId('return-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('report-status').filter({ hasText: 'Sendt tilbake' }).waitFor();
    await page.getByTestId('review-status').filter({ hasText: 'sendt tilbake' }).waitFor();
    expect(await page.getByTestId('review-comment').textContent()).toContain('(e2e)');
    expect(await api.report(returnedId)).toEqual({
      status: 'RETURNED',
      reviewComment: 'Regnskapet for institusjonen mangler fordeling per kostnadslinje (e2e).',
    });
  });

  it('counts the returned report on the follow-up and lists it among the reminders', async () => {
    await page.getByRole('link', { name: /Tilbake til oppfølgingen/ }).click();
    await page.waitForURL(/\/rapporter\?runde=/);
    const after = await api.followUp(roundId);
    expect(after.counts.returned).toBe(before.counts.returned + 1);
    expect(after.counts.awaitingReview).toBe(before.counts.awaitingReview - 1);
    await expect.poll(() => shownCounts(page)).toEqual(after.counts);
    await expect
      .poll(() => page.getByTestId('reminders-table').getByText('(e2e)', { exact: false }).count())
      .toBe(1);
  });

  it('accepts another report through a confirmation; accepting again is the API’s no', async () => {
    await page.getByLabel('Vis', { exact: true }).selectOption('awaitingReview');
    await expect.poll(() => bodyRows(page).count()).toBe(before.counts.awaitingReview - 1);
    await bodyRows(page).first().getByRole('link').click();
    await page.waitForURL(/\/rapporter\/[0-9a-f-]+$/);
    acceptedId = page.url().split('/').at(-1)!;
    expect(acceptedId).not.toBe(returnedId);
    await page.getByTestId('report-status').filter({ hasText: 'Venter på behandling' }).waitFor();

    await page.getByTestId('accept-report').click();
    const confirm = page.getByRole('dialog', { name: 'Godkjenne rapporten?' });
    await confirm.waitFor();
    await check(page, 'reporting-04-accept-dialog', '[data-testid="confirm-dialog"]');
    await confirm.getByRole('button', { name: 'Godkjenn' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByTestId('report-status').filter({ hasText: 'Godkjent' }).waitFor();
    expect((await api.report(acceptedId)).status).toBe('ACCEPTED');

    // The client refuses nothing the API decides: a second acceptance comes back as its error.
    await page.getByTestId('accept-report').click();
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Godkjenn' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByText('Rapporten er allerede godkjent. Det er endelig.').waitFor();
    await page.getByTestId('error').waitFor();
    await check(page, 'reporting-05-accepted');

    await page.getByRole('link', { name: /Tilbake til oppfølgingen/ }).click();
    const after = await api.followUp(roundId);
    expect(after.counts.accepted).toBe(before.counts.accepted + 1);
    await expect.poll(() => shownCounts(page)).toEqual(after.counts);
  });

  it('follows up a grant year across rounds', async () => {
    await page.getByLabel('Tilskuddsår', { exact: true }).first().check();
    await page.waitForURL(/aar=\d{4}/);
    const year = Number(new URL(page.url()).searchParams.get('aar'));
    const data = await api.request<{ reportFollowUp: { counts: Counts } }>(
      `query ($year: Int) { reportFollowUp(year: $year) {
        counts { expected reported awaitingReview accepted returned missing late withProblems }
      } }`,
      { year },
    );
    await expect.poll(() => shownCounts(page)).toEqual(data.reportFollowUp.counts);
    await check(page, 'reporting-06-by-year');
  });

  it('shows the API refusing an impossible date beside the date field', async () => {
    await page.goto(`/rapporter?runde=${roundId}&per=2026-02-30`);
    const error = page.locator('#scope-as-of-error');
    await error.filter({ hasText: 'Datoen finnes ikke' }).waitFor();
    const field = page.getByLabel('Vurder per dato');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain('scope-as-of-error');
    await page.getByTestId('error').first().waitFor();
    expect(await axeViolations(page), 'axe on the date error').toEqual([]);
    // A real date clears it.
    await field.fill('2027-06-15');
    await field.dispatchEvent('change');
    await page.waitForURL(/per=2027-06-15/);
    await error.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('follow-up-counts').isVisible()).toBe(true);
  });
});
