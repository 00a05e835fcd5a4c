import {
  TROMS_MUNICIPALITIES,
  TROMS_PLAN_2026_2029,
  formatKroner,
  resolvePlanVersion,
} from '@kompetansemidler/domain';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoundStatus } from '../src/modules/round/round-status.js';
import { seedDemoCounty } from '../src/seeders/demo-county.js';
import { pdfText } from '../test/pdf-text.js';
import { startTestMailServer, type TestMailServer } from '../test/test-mail-server.js';
import { startTestApi, type TestApi } from '../test/test-server.js';

// Issue 17 (letters and notices): the office decides a demo round over HTTP (scenario → forum →
// decideRound, which plans the payments too); its letters are previewed, sent (frozen, with their
// hash) and read back over HTTP as PDFs whose text names the grant, the reasons with the plan's
// clauses and the right to complain; the notices arrive on a real local SMTP server through the
// queue on PostgreSQL, each once. A decision changed after a complaint gets a new letter and a
// notice the same way.

type Headers = Record<string, string>;
const YEAR = 2026;
const REFUSED_ONCE = 'avvist-en-gang@example.invalid';
const plan = resolvePlanVersion(TROMS_PLAN_2026_2029, TROMS_PLAN_2026_2029.versions[0]!.id);

interface DecisionRow {
  id: string;
  status: string;
  grantedThisYear: number;
  grantedTotal: number;
  clauses: string[];
  partnership: { id: string; name: string };
  letter: { url: string; sha256: string; frozenAt: string; kind: string } | null;
}

const DECISIONS = `query($roundId: ID!) { round(id: $roundId) { decisions(first: 100) { edges { node {
  id status grantedThisYear grantedTotal clauses partnership { id name }
  letter { url sha256 frozenAt kind } } } } } }`;
const SEND = `mutation($input: SendDecisionLettersInput!) { sendDecisionLetters(input: $input) {
  id letter { url sha256 frozenAt } } }`;

describe('decision letters and their notices', () => {
  let api: TestApi;
  let mail: TestMailServer;
  let admin: Headers;
  let roundId: string;
  let decisions: DecisionRow[];

  beforeAll(async () => {
    // The SMTP server refuses the first mail to one address (a failure the queue must retry).
    let refused = false;
    mail = await startTestMailServer({
      beforeAccept: async (m) => {
        if (m.to.includes(REFUSED_ONCE) && !refused) {
          refused = true;
          throw new Error('451 try again later');
        }
      },
    });
    api = await startTestApi({ notices: { smtpUrl: mail.url } });
    const em = api.db.orm.em.fork();
    await seedDemoCounty(em, {
      code: 'troms',
      name: 'Statsforvalteren i Troms (test)',
      plan: TROMS_PLAN_2026_2029,
      municipalities: TROMS_MUNICIPALITIES,
      seed: 17,
      rounds: [{ year: YEAR, statements: 6, status: RoundStatus.CLOSED }],
    });
    roundId = (
      await sql<{ id: string }>(
        `select r.id from round r join county c on c.id = r.county_id where c.code = 'troms'`,
      )
    )[0]!.id;
    admin = await api.as('ADMIN', 'troms');
  });

  afterAll(async () => {
    await api?.close();
    await mail?.close();
  });

  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []) {
    return (await api.db.orm.em.fork().getConnection().execute(query, params)) as T[];
  }

  async function listDecisions(): Promise<DecisionRow[]> {
    const { body } = await api.graphql<{
      round: { decisions: { edges: { node: DecisionRow }[] } };
    }>(DECISIONS, { roundId }, admin);
    expect(body.errors).toBeUndefined();
    return body.data!.round.decisions.edges.map((e) => e.node);
  }

  const fetchPdf = (path: string, headers: Headers = admin) =>
    fetch(`${api.server.url}${path}`, { headers });

  it('decides the round over HTTP: a decision per statement, its payments planned with it', async () => {
    const run = await api.runScenario({ roundId, name: 'Rangert', method: 'RANKED' }, admin);
    expect(run.body.errors).toBeUndefined();
    const put = await api.graphql<{ putScenarioToForum: { id: string } }>(
      `mutation($id: ID!) { putScenarioToForum(input: { scenarioId: $id, note: "Til drøfting" }) { id } }`,
      { id: run.body.data!.runScenario.id },
      admin,
    );
    expect(put.body.errors).toBeUndefined();
    const proposalId = put.body.data!.putScenarioToForum.id;
    const recorded = await api.graphql(
      `mutation($id: ID!) { recordForumOutcome(input: { proposalId: $id, outcome: CONSENSUS }) { status } }`,
      { id: proposalId },
      admin,
    );
    expect(recorded.body.errors).toBeUndefined();
    const decided = await api.graphql<{ decideRound: { id: string; grantedTotal: number }[] }>(
      `mutation($id: ID!) { decideRound(input: { proposalId: $id }) { id grantedTotal } }`,
      { id: proposalId },
      admin,
    );
    expect(decided.body.errors).toBeUndefined();
    expect(decided.body.data!.decideRound).toHaveLength(6);
    // The payments per decision, year and party, planned in the same transaction: they add up
    // to each decision's grant, and planning again finds nothing left to plan.
    const planned = await sql<{ decision_id: string; total: string }>(
      `select decision_id, sum(amount) total from payment where round_id = ? and cancelled_at is null group by decision_id`,
      [roundId],
    );
    const grants = decided.body.data!.decideRound.filter((d) => d.grantedTotal > 0);
    expect(grants.length).toBeGreaterThan(0);
    expect(new Map(planned.map((p) => [p.decision_id, Number(p.total)]))).toEqual(
      new Map(grants.map((d) => [d.id, d.grantedTotal])),
    );
    const again = await api.graphql<{ planPayments: { planned: number } }>(
      `mutation($r: ID!) { planPayments(roundId: $r) { planned } }`,
      { r: roundId },
      admin,
    );
    expect(again.body.data?.planPayments.planned).toBe(0);

    // One partnership has two contact persons besides the statement's contact (one the same
    // address in other case): its notice goes to each address once.
    const first = (
      await sql<{ partnership_id: string }>(
        `select partnership_id from decision where round_id = ? and granted_total > 0 order by id limit 1`,
        [roundId],
      )
    )[0]!.partnership_id;
    await sql(`update partnership set contact_persons = ?::jsonb where id = ?`, [
      JSON.stringify([
        { name: 'Kari Nordmann', role: 'Koordinator', email: 'kari@example.invalid', phone: '' },
        { name: 'Kontakt', role: 'Eier', email: 'KONTAKT@example.invalid', phone: '' },
      ]),
      first,
    ]);
    decisions = await listDecisions();
    expect(decisions.length).toBe(6);
  });

  it('previews a letter (text and a draft PDF) without freezing anything', async () => {
    const granted = decisions.find((d) => d.grantedTotal > 0)!;
    const { body } = await api.graphql<{
      decisionLetterPreview: {
        title: string;
        pdfUrl: string;
        complaintDeadline: string;
        sections: { heading: string | null; paragraphs: string[]; list: string[] }[];
      };
    }>(
      `query($id: ID!) { decisionLetterPreview(decisionId: $id) { title pdfUrl complaintDeadline
        sections { heading paragraphs list table { columns rows } } } }`,
      { id: granted.id },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const preview = body.data!.decisionLetterPreview;
    expect(preview.title).toBe(`Vedtak om tilskudd til kollektiv kompetanseutvikling ${YEAR}`);
    expect(preview.sections.map((s) => s.heading)).toContain('Klagerett');
    const response = await fetchPdf(preview.pdfUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain('UTKAST');
    expect(Number((await sql<{ n: string }>(`select count(*) n from decision_letter`))[0]!.n)).toBe(
      0,
    );
    // A partnership may not read drafts.
    const partnership = await api.as('PARTNERSHIP', 'troms', granted.partnership.id);
    expect((await fetchPdf(preview.pdfUrl, partnership)).status).toBe(403);
  });

  it('sends the letters: frozen with their hash, served as PDFs naming grant, reasons and complaint right', async () => {
    const { body } = await api.graphql<{ sendDecisionLetters: { id: string }[] }>(
      SEND,
      { input: { roundId } },
      admin,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.sendDecisionLetters).toHaveLength(6);
    decisions = await listDecisions();
    for (const decision of decisions) {
      expect(decision.letter).not.toBeNull();
      const response = await fetchPdf(decision.letter!.url);
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      expect(sha256).toBe(decision.letter!.sha256);
      expect(response.headers.get('x-content-sha256')).toBe(sha256);
      const text = await pdfText(bytes);
      expect(text).toContain(decision.partnership.name.replace(/\s+/g, ' '));
      expect(text).toContain('Klagerett');
      expect(text).toContain('forvaltningsloven § 28');
      expect(text).toContain('Klagefristen er tre uker');
      expect(text).toContain('Utdanningsdirektoratet');
      // The reasons: the rules with the plan's own clause headings, and the considerations.
      expect(text).toContain('Regelverk');
      expect(text).toContain('Hovedhensyn i skjønnet');
      for (const id of decision.clauses) {
        const clause = plan.clauses[id];
        if (clause) expect(text).toContain(clause.section.replace(/\s+/g, ' '));
      }
      if (decision.grantedTotal > 0) {
        expect(text).toContain(`får ${formatKroner(decision.grantedThisYear)} for ${YEAR}`);
        expect(text).toContain(`${formatKroner(decision.grantedTotal)} for hele perioden`);
        expect(text).toContain('Rapportering');
      } else {
        expect(text).toContain('ikke funnet grunnlag for å gi tilskudd');
      }
    }
    expect(decisions.some((d) => d.grantedTotal > 0)).toBe(true);
  });

  it('delivers one notice per decision and recipient, with the letter attached, through the queue', async () => {
    const expected = Number(
      (
        await sql<{ n: string }>(`select count(*) n from notice_delivery where kind = 'DECISION'`)
      )[0]!.n,
    );
    // Six decisions to the statement's contact, and one more address for the first partnership.
    expect(expected).toBe(7);
    const mails = await mail.waitFor(expected);
    expect(mails).toHaveLength(expected);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(expected);
    for (const m of mails) {
      expect(m.subject).toMatch(
        new RegExp(`^Vedtak om tilskudd til kollektiv kompetanseutvikling ${YEAR} – `),
      );
      expect(m.text).toContain('Dere kan klage på vedtaket innen tre uker');
      expect(m.attachments).toHaveLength(1);
      expect(m.attachments[0]!.contentType).toBe('application/pdf');
      expect(await pdfText(new Uint8Array(m.attachments[0]!.content))).toContain('Klagerett');
    }
    expect(mails.filter((m) => m.to.includes('kari@example.invalid'))).toHaveLength(1);
    // The log says SENT once the job's transaction commits (just after the SMTP server accepted).
    for (let k = 0; k < 100; k++) {
      const [row] = await sql<{ n: string }>(
        `select count(*) n from notice_delivery where status <> 'SENT'`,
      );
      if (Number(row!.n) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const log = await sql<{ status: string; attempts: number; sent_at: Date | null }>(
      `select status, attempts, sent_at from notice_delivery`,
    );
    for (const row of log) {
      expect(row.status).toBe('SENT');
      expect(row.attempts).toBe(1);
      expect(row.sent_at).not.toBeNull();
    }
  });

  it('sends nothing twice: a second send keeps the letters and their hashes, no new mail', async () => {
    const before = decisions.map((d) => d.letter!.sha256);
    const { body } = await api.graphql(SEND, { input: { roundId } }, admin);
    expect(body.errors).toBeUndefined();
    const after = (await listDecisions()).map((d) => d.letter!.sha256);
    expect(after).toEqual(before);
    expect(Number((await sql<{ n: string }>(`select count(*) n from decision_letter`))[0]!.n)).toBe(
      6,
    );
    await api.notices!.kick();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(mail.mails).toHaveLength(7);
  });

  it('never changes a frozen letter, even for the database owner', async () => {
    await expect(sql(`update decision_letter set title = 'Endret'`)).rejects.toThrow(/frozen/);
  });

  it('serves a letter to its partnership only, and to no one without a token', async () => {
    const [own, other] = decisions.filter(
      (d, k, all) => all.findIndex((x) => x.partnership.id === d.partnership.id) === k,
    );
    const partnership = await api.as('PARTNERSHIP', 'troms', own!.partnership.id);
    expect((await fetchPdf(own!.letter!.url, partnership)).status).toBe(200);
    expect((await fetchPdf(other!.letter!.url, partnership)).status).toBe(404);
    expect((await fetchPdf(own!.letter!.url, {})).status).toBe(401);
    expect((await fetchPdf(own!.letter!.url, await api.as('FORUM', 'troms'))).status).toBe(403);

    // Its own decision's letter through GraphQL too.
    const { body } = await api.graphql<{ decision: { letter: { sha256: string } | null } }>(
      `query($id: ID!) { decision(id: $id) { letter { sha256 } } }`,
      { id: own!.id },
      partnership,
    );
    expect(body.data?.decision.letter?.sha256).toBe(own!.letter!.sha256);
  });

  it('lets the office edit its template, refusing one that drops what the law requires', async () => {
    const { body: current } = await api.graphql<{
      letterTemplate: {
        version: number;
        isDefault: boolean;
        blocks: { id: string; text: string }[];
        contact: Record<string, string>;
      };
    }>(
      `{ letterTemplate { version isDefault blocks { id text } contact { officeName email phone address signatory appealBody } } }`,
      {},
      admin,
    );
    const template = current.data!.letterTemplate;
    expect(template.isDefault).toBe(true);
    const UPDATE = `mutation($input: UpdateLetterTemplateInput!) { updateLetterTemplate(input: $input) { version isDefault contact { phone } } }`;
    const blocks = template.blocks.map((b) =>
      b.id === 'complaint' ? { id: b.id, text: 'Dere kan klage.' } : b,
    );
    const refused = await api.graphql(
      UPDATE,
      { input: { blocks, contact: template.contact, expectedVersion: 0 } },
      admin,
    );
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    const problems = refused.body.errors![0]!.extensions!['problems'] as {
      code: string;
      path: string[];
    }[];
    expect(problems.map((p) => [p.code, p.path.join('.')])).toContainEqual([
      'LETTER_PLACEHOLDER_REQUIRED',
      'blocks.complaint',
    ]);
    const saved = await api.graphql<{
      updateLetterTemplate: { version: number; isDefault: boolean };
    }>(
      UPDATE,
      {
        input: {
          blocks: template.blocks,
          contact: {
            ...template.contact,
            officeName: 'Statsforvalteren i Troms',
            phone: '77 64 20 00',
          },
          expectedVersion: 0,
        },
      },
      admin,
    );
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data!.updateLetterTemplate).toMatchObject({ version: 1, isDefault: false });
    const stale = await api.graphql(
      UPDATE,
      { input: { blocks: template.blocks, contact: template.contact, expectedVersion: 0 } },
      admin,
    );
    expect(stale.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const { body } = await api.graphql<{
      decisionLetterPreview: { sections: { paragraphs: string[] }[] };
    }>(
      `query($id: ID!) { decisionLetterPreview(decisionId: $id) { sections { paragraphs } } }`,
      { id: decisions[0]!.id },
      admin,
    );
    expect(JSON.stringify(body.data)).toContain('telefon 77 64 20 00');
    // A draft (not saved) previews as it would read; a draft that drops a required fact is refused.
    const PREVIEW = `query($id: ID!, $t: LetterTemplateDraftInput) { decisionLetterPreview(decisionId: $id, template: $t) { title } }`;
    const draftBlocks = template.blocks.map((b) =>
      b.id === 'title' ? { id: b.id, text: 'Utkast til vedtak for {partnership}' } : b,
    );
    const draft = await api.graphql<{ decisionLetterPreview: { title: string } }>(
      PREVIEW,
      { id: decisions[0]!.id, t: { blocks: draftBlocks, contact: template.contact } },
      admin,
    );
    expect(draft.body.errors).toBeUndefined();
    expect(draft.body.data!.decisionLetterPreview.title).toBe(
      `Utkast til vedtak for ${decisions[0]!.partnership.name}`,
    );
    const badDraft = await api.graphql(
      PREVIEW,
      { id: decisions[0]!.id, t: { blocks, contact: template.contact } },
      admin,
    );
    expect(badDraft.body.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    const [stored] = await sql<{ n: string }>(`select count(*) n from letter_template`);
    expect(Number(stored!.n)).toBe(1);
  });

  it(
    'queues report reminders before the report deadline once, however often the sweep runs',
    { timeout: 150_000 },
    async () => {
      const before = mail.mails.length;
      // One more contact, whose first mail the SMTP server refuses.
      await sql(
        `update partnership set contact_persons = contact_persons || ?::jsonb where id = ?`,
        [
          JSON.stringify([{ name: 'Avvist', role: 'Eier', email: REFUSED_ONCE, phone: '' }]),
          decisions.find((d) => d.grantedTotal > 0)!.partnership.id,
        ],
      );
      // The Troms plan names no report deadline: 1 June the year after (an assumption).
      const queued = await api.notices!.sweepReminders(new Date(`${YEAR + 1}-05-28T06:00:00Z`));
      const granted = decisions.filter((d) => d.grantedTotal > 0);
      expect(queued).toBeGreaterThanOrEqual(granted.length);
      expect(await api.notices!.sweepReminders(new Date(`${YEAR + 1}-05-29T06:00:00Z`))).toBe(0);
      // Too early: nothing.
      expect(await api.notices!.sweepReminders(new Date(`${YEAR + 1}-03-01T06:00:00Z`))).toBe(0);
      const mails = await mail.waitFor(before + queued, 90_000);
      const reminders = mails.slice(before);
      expect(reminders).toHaveLength(queued);
      for (const m of reminders) {
        expect(m.subject).toBe(
          `Påminnelse: rapport for ${YEAR} skal leveres innen 1. juni ${YEAR + 1}`,
        );
        expect(m.text).toContain('(antakelse: planen setter ingen frist)');
      }
      // The refused one was logged as failed, retried by the queue, and arrived once.
      expect(reminders.filter((m) => m.to.includes(REFUSED_ONCE))).toHaveLength(1);
      for (let k = 0; k < 50; k++) {
        const [row] = await sql<{ status: string }>(
          `select status from notice_delivery where recipient = ?`,
          [REFUSED_ONCE],
        );
        if (row?.status === 'SENT') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const [retried] = await sql<{ status: string; attempts: number; last_error: string | null }>(
        `select status, attempts, last_error from notice_delivery where recipient = ?`,
        [REFUSED_ONCE],
      );
      expect(retried).toMatchObject({ status: 'SENT', attempts: 2, last_error: null });
    },
  );

  it('changes a decision after a complaint: a new version with its own frozen letter and notice', async () => {
    const target = decisions.find((d) => d.grantedTotal > 0)!;
    const [row] = await sql<{
      granted_per_year: { year: number; owner: number; institution: number; coordinator: number }[];
    }>(`select granted_per_year from decision where id = ?`, [target.id]);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
    const registered = await api.graphql<{ registerComplaint: { id: string; version: number } }>(
      `mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id version } }`,
      {
        i: {
          decisionId: target.id,
          complainant: 'Eierkommunen v/ kommunalsjef',
          grounds: 'Eiers andel av tilskuddet er satt for lavt.',
          receivedOn: today,
        },
      },
      admin,
    );
    expect(registered.body.errors).toBeUndefined();
    const complaint = registered.body.data!.registerComplaint;
    const grant = row!.granted_per_year.map((y, k) => ({
      year: y.year,
      owner: k === 0 ? y.owner + 5_000 : y.owner,
      institution: k === 0 ? y.institution - 5_000 : y.institution,
      coordinator: y.coordinator,
    }));
    expect(grant[0]!.institution).toBeGreaterThanOrEqual(0);
    const before = mail.mails.length;
    const reasons =
      'Eiers andel var satt for lavt; 5 000 kr flyttes fra kompetansemiljøet til eier.';
    const changed = await api.graphql<{
      changeDecisionOnComplaint: { status: string; resultingVersion: number };
    }>(
      `mutation($i: ChangeDecisionInput!) { changeDecisionOnComplaint(input: $i) { status resultingVersion } }`,
      {
        i: {
          complaintId: complaint.id,
          expectedVersion: complaint.version,
          reasons,
          grantedPerYear: grant,
        },
      },
      admin,
    );
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data!.changeDecisionOnComplaint).toMatchObject({
      status: 'CHANGED',
      resultingVersion: 2,
    });

    // The decision's letters: the first as sent, and the changed decision's, frozen with its hash.
    const partnership = await api.as('PARTNERSHIP', 'troms', target.partnership.id);
    const { body } = await api.graphql<{
      decision: {
        letter: { sha256: string };
        letters: { kind: string; url: string; sha256: string; title: string }[];
      };
    }>(
      `query($id: ID!) { decision(id: $id) { letter { sha256 } letters { kind url sha256 title } } }`,
      { id: target.id },
      partnership,
    );
    expect(body.errors).toBeUndefined();
    const letters = body.data!.decision.letters;
    expect(letters.map((l) => l.kind)).toEqual(['DECISION', 'COMPLAINT_DECISION']);
    expect(letters[0]!.sha256).toBe(target.letter!.sha256);
    const letter = letters[1]!;
    expect(letter.title).toBe(
      `Endret vedtak etter klage – Vedtak om tilskudd til kollektiv kompetanseutvikling ${YEAR}`,
    );
    const response = await fetchPdf(letter.url, partnership);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(letter.sha256);
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Endret vedtak etter klage');
    expect(text).toContain(
      'Statsforvalteren har behandlet klagen fra Eierkommunen v/ kommunalsjef',
    );
    expect(text).toContain('forvaltningsloven § 33 andre ledd');
    expect(text).toContain('(versjon 2)');
    expect(text).toContain('Statsforvalterens begrunnelse for endringen');
    expect(text).toContain('5 000 kr flyttes fra kompetansemiljøet til eier');
    expect(text).toContain('Klagerett');
    expect(text).toContain(formatKroner(grant[0]!.owner));
    await expect(
      sql(`update decision_letter set title = 'Endret' where kind = 'COMPLAINT_DECISION'`),
    ).rejects.toThrow(/frozen/);

    // The notice with the new letter, on the SMTP server, once per recipient.
    const recipients = await sql<{ recipient: string }>(
      `select recipient from notice_delivery where letter_id = (select id from decision_letter where kind = 'COMPLAINT_DECISION')`,
    );
    expect(recipients.length).toBeGreaterThan(0);
    const mails = (await mail.waitFor(before + recipients.length)).slice(before);
    expect(mails).toHaveLength(recipients.length);
    for (const m of mails) {
      expect(m.subject).toBe(
        `Endret vedtak etter klage – tilskudd ${YEAR} – ${target.partnership.name}`,
      );
      expect(m.text).toContain('har endret vedtaket');
      expect(m.attachments).toHaveLength(1);
      expect(createHash('sha256').update(m.attachments[0]!.content).digest('hex')).toBe(
        letter.sha256,
      );
    }
    expect(new Set(mails.flatMap((m) => m.to))).toEqual(
      new Set(recipients.map((r) => r.recipient)),
    );

    // The unpaid payments follow the changed grant.
    const payments = await sql<{ year: number; party: string; amount: number }>(
      `select year, party, amount from payment where decision_id = ? and cancelled_at is null`,
      [target.id],
    );
    const owner = payments
      .filter((p) => p.year === grant[0]!.year && p.party === 'OWNER')
      .reduce((sum, p) => sum + p.amount, 0);
    expect(owner).toBe(grant[0]!.owner);
    expect(payments.reduce((sum, p) => sum + p.amount, 0)).toBe(target.grantedTotal);
  });

  it('tells the partnership when the office rejects its complaint, with the reasons', async () => {
    const target = decisions.filter((d) => d.grantedTotal > 0)[1] ?? decisions[1]!;
    const own = await api.as('PARTNERSHIP', 'troms', target.partnership.id);
    const filed = await api.graphql<{
      fileComplaint: { id: string; version: number; timely: boolean };
    }>(
      `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id version timely } }`,
      {
        i: {
          decisionId: target.id,
          complainant: 'Partnerskapet v/ leder',
          grounds: 'Vi er uenige i prioriteringen av temaene.',
        },
      },
      own,
    );
    expect(filed.body.errors).toBeUndefined();
    // The letter was sent today: a complaint filed today is in time.
    expect(filed.body.data!.fileComplaint.timely).toBe(true);
    const before = mail.mails.length;
    const reasons = 'Klagen gjelder planens prioritering av temaer, ikke vedtaket.';
    const rejected = await api.graphql<{ rejectComplaint: { status: string } }>(
      `mutation($i: RejectComplaintInput!) { rejectComplaint(input: $i) { status } }`,
      {
        i: {
          complaintId: filed.body.data!.fileComplaint.id,
          expectedVersion: filed.body.data!.fileComplaint.version,
          reasons,
        },
      },
      admin,
    );
    expect(rejected.body.errors).toBeUndefined();
    expect(rejected.body.data!.rejectComplaint.status).toBe('REJECTED');
    const queued = await sql<{ recipient: string }>(
      `select recipient from notice_delivery where idempotency_key like 'complaint-rejected:%'`,
    );
    expect(queued.length).toBeGreaterThan(0);
    const mails = (await mail.waitFor(before + queued.length)).slice(before);
    expect(mails).toHaveLength(queued.length);
    for (const m of mails) {
      expect(m.subject).toBe(
        `Klagen på vedtaket om tilskudd ${YEAR} er avvist – ${target.partnership.name}`,
      );
      expect(m.text).toContain(reasons);
      expect(m.text).toContain('forvaltningsloven § 33 andre ledd');
      expect(m.text).toContain('Avvisningen er et eget vedtak');
    }
  });
});
