import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../test/test-server.js';
import { codeOf, sqlOn, type Headers } from './support/common.js';
import { COMPLAINT_FIELDS, paymentsOf, startMoneyWorld, type Grant } from './support/money.js';

// Complaints: registered, changed into a new decision version, forwarded late, filed by a partnership and rejected. (Payments: money-payments; the archive: money-archive.)

describe('complaints over HTTP', () => {
  let api: TestApi;
  let admin: Headers;
  let round2025: string;
  let round2026: string;

  beforeAll(async () => {
    const world = await startMoneyWorld();
    ({ api, admin, round2025, round2026 } = world);
  });

  afterAll(() => api?.close());

  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []) {
    return sqlOn<T>(api, query, params);
  }

  const payments = (roundId: string, headers = admin) => paymentsOf(api, roundId, headers);

  // ---------------------------------------------------------------- complaints

  let target: { id: string; partnershipId: string; grant: Grant[] };
  let complaint: { id: string; version: number };

  it('registers a complaint with its deadline check; bad dates are refused with their field', async () => {
    const [row] = await sql<{ id: string; partnership_id: string; granted_per_year: Grant[] }>(
      `select id, partnership_id, granted_per_year from decision where round_id = ? and status <> 'REJECTED' order by id limit 1`,
      [round2026],
    );
    target = { id: row!.id, partnershipId: row!.partnership_id, grant: row!.granted_per_year };
    const register = `mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { ${COMPLAINT_FIELDS} } }`;
    const bad = await api.graphql(
      register,
      {
        i: {
          decisionId: target.id,
          complainant: 'Tromsø kommune',
          grounds: 'For lavt tilskudd.',
          receivedOn: '2026-04-10',
        },
      },
      admin,
    );
    expect(codeOf(bad.body.errors)).toBe('VALIDATION_FAILED');
    expect((bad.body.errors![0]!.extensions!['problems'] as { path: string[] }[])[0]!.path).toEqual(
      ['receivedOn'],
    );
    const { body } = await api.graphql<{
      registerComplaint: Record<string, unknown> & { id: string; version: number };
    }>(
      register,
      {
        i: {
          decisionId: target.id,
          complainant: 'Tromsø kommune v/ kommunalsjef',
          grounds: 'Vi mener at tilskuddet til eier er for lavt.',
          receivedOn: '2026-05-08',
          noticeChannel: 'POST',
        },
      },
      admin,
    );
    expect(body.errors).toBeUndefined();
    // Sent 15 April by post: reached 18 April (assumed 3 postal days), deadline Saturday 9 May → Monday 11 May.
    expect(body.data!.registerComplaint).toMatchObject({
      status: 'RECEIVED',
      notifiedOn: '2026-04-15',
      deadline: '2026-05-11',
      timely: true,
      daysLate: 0,
    });
    expect(JSON.stringify(body.data!.registerComplaint['assumptions'])).toContain('Antakelse');
    complaint = body.data!.registerComplaint;
    expect(
      await sql(`select 1 from audit_log where action = 'registerComplaint' and entity_id = ?`, [
        complaint.id,
      ]),
    ).toHaveLength(1);
  });

  it('changes the decision into a new version on the complaint, keeping the old one', async () => {
    const change = `mutation($i: ChangeDecisionInput!) { changeDecisionOnComplaint(input: $i) { ${COMPLAINT_FIELDS} } }`;
    // The round's payments are planned before the change: they must follow the new grant.
    const planned = await api.graphql(
      `mutation($r: ID!) { planPayments(roundId: $r) { planned } }`,
      { r: round2026 },
      admin,
    );
    expect(planned.body.errors).toBeUndefined();
    const shifted = target.grant.map((y, k) =>
      k === 0 && y.institution >= 5_000
        ? {
            year: y.year,
            owner: y.owner + 5_000,
            institution: y.institution - 5_000,
            coordinator: y.coordinator,
          }
        : { year: y.year, owner: y.owner, institution: y.institution, coordinator: y.coordinator },
    );
    const wrongYears = await api.graphql(
      change,
      {
        i: {
          complaintId: complaint.id,
          expectedVersion: complaint.version,
          reasons: 'Eier har rett.',
          grantedPerYear: [...shifted, { year: 2031, owner: 1, institution: 0, coordinator: 0 }],
        },
      },
      admin,
    );
    expect(codeOf(wrongYears.body.errors)).toBe('VALIDATION_FAILED');
    const { body } = await api.graphql<{
      changeDecisionOnComplaint: { status: string; resultingVersion: number };
    }>(
      change,
      {
        i: {
          complaintId: complaint.id,
          expectedVersion: complaint.version,
          reasons: 'Eiers andel var satt for lavt; fordelingen rettes.',
          grantedPerYear: shifted,
        },
      },
      admin,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.changeDecisionOnComplaint).toMatchObject({
      status: 'CHANGED',
      resultingVersion: 2,
    });
    const { body: d } = await api.graphql<{
      decision: {
        grantedPerYear: Grant[];
        justification: string;
        versions: { versionNo: number; changeReason: string | null; grantedPerYear: Grant[] }[];
      };
    }>(
      `query($id: ID!) { decision(id: $id) { grantedPerYear { year owner institution } justification
         versions { versionNo changeReason grantedPerYear { year owner institution } } } }`,
      { id: target.id },
      admin,
    );
    const decision = d.data!.decision;
    expect(decision.versions.map((v) => v.versionNo)).toEqual([1, 2]);
    expect(decision.versions[0]!.grantedPerYear[0]!.owner).toBe(target.grant[0]!.owner);
    expect(decision.versions[1]!.grantedPerYear[0]!.owner).toBe(shifted[0]!.owner);
    expect(decision.grantedPerYear[0]!.owner).toBe(shifted[0]!.owner);
    expect(decision.versions[1]!.changeReason).toContain('fordelingen rettes');
    expect(decision.justification).toContain('Endret etter klage (fvl. § 33)');
    // The commitment bound for the year follows the new grant.
    const [commitment] = await sql<{ owner: number }>(
      `select c.owner from commitment c join decision d on d.needs_statement_id = c.needs_statement_id where d.id = ? and c.year = ?`,
      [target.id, shifted[0]!.year],
    );
    expect(commitment?.owner).toBe(shifted[0]!.owner);
    // The unpaid payments are replanned (the old ones kept, cancelled): owner's part now as changed.
    const ofTarget = (await payments(round2026)).filter((p) => p.decisionId === target.id);
    const owners = ofTarget.filter((p) => p.party === 'OWNER' && p.year === shifted[0]!.year);
    expect(owners.reduce((s, p) => s + p.amount, 0)).toBe(shifted[0]!.owner);
    expect(ofTarget.reduce((s, p) => s + p.amount, 0)).toBe(
      shifted.reduce((s, y) => s + y.owner + y.institution, 0),
    );
    const cancelled = await sql(
      `select 1 from payment where decision_id = ? and cancelled_at is not null`,
      [target.id],
    );
    expect(cancelled.length).toBeGreaterThan(0);
    // Versions are never changed, not even by the database's owner.
    await expect(
      sql(`update decision_version set justification = 'x' where decision_id = ?`, [target.id]),
    ).rejects.toThrow(/never changed/);
    // Settled once: the second attempt is a CONFLICT.
    const again = await api.graphql(
      `mutation($i: ForwardComplaintInput!) { forwardComplaint(input: $i) { id } }`,
      {
        i: {
          complaintId: complaint.id,
          expectedVersion: complaint.version + 1,
          reasons: 'Står seg likevel.',
        },
      },
      admin,
    );
    expect(codeOf(again.body.errors)).toBe('CONFLICT');
    const audit = await sql<{ entity_type: string }>(
      `select entity_type from audit_log where action = 'changeDecisionOnComplaint' order by entity_type`,
    );
    expect(audit.map((a) => a.entity_type)).toEqual(['Complaint', 'Decision']);
  });

  let forwarded: { id: string };

  it('forwards a late complaint to the directorate only with the office’s § 31 reason, with a case summary', async () => {
    const [row] = await sql<{ id: string }>(
      `select id from decision where round_id = ? and id <> ? order by id limit 1`,
      [round2026, target.id],
    );
    const { body } = await api.graphql<{
      registerComplaint: { id: string; version: number; timely: boolean; daysLate: number };
    }>(
      `mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id version timely daysLate } }`,
      {
        i: {
          decisionId: row!.id,
          complainant: 'UiT Norges arktiske universitet',
          grounds: 'Institusjonens andel er feil beregnet.',
          receivedOn: '2026-06-01',
        },
      },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const late = body.data!.registerComplaint;
    expect(late).toMatchObject({ timely: false, daysLate: 26 }); // deadline Wednesday 6 May;
    const forward = `mutation($i: ForwardComplaintInput!) { forwardComplaint(input: $i) { ${COMPLAINT_FIELDS} } }`;
    const missing = await api.graphql(
      forward,
      {
        i: {
          complaintId: late.id,
          expectedVersion: late.version,
          reasons: 'Beregningen følger planen.',
        },
      },
      admin,
    );
    expect(codeOf(missing.body.errors)).toBe('VALIDATION_FAILED');
    expect(
      (missing.body.errors![0]!.extensions!['problems'] as { path: string[] }[])[0]!.path,
    ).toEqual(['lateReason']);
    const ok = await api.graphql<{
      forwardComplaint: { status: string; caseSummary: string; id: string };
    }>(
      forward,
      {
        i: {
          complaintId: late.id,
          expectedVersion: late.version,
          reasons: 'Beregningen følger planen.',
          lateReason: 'Vedtaket ble sendt til feil adresse.',
        },
      },
      admin,
    );
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.forwardComplaint.status).toBe('FORWARDED');
    expect(ok.body.data!.forwardComplaint.caseSummary).toContain('fvl. § 33');
    expect(ok.body.data!.forwardComplaint.caseSummary).toContain(
      'Vedtaket ble sendt til feil adresse.',
    );
    forwarded = ok.body.data!.forwardComplaint;
  });

  it('shows a partnership its own complaints’ statuses and nobody else’s', async () => {
    const own = await api.as('PARTNERSHIP', 'troms', target.partnershipId);
    const { body } = await api.graphql<{ complaints: { id: string; status: string }[] }>(
      `{ complaints { id status } }`,
      {},
      own,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.complaints).toEqual([{ id: complaint.id, status: 'CHANGED' }]);
    const mutation = await api.graphql(
      `mutation($i: ForwardComplaintInput!) { forwardComplaint(input: $i) { id } }`,
      { i: { complaintId: forwarded.id, expectedVersion: 1, reasons: 'Forsøk fra partnerskap.' } },
      own,
    );
    expect(codeOf(mutation.body.errors)).toBe('FORBIDDEN');
  });

  it('lets a partnership file a complaint on its own decision only; a late one the office rejects (REJECTED)', async () => {
    const [mine, theirs] = await sql<{ id: string; partnership_id: string; decided_at: Date }>(
      `select id, partnership_id, decided_at from decision where round_id = ? order by id limit 2`,
      [round2025],
    );
    expect(theirs!.partnership_id).not.toBe(mine!.partnership_id);
    const own = await api.as('PARTNERSHIP', 'troms', mine!.partnership_id);
    const FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { ${COMPLAINT_FIELDS} registeredBy } }`;
    const input = {
      decisionId: mine!.id,
      complainant: 'Partnerskapet v/ koordinator',
      grounds: 'Vi mener tilskuddet er for lavt for tiltakene vi har planlagt.',
    };
    // Not another partnership's decision, not the office's door, not without grounds.
    const other = await api.graphql(FILE, { i: { ...input, decisionId: theirs!.id } }, own);
    expect(codeOf(other.body.errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.graphql(FILE, { i: input }, admin)).body.errors)).toBe('FORBIDDEN');
    const empty = await api.graphql(FILE, { i: { ...input, grounds: ' ' } }, own);
    expect(codeOf(empty.body.errors)).toBe('VALIDATION_FAILED');
    expect(
      (empty.body.errors![0]!.extensions!['problems'] as { path: string[] }[])[0]!.path,
    ).toEqual(['grounds']);
    // Filed today, against a decision sent in 2025: checked, and registered as late.
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
    const filed = await api.graphql<{
      fileComplaint: {
        id: string;
        version: number;
        status: string;
        timely: boolean;
        daysLate: number;
        receivedOn: string;
        deadline: string;
        decision: { id: string };
      };
    }>(FILE, { i: input }, own);
    expect(filed.body.errors).toBeUndefined();
    const complaint = filed.body.data!.fileComplaint;
    expect(complaint).toMatchObject({
      status: 'RECEIVED',
      receivedOn: today,
      timely: false,
      decision: { id: mine!.id },
    });
    expect(complaint.daysLate).toBeGreaterThan(0);
    expect(complaint.deadline < today).toBe(true);
    expect(
      await sql(`select 1 from audit_log where action = 'fileComplaint' and entity_id = ?`, [
        complaint.id,
      ]),
    ).toHaveLength(1);

    // The office rejects it (avvist): with its reasons, once; the partnership sees the status.
    const REJECT = `mutation($i: RejectComplaintInput!) { rejectComplaint(input: $i) { id status reasons version } }`;
    const noReason = await api.graphql(
      REJECT,
      { i: { complaintId: complaint.id, expectedVersion: complaint.version, reasons: '' } },
      admin,
    );
    expect(codeOf(noReason.body.errors)).toBe('VALIDATION_FAILED');
    expect(
      codeOf(
        (
          await api.graphql(
            REJECT,
            {
              i: {
                complaintId: complaint.id,
                expectedVersion: complaint.version,
                reasons: 'Selv.',
              },
            },
            own,
          )
        ).body.errors,
      ),
    ).toBe('FORBIDDEN');
    const reasons =
      'Klagen kom mange måneder etter fristen, og det er ikke grunn til å behandle den likevel (fvl. § 31).';
    const rejected = await api.graphql<{ rejectComplaint: { status: string; reasons: string } }>(
      REJECT,
      { i: { complaintId: complaint.id, expectedVersion: complaint.version, reasons } },
      admin,
    );
    expect(rejected.body.errors).toBeUndefined();
    expect(rejected.body.data!.rejectComplaint).toMatchObject({ status: 'REJECTED', reasons });
    const again = await api.graphql(
      REJECT,
      { i: { complaintId: complaint.id, expectedVersion: complaint.version + 1, reasons } },
      admin,
    );
    expect(codeOf(again.body.errors)).toBe('CONFLICT');
    const { body } = await api.graphql<{ complaints: { id: string; status: string }[] }>(
      `query($r: ID!) { complaints(roundId: $r) { id status } }`,
      { r: round2025 },
      own,
    );
    expect(body.data!.complaints).toEqual([{ id: complaint.id, status: 'REJECTED' }]);
    expect(
      await sql(`select 1 from audit_log where action = 'rejectComplaint' and entity_id = ?`, [
        complaint.id,
      ]),
    ).toHaveLength(1);
  });
});
