import { formatKroner } from '@kompetansemidler/domain';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../test/pdf-text.js';
import type { TestMailServer } from '../test/test-mail-server.js';
import type { TestApi } from '../test/test-server.js';
import { sqlOn, type Headers } from './support/common.js';
import {
  SEND,
  YEAR,
  listDecisionsOf,
  plan,
  startLettersWorld,
  type DecisionRow,
} from './support/decision-letters.js';

// Issue 17 (letters and notices): the office decides a demo round over HTTP (scenario → forum →
// decideRound, which plans the payments too); its letters are previewed, sent (frozen, with their
// hash) and read back over HTTP as PDFs whose text names the grant, the reasons with the plan's
// clauses and the right to complain; the notices arrive on a real local SMTP server through the
// queue on PostgreSQL, each once. A decision changed after a complaint gets a new letter and a
// notice the same way.
// (The template, report reminders and complaints' letters: decision-letters-follow-up.)

describe('decision letters and their notices', () => {
  let api: TestApi;
  let mail: TestMailServer;
  let admin: Headers;
  let roundId: string;
  let decisions: DecisionRow[];

  beforeAll(async () => {
    const world = await startLettersWorld();
    ({ api, mail, admin, roundId } = world);
  });

  afterAll(async () => {
    await api?.close();
    await mail?.close();
  });

  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []) {
    return sqlOn<T>(api, query, params);
  }

  const listDecisions = () => listDecisionsOf({ api, mail, admin, roundId });

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
});
