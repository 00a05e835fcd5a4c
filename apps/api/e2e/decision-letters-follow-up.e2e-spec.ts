import { formatKroner } from '@kompetansemidler/domain';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../test/pdf-text.js';
import type { TestMailServer } from '../test/test-mail-server.js';
import type { TestApi } from '../test/test-server.js';
import { sqlOn, type Headers } from './support/common.js';
import {
  REFUSED_ONCE,
  YEAR,
  decidedAndSent,
  startLettersWorld,
  type DecisionRow,
} from './support/decision-letters.js';

// Issue 17 (letters and notices), after the letters are sent: the office's letter template, the
// report reminders (queued once, retried after an SMTP refusal) and the letters and notices of a
// decision changed or a complaint rejected. The decided round with its letters sent
// (decision-letters) is played through the API in beforeAll.

describe('decision letters after sending: template, reminders, complaints', () => {
  let api: TestApi;
  let mail: TestMailServer;
  let admin: Headers;
  let decisions: DecisionRow[];

  beforeAll(async () => {
    const world = await startLettersWorld();
    ({ api, mail, admin } = world);
    decisions = await decidedAndSent(world);
  });

  afterAll(async () => {
    await api?.close();
    await mail?.close();
  });

  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []) {
    return sqlOn<T>(api, query, params);
  }

  const fetchPdf = (path: string, headers: Headers = admin) =>
    fetch(`${api.server.url}${path}`, { headers });

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
