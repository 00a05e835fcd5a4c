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

/** The office's token (demo sign-in), for what the office does beside the partnership. */
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

interface OwedReport {
  year: number;
  decision: { id: string };
  partnership: { id: string; name: string };
  grant: { owner: number; institution: number; coordinator: number };
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

  it('saves a draft in the API: the partnership’s alone, not the office’s', async () => {
    await page.getByLabel('Tittel').fill(title);
    await page.getByLabel('Lokale behov').fill('Lesingen på mellomtrinnet har falt tre år på rad.');
    await page.getByTestId('statement-draft').click();
    const flash = page.getByTestId('flash');
    await flash.waitFor();
    expect(await flash.textContent()).toContain('Utkastet er lagret.');
    await page.waitForURL(/\/partnerskap\/behovsmeldinger\/[0-9a-f-]{36}$/);
    await page.getByTestId('statement-status').getByText('Utkast', { exact: true }).waitFor();
    expect(await page.getByLabel('Lokale behov').inputValue()).toContain('falt tre år');
    await check(page, 'partnership-04-draft');

    const id = page.url().split('/').at(-1)!;
    const token = await page.evaluate(() => sessionStorage.getItem('kompetansemidler.token'));
    const own = await apiAs<{ needsStatement: { status: string; title: string } }>(
      baseUrl,
      token!,
      'query($id: ID!) { needsStatement(id: $id) { status title } }',
      { id },
    );
    expect(own.needsStatement).toEqual({ status: 'DRAFT', title });
    const office = await officeToken(baseUrl);
    await expect(
      apiAs(baseUrl, office, 'query($id: ID!) { needsStatement(id: $id) { id } }', { id }),
    ).rejects.toThrow(/NOT_FOUND/);
  });

  it('submits the completed draft, which the API then holds', async () => {
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
    await check(page, 'partnership-05-submitted');

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
    await check(page, 'partnership-06-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('honours the deadline the office extends on the round overview', async () => {
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(/\/logg-inn/);
    await page.locator('#role-ADMIN').check();
    const troms = page.locator('#county option', { hasText: 'Troms' });
    await page.locator('#county').selectOption((await troms.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(/\/runde$/);
    await page.getByRole('heading', { level: 1, name: /Tildelingsrunde 2027/ }).waitFor();
    await page.getByTestId('extend-deadline').click();
    const dialog = page.getByRole('dialog', { name: 'Forleng fristen for behovsmeldinger' });
    await dialog.waitFor();
    // Not later than the calendar's 1 February: refused, beside the date.
    await dialog.getByLabel('Ny frist').fill('2027-01-15');
    await dialog.getByLabel('Begrunnelse').fill('Strømbrudd i Nord-Troms siste uke.');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.getByText('En utsatt frist må være etter fristen i årshjulet').waitFor();
    expect(await dialog.getByLabel('Ny frist').getAttribute('aria-invalid')).toBe('true');
    await check(page, 'partnership-07-extend-deadline');
    const extended = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel('Ny frist').fill(extended);
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('submission-deadline').textContent()).toContain(
      'Forlenget av Statsforvalteren',
    );

    // The partnership's list and form read the extended day.
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(/\/logg-inn/);
    await page.getByLabel('Partnerskap', { exact: true }).check();
    await page.locator('#county').selectOption((await troms.getAttribute('value'))!);
    await page.locator('#partnership option').nth(1).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(/\/partnerskap\/behovsmeldinger$/);
    const round = page.getByTestId('partner-round-2027');
    await round.getByText('Statsforvalteren har forlenget fristen.').waitFor();
    const token = await page.evaluate(() => sessionStorage.getItem('kompetansemidler.token'));
    const { needsStatementFormContext } = await apiAs<{
      needsStatementFormContext: { deadline: string; open: boolean };
    }>(
      baseUrl,
      token!,
      'query($r: ID!) { needsStatementFormContext(roundId: $r) { deadline open } }',
      {
        r: (
          await apiAs<{ rounds: { edges: { node: { id: string; year: number } }[] } }>(
            baseUrl,
            token!,
            '{ rounds { edges { node { id year } } } }',
          )
        ).rounds.edges.find((e) => e.node.year === 2027)!.node.id,
      },
    );
    expect(needsStatementFormContext).toEqual({ deadline: extended, open: true });
  });
});

describe('a partnership files its annual report, and resubmits the one the office returned', () => {
  let browser: Browser;
  let page: Page;
  let api: RunningApi;
  let baseUrl: string;
  let office: string;
  let owed: OwedReport;

  beforeAll(async () => {
    api = await startApi();
    baseUrl = api.baseUrl;
    office = await officeToken(baseUrl);
    // A grant year of 2026 the demo has no report for yet: its partnership files it.
    const { reportFollowUp } = await apiAs<{
      reportFollowUp: { rows: (OwedReport & { state: string })[] };
    }>(
      baseUrl,
      office,
      `query { reportFollowUp(year: 2026, asOf: "2027-03-01") { rows { state year decision { id }
         partnership { id name } grant { owner institution coordinator } } } }`,
    );
    owed = reportFollowUp.rows.find((r) => r.state === 'MISSING')!;
    expect(owed).toBeDefined();
    browser = await openBrowser(baseUrl);
    page = browser.page;
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    if (browser?.errors.length) console.warn(`Browser errors:\n${browser.errors.join('\n')}`);
    await browser?.close();
    await api?.stop();
  });

  const reportFields = `id status version useOfFunds reviewComment spentOwner spentInstitution`;
  async function storedReport(token: string) {
    const data = await apiAs<{
      decision: {
        annualReports: {
          id: string;
          year: number;
          status: string;
          version: number;
          useOfFunds: string;
          reviewComment: string | null;
          spentOwner: number;
          spentInstitution: number;
        }[];
      };
    }>(
      baseUrl,
      token,
      `query($id: ID!) { decision(id: $id) { annualReports { year ${reportFields} } } }`,
      { id: owed.decision.id },
    );
    return data.decision.annualReports.find((r) => r.year === owed.year) ?? null;
  }

  it('signs in as the partnership that owes the report and finds it under Årsrapporter', async () => {
    await page.goto('/logg-inn');
    await page.getByLabel('Partnerskap', { exact: true }).check();
    const troms = page.locator('#county option', { hasText: 'Troms' });
    await page.locator('#county').selectOption((await troms.getAttribute('value'))!);
    await page.locator(`#partnership option[value="${owed.partnership.id}"]`).waitFor({
      state: 'attached',
    });
    await page.locator('#partnership').selectOption(owed.partnership.id);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(/\/partnerskap\/behovsmeldinger$/);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Årsrapporter' })
      .click();
    await page.waitForURL(/\/partnerskap\/rapporter$/);
    const link = page.getByTestId(`report-link-${owed.decision.id}:${owed.year}`);
    await link.waitFor();
    expect(await link.textContent()).toContain('Fyll ut rapporten');
    await check(page, 'partnership-08-reports');
    await link.click();
    await page.getByRole('heading', { level: 1, name: `Årsrapport for ${owed.year}` }).waitFor();
  });

  it('checks the accounts against the grant while typing, then submits the report', async () => {
    // Received must be what was granted: the domain's rule speaks beside the field at once.
    const received = page.locator('#rp-owner-received');
    await received.fill('1');
    await expect.poll(() => received.getAttribute('aria-invalid')).toBe('true');
    expect(
      await page.locator(`#${await received.getAttribute('aria-describedby')}`).textContent(),
    ).toContain('innvilget');
    await received.fill(String(owed.grant.owner));
    await expect.poll(() => received.getAttribute('aria-invalid')).toBeNull();

    const measures = page.getByTestId('report-measure');
    for (let i = 0; i < (await measures.count()); i++) {
      await page.locator(`#rp-measure-${i}`).fill('Gjennomført med samlinger på alle enhetene.');
    }
    const goals = page.locator('select[id^="rp-goal-"]');
    for (let i = 0; i < (await goals.count()); i++) {
      await page.locator(`#rp-goal-${i}-achievement`).selectOption('PARTLY_ACHIEVED');
      await page.locator(`#rp-goal-${i}`).fill('Delvis nådd: personalet bruker opplegget.');
    }
    await page.locator('#rp-use-of-funds').fill('Frikjøp til nettverksmøter.');
    await page.locator('#rp-coordinator-use').fill('Koordinator hos eier.');
    const ownerSpent = owed.grant.owner - owed.grant.coordinator;
    await page.locator('#rp-owner-RELEASED_TIME').fill(String(ownerSpent));
    if (owed.grant.coordinator > 0) {
      await page.locator('#rp-owner-COORDINATOR').fill(String(owed.grant.coordinator));
    }
    await page.locator('#rp-institution-COURSES_AND_TEACHING').fill(String(owed.grant.institution));
    await check(page, 'partnership-09-report-form');
    await page.getByTestId('report-submit').click();
    const flash = page.getByTestId('flash');
    await flash.waitFor({ timeout: 15_000 }).catch(async () => {
      throw new Error(`Not submitted:\n${await page.locator('#main').innerText()}`);
    });
    expect(await flash.textContent()).toContain('Årsrapporten er sendt inn.');
    const token = await page.evaluate(() => sessionStorage.getItem('kompetansemidler.token'));
    const report = await storedReport(token!);
    expect(report).toMatchObject({
      status: 'SUBMITTED',
      spentOwner: owed.grant.owner,
      spentInstitution: owed.grant.institution,
    });
  });

  it('shows the office’s comment on a returned report; the partnership corrects and resubmits', async () => {
    const report = (await storedReport(office))!;
    await apiAs(
      baseUrl,
      office,
      `mutation($id: ID!, $version: Int!, $comment: String!) {
        returnAnnualReport(id: $id, version: $version, comment: $comment) { id } }`,
      { id: report.id, version: report.version, comment: 'Beskriv bruken av midlene per skole.' },
    );
    await page.goto('/partnerskap/rapporter');
    const notice = page.getByTestId('returned-report');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Beskriv bruken av midlene per skole.');
    await notice.getByRole('link', { name: 'Rett og send inn på nytt' }).click();
    const comment = page.getByTestId('report-returned-comment');
    await comment.waitFor();
    expect(await comment.textContent()).toContain('Beskriv bruken av midlene per skole.');
    // The returned report comes back filled in.
    expect(await page.locator('#rp-use-of-funds').inputValue()).toBe('Frikjøp til nettverksmøter.');
    await check(page, 'partnership-10-returned');
    await page
      .locator('#rp-use-of-funds')
      .fill('Frikjøp til nettverksmøter: Skole A 60 %, Skole B 40 %.');
    await page.getByTestId('report-submit').click();
    const flash = page.getByTestId('flash');
    await flash.waitFor({ timeout: 15_000 });
    expect(await flash.textContent()).toContain('Rapporten er sendt inn på nytt.');
    const after = await storedReport(office);
    expect(after).toMatchObject({
      status: 'SUBMITTED',
      useOfFunds: 'Frikjøp til nettverksmøter: Skole A 60 %, Skole B 40 %.',
    });
    // Submitted again, it is read, not edited, until the office reviews it.
    await page.getByText('Rapporten er sendt inn og kan ikke endres').waitFor();
  });

  it('works at 390 px: the report fits the screen and passes axe', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.locator('#rp-use-of-funds').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await check(page, 'partnership-11-report-narrow');
    await page.goto('/partnerskap/rapporter');
    await page.getByTestId('partner-reports').waitFor();
    await check(page, 'partnership-12-reports-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
