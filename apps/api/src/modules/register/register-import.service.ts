import type { EntityManager } from '@mikro-orm/postgresql';
import {
  planCommitmentImport,
  planIndicatorImport,
  planRegisterImport,
  toCanonicalJson,
  type CommitmentImportPlan,
  type CommitmentSnapshot,
  type ImportPlan,
  type ImportProblem,
  type IndicatorImportPlan,
  type IndicatorSnapshot,
  type Ownership,
  type RegisterImportPlan,
  type RegisterSnapshot,
  type RoundPhase,
  type Sector,
  type Table,
  type UnitKind,
} from '@kompetansemidler/domain';
import { createHash } from 'node:crypto';
import { viewerCountyId, type ServiceContext } from '../../common/service-context.js';
import { ConflictError, ValidationFailedError } from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import { Municipality } from '../county/municipality.entity.js';
import { SectorIndicator } from '../indicator/sector-indicator.entity.js';
import { Owner } from '../partnership/owner.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Unit, type UnitKind as UnitKindEnum } from '../partnership/unit.entity.js';
import { Commitment } from '../round/commitment.entity.js';
import {
  RegisterImportKind,
  type ConfirmRegisterImportInput,
  type ImportCount,
  type ImportPreview,
  type ImportProblemType,
  type ImportResult,
  type PreviewRegisterImportInput,
} from './dto/import.types.js';
import { currentPlanRules, municipalitiesByNumber } from './register-support.js';
import { readTable, type UploadedFile } from './tabular-file.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

type AnyPlan = RegisterImportPlan | IndicatorImportPlan | CommitmentImportPlan;

/**
 * Imports into the office's register from xlsx or CSV: register extracts (owners and units),
 * indicator tables and earlier commitments. A preview reads the file and plans every change with
 * the domain's rules, writing nothing; the confirmation plans again inside one transaction and
 * writes all of it, or (any problem, or a register changed since the preview) none.
 */
@requestScoped()
export class RegisterImportService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  async preview(input: PreviewRegisterImportInput): Promise<ImportPreview> {
    const table = await readTable(input.file, 'file');
    const plan = await planFor(this.ctx.em, input.kind, table, input.file);
    return previewOf(plan, fingerprintOf(input.kind, plan));
  }

  async confirm(input: ConfirmRegisterImportInput): Promise<ImportResult> {
    const table = await readTable(input.file, 'file');
    const countyId = viewerCountyId(this.ctx.viewer);
    return this.ctx.em.transactional(async (em) => {
      // One import per county at a time: the plan below holds until this commits.
      await em.execute(
        'select pg_advisory_xact_lock(hashtext(?))',
        [`register-import:${countyId}`],
        'run',
      );
      const plan = await planFor(em, input.kind, table, input.file);
      if (plan.problems.length > 0) {
        throw new ValidationFailedError(
          `The file has ${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'}; nothing was written.`,
          plan.problems.map(problemExtension),
        );
      }
      if (fingerprintOf(input.kind, plan) !== input.fingerprint) {
        throw new ConflictError(
          'The register changed since the preview, or the file is another: preview it again.',
          { reason: 'IMPORT_CHANGED' },
        );
      }
      const reason = `Import av ${input.file.fileName}`;
      const ids =
        input.kind === RegisterImportKind.REGISTER
          ? await this.writeRegister(em, countyId, plan as RegisterImportPlan, reason)
          : input.kind === RegisterImportKind.INDICATORS
            ? await this.writeIndicators(em, countyId, plan as IndicatorImportPlan, reason)
            : await this.writeCommitments(em, countyId, plan as CommitmentImportPlan, reason);
      await em.flush();
      return { summary: summaryOf(plan), ids };
    });
  }

  private async writeRegister(
    em: EntityManager,
    countyId: string,
    plan: RegisterImportPlan,
    reason: string,
  ): Promise<string[]> {
    const county = em.getReference(County, countyId);
    const municipalities = await municipalitiesByNumber(em);
    const owners = new Map((await em.find(Owner, {})).map((o) => [o.orgnr, o] as const));
    const ids: string[] = [];
    for (const change of plan.owners) {
      if (change.action === 'UNCHANGED') continue;
      const record = change.record;
      const owner =
        owners.get(record.orgnr) ??
        em.create(Owner, {
          county,
          orgnr: record.orgnr,
          name: record.name,
          ownership: record.ownership as Owner['ownership'],
        });
      const before = change.action === 'UPDATE' ? snapshot(owner) : undefined;
      owner.name = record.name;
      owner.ownership = record.ownership as Owner['ownership'];
      const municipality = record.municipalityNumber
        ? municipalities.get(record.municipalityNumber)
        : undefined;
      owner.municipality = municipality
        ? em.getReference(Municipality, municipality.id, { wrapped: true })
        : null;
      owner.participationYears = [...record.participationYears];
      owners.set(owner.orgnr, owner);
      ids.push(owner.id);
      recordAudit(em, this.ctx, {
        action: 'importRegister',
        entityType: 'Owner',
        entityId: owner.id,
        ...(before ? { before } : {}),
        after: snapshot(owner),
        reason,
      });
    }
    const units = new Map((await em.find(Unit, {})).map((u) => [u.id, u] as const));
    for (const change of plan.units) {
      if (change.action === 'UNCHANGED') continue;
      const record = change.record;
      const owner = owners.get(record.ownerOrgnr)!;
      const existing = change.id ? units.get(change.id) : undefined;
      const unit =
        existing ??
        em.create(Unit, { county, owner, name: record.name, kind: record.kind as UnitKindEnum });
      const before = existing ? snapshot(existing) : undefined;
      unit.owner = em.getReference(Owner, owner.id, { wrapped: true });
      unit.name = record.name;
      unit.kind = record.kind as UnitKindEnum;
      unit.registerId = record.registerId;
      ids.push(unit.id);
      recordAudit(em, this.ctx, {
        action: 'importRegister',
        entityType: 'Unit',
        entityId: unit.id,
        ...(before ? { before } : {}),
        after: snapshot(unit),
        reason,
      });
    }
    return ids;
  }

  private async writeIndicators(
    em: EntityManager,
    countyId: string,
    plan: IndicatorImportPlan,
    reason: string,
  ): Promise<string[]> {
    const county = em.getReference(County, countyId);
    const municipalities = await municipalitiesByNumber(em);
    const owners = new Map((await em.find(Owner, {})).map((o) => [o.orgnr, o] as const));
    const existing = new Map(
      (
        await em.find(SectorIndicator, {
          id: { $in: plan.figures.flatMap((f) => (f.id ? [f.id] : [])) },
        })
      ).map((f) => [f.id, f] as const),
    );
    const ids: string[] = [];
    for (const change of plan.figures) {
      if (change.action === 'UNCHANGED') continue;
      const record = change.record;
      const found = change.id ? existing.get(change.id) : undefined;
      const figure =
        found ??
        em.create(SectorIndicator, {
          county,
          indicatorId: record.indicatorId,
          year: record.year,
          value: record.value,
          source: record.source,
        });
      const before = found ? snapshot(found) : undefined;
      const municipality = record.municipalityNumber
        ? municipalities.get(record.municipalityNumber)
        : undefined;
      const owner = record.ownerOrgnr ? owners.get(record.ownerOrgnr) : undefined;
      figure.municipality = municipality
        ? em.getReference(Municipality, municipality.id, { wrapped: true })
        : null;
      figure.owner = owner ? em.getReference(Owner, owner.id, { wrapped: true }) : null;
      figure.sector = (record.sector as SectorIndicator['sector']) ?? null;
      figure.value = record.value;
      figure.source = record.source;
      ids.push(figure.id);
      recordAudit(em, this.ctx, {
        action: 'importIndicators',
        entityType: 'SectorIndicator',
        entityId: figure.id,
        ...(before ? { before } : {}),
        after: snapshot(figure),
        reason,
      });
    }
    return ids;
  }

  private async writeCommitments(
    em: EntityManager,
    countyId: string,
    plan: CommitmentImportPlan,
    reason: string,
  ): Promise<string[]> {
    const county = em.getReference(County, countyId);
    const partnerships = new Map(
      (await em.find(Partnership, {}, { populate: ['institution'] })).map(
        (p) => [p.id, p] as const,
      ),
    );
    const existing = new Map(
      (await em.find(Commitment, { grantedInRound: null })).map((c) => [c.id, c] as const),
    );
    const ids: string[] = [];
    for (const change of plan.commitments) {
      if (change.action === 'UNCHANGED') continue;
      const { partnershipId, ...record } = change.record;
      const partnership = partnerships.get(partnershipId)!;
      const found = change.id ? existing.get(change.id) : undefined;
      const commitment =
        found ??
        (em.create(Commitment, {
          county,
          grantedInRound: null,
          partnership,
          institutionOrgnr: partnership.institution.getEntity().orgnr,
          ...record,
        } as never) as Commitment);
      const before = found ? snapshot(found) : undefined;
      Object.assign(commitment, record);
      ids.push(commitment.id);
      recordAudit(em, this.ctx, {
        action: 'importCommitments',
        entityType: 'Commitment',
        entityId: commitment.id,
        ...(before ? { before } : {}),
        after: snapshot(commitment),
        reason,
      });
    }
    return ids;
  }
}

/** The domain's plan of an import against what the county's register holds now. */
async function planFor(
  em: EntityManager,
  kind: RegisterImportKind,
  table: Table,
  file: UploadedFile,
): Promise<AnyPlan> {
  switch (kind) {
    case RegisterImportKind.REGISTER:
      return planRegisterImport(table, await registerSnapshot(em));
    case RegisterImportKind.INDICATORS:
      return planIndicatorImport(table, await indicatorSnapshot(em), file.fileName.slice(0, 300));
    case RegisterImportKind.COMMITMENTS:
      return planCommitmentImport(table, await commitmentSnapshot(em));
  }
}

async function registerSnapshot(em: EntityManager): Promise<RegisterSnapshot> {
  const [municipalities, owners, units] = await Promise.all([
    em.execute<{ number: string; name: string }[]>('select number, name from municipality'),
    em.execute<
      {
        id: string;
        orgnr: string;
        name: string;
        ownership: Ownership;
        number: string | null;
        participation_years: number[];
        archived: boolean;
      }[]
    >(`select o.id, o.orgnr, o.name, o.ownership, m.number, o.participation_years,
              o.archived_at is not null as archived
         from owner o left join municipality m on m.id = o.municipality_id`),
    em.execute<
      {
        id: string;
        orgnr: string;
        name: string;
        kind: UnitKind;
        register_id: string | null;
        archived: boolean;
      }[]
    >(`select u.id, o.orgnr, u.name, u.kind, u.register_id, u.archived_at is not null as archived
         from unit u join owner o on o.id = u.owner_id order by u.name, u.id`),
  ]);
  return {
    municipalities,
    owners: owners.map((o) => ({
      id: o.id,
      orgnr: o.orgnr,
      name: o.name,
      ownership: o.ownership,
      municipalityNumber: o.number,
      participationYears: o.participation_years,
      archived: o.archived,
    })),
    units: units.map((u) => ({
      id: u.id,
      ownerOrgnr: u.orgnr,
      name: u.name,
      kind: u.kind,
      registerId: u.register_id,
      archived: u.archived,
    })),
  };
}

async function indicatorSnapshot(em: EntityManager): Promise<IndicatorSnapshot> {
  const [rules, municipalities, owners, figures] = await Promise.all([
    currentPlanRules(em),
    em.execute<{ number: string; name: string }[]>('select number, name from municipality'),
    em.execute<{ orgnr: string }[]>('select orgnr from owner'),
    em.execute<
      {
        id: string;
        indicator_id: string;
        number: string | null;
        orgnr: string | null;
        sector: Sector | null;
        year: number;
        value: number;
        source: string;
      }[]
    >(`select s.id, s.indicator_id, m.number, o.orgnr, s.sector, s.year, s.value, s.source
         from sector_indicator s
         left join municipality m on m.id = s.municipality_id
         left join owner o on o.id = s.owner_id`),
  ]);
  return {
    rules,
    municipalities,
    ownerOrgnrs: new Set(owners.map((o) => o.orgnr)),
    figures: figures.map((f) => ({
      id: f.id,
      indicatorId: f.indicator_id,
      municipalityNumber: f.number,
      ownerOrgnr: f.orgnr,
      sector: f.sector,
      year: f.year,
      value: f.value,
      source: f.source,
    })),
  };
}

async function commitmentSnapshot(em: EntityManager): Promise<CommitmentSnapshot> {
  const [rules, partnerships, rounds, committed, earlier] = await Promise.all([
    currentPlanRules(em),
    em.execute<{ id: string; name: string }[]>('select id, name from partnership'),
    em.execute<{ year: number; frame: number; status: RoundPhase }[]>(
      'select year, frame, status from round order by year',
    ),
    em.execute<{ year: number; amount: string }[]>(
      'select year, sum(amount) as amount from commitment group by year',
    ),
    em.execute<
      {
        id: string;
        partnership_id: string;
        work_id: string;
        sector: Sector;
        duration_years: number;
        granted_year: number;
        year: number;
        amount: number;
        owner: number;
        institution: number;
        coordinator: number;
      }[]
    >(`select id, partnership_id, work_id, sector, duration_years, granted_year, year, amount,
              owner, institution, coordinator
         from commitment where granted_in_round_id is null`),
  ]);
  return {
    rules,
    partnerships,
    firstRoundYear: rounds[0]?.year ?? null,
    rounds,
    committedByYear: new Map(committed.map((c) => [c.year, Number(c.amount)])),
    earlier: earlier.map((c) => ({
      id: c.id,
      partnershipId: c.partnership_id,
      workId: c.work_id,
      sector: c.sector,
      durationYears: c.duration_years,
      grantedYear: c.granted_year,
      year: c.year,
      amount: c.amount,
      owner: c.owner,
      institution: c.institution,
      coordinator: c.coordinator,
    })),
  };
}

/**
 * What the preview showed, as one hash: the kind and every planned change (action, row id,
 * values). The confirmation writes only when its own plan hashes the same.
 */
export function fingerprintOf(kind: string, plan: AnyPlan): string {
  const changes =
    'owners' in plan
      ? { owners: plan.owners, units: plan.units }
      : 'figures' in plan
        ? { figures: plan.figures }
        : { commitments: plan.commitments };
  return createHash('sha256').update(toCanonicalJson({ kind, changes })).digest('hex');
}

export function summaryOf(plan: ImportPlan): ImportCount[] {
  return plan.summary.map((s) => ({ ...s, entity: s.entity as ImportCount['entity'] }));
}

export function previewOf(plan: ImportPlan, fingerprint: string): ImportPreview {
  return {
    rows: plan.rows,
    summary: summaryOf(plan),
    problems: plan.problems.map((p) => problemType(p, null)),
    fingerprint,
    canConfirm: plan.problems.length === 0,
    statements: [],
  };
}

export function problemType(problem: ImportProblem, file: string | null): ImportProblemType {
  return {
    file,
    row: problem.row,
    column: problem.column,
    code: problem.code,
    message: { nb: problem.message.nb, en: problem.message.en },
  };
}

/** An import problem as `extensions.problems` carries it (with its row and column). */
export function problemExtension(problem: ImportProblem & { file?: string | null }) {
  return {
    code: problem.code,
    path: [...problem.path],
    message: problem.message,
    row: problem.row,
    column: problem.column,
    ...(problem.file ? { file: problem.file } : {}),
  };
}
