import type { EntityManager } from '@mikro-orm/postgresql';
import {
  checkCommitmentYearOpen,
  defaultEarlierWorkId,
  validateEarlierCommitment,
  type EarlierCommitmentRecord,
  type RoundPhase,
} from '@kompetansemidler/domain';
import { pageWindow, type Page, type PageArgs } from '../../common/connection.js';
import { lockForEdit } from '../../common/lock-for-edit.js';
import { viewerCountyId, type ServiceContext } from '../../common/service-context.js';
import { isUuid } from '../../common/uuid.js';
import { NotFoundError } from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { assertNoProblems, currentPlanRules, trimmed } from '../register/register-support.js';
import { Commitment } from './commitment.entity.js';
import type {
  CreateEarlierCommitmentInput,
  EarlierCommitmentFields,
  UpdateEarlierCommitmentInput,
} from './dto/earlier-commitment.inputs.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

/**
 * Earlier commitments: years of grants made before the county's rounds here. A later year binds
 * that year's frame like any multi-year grant; an earlier year is history (the four-year limit,
 * the funding history). Grants the rounds here decide are not edited through this.
 */
@requestScoped()
export class EarlierCommitmentService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  private get em() {
    return this.ctx.em;
  }

  async list(args: PageArgs): Promise<Page<Commitment>> {
    const { offset, limit } = pageWindow(args);
    const [nodes, totalCount] = await this.em.findAndCount(
      Commitment,
      { grantedInRound: null },
      { orderBy: { grantedYear: 'desc', workId: 'asc', year: 'asc', id: 'asc' }, offset, limit },
    );
    return { nodes, totalCount, offset, limit };
  }

  create(input: CreateEarlierCommitmentInput): Promise<Commitment> {
    const countyId = viewerCountyId(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const { record, partnership } = await check(em, input, null);
      const commitment = em.create(Commitment, {
        county: em.getReference(County, countyId),
        grantedInRound: null,
        partnership,
        institutionOrgnr: partnership.institution.getEntity().orgnr,
        ...record,
      } as never) as Commitment;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'createEarlierCommitment',
        entityType: 'Commitment',
        entityId: commitment.id,
        after: snapshot(commitment),
      });
      return commitment;
    });
  }

  update(input: UpdateEarlierCommitmentInput): Promise<Commitment> {
    return this.em.transactional(async (em) => {
      const commitment = await this.lockEarlier(em, input.id, input.expectedVersion);
      const before = snapshot(commitment);
      const { record, partnership } = await check(em, input, commitment);
      Object.assign(commitment, record);
      commitment.partnership = em.getReference(Partnership, partnership.id, { wrapped: true });
      commitment.institutionOrgnr = partnership.institution.getEntity().orgnr;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'updateEarlierCommitment',
        entityType: 'Commitment',
        entityId: commitment.id,
        before,
        after: snapshot(commitment),
      });
      return commitment;
    });
  }

  delete(id: string): Promise<string> {
    return this.em.transactional(async (em) => {
      const commitment = await this.lockEarlier(em, id, null);
      assertNoProblems(
        'commitment',
        checkCommitmentYearOpen(await lockRoundOf(em, commitment.year)),
      );
      recordAudit(em, this.ctx, {
        action: 'deleteEarlierCommitment',
        entityType: 'Commitment',
        entityId: id,
        before: snapshot(commitment),
      });
      em.remove(commitment);
      await em.flush();
      return id;
    });
  }

  /** An earlier commitment of the county (a round's own grants are not edited here). */
  private async lockEarlier(
    em: EntityManager,
    id: string,
    expectedVersion: number | null | undefined,
  ): Promise<Commitment> {
    if (!isUuid(id)) throw new NotFoundError('Commitment', id);
    const commitment = await lockForEdit(em, Commitment, id, expectedVersion);
    if (commitment.grantedInRound !== null) throw new NotFoundError('Commitment', id);
    return commitment;
  }
}

/**
 * The year's round, locked for the rest of the transaction: writes that bind the year's funds
 * (commitments, a new frame) then take turns, so two of them cannot together pass the frame.
 */
async function lockRoundOf(
  em: EntityManager,
  year: number,
): Promise<{ year: number; frame: number; status: RoundPhase } | null> {
  const [round] = await em.execute<{ year: number; frame: number; status: RoundPhase }[]>(
    'select year, frame, status from round where year = ? for update',
    [year],
  );
  return round ?? null;
}

/** The input checked by the earlier-commitment rules, with what it binds in its year. */
async function check(
  em: EntityManager,
  input: EarlierCommitmentFields,
  existing: Commitment | null,
): Promise<{ record: EarlierCommitmentRecord; partnership: Partnership }> {
  const partnership = isUuid(input.partnershipId)
    ? await em.findOne(Partnership, { id: input.partnershipId }, { populate: ['institution'] })
    : null;
  const record: EarlierCommitmentRecord = {
    partnershipId: input.partnershipId,
    workId:
      trimmed(input.workId) ??
      existing?.workId ??
      defaultEarlierWorkId(input.partnershipId, input.grantedYear, input.sector),
    sector: input.sector,
    durationYears: input.durationYears,
    grantedYear: input.grantedYear,
    year: input.year,
    amount: input.amount ?? input.owner + input.institution,
    owner: input.owner,
    institution: input.institution,
    coordinator: input.coordinator ?? 0,
  };
  const problems = [];
  if (existing && existing.year !== record.year) {
    problems.push(...checkCommitmentYearOpen(await lockRoundOf(em, existing.year)));
  }
  const round = Number.isInteger(record.year) ? await lockRoundOf(em, record.year) : null;
  const [first] = await em.execute<{ year: number | null }[]>(
    'select min(year) as year from round',
  );
  const [bound] = await em.execute<{ amount: string }[]>(
    'select coalesce(sum(amount), 0) as amount from commitment where year = ? and id <> ?',
    [record.year, existing?.id ?? '00000000-0000-0000-0000-000000000000'],
  );
  problems.push(
    ...validateEarlierCommitment(record, {
      rules: await currentPlanRules(em, record.year),
      partnershipExists: partnership !== null,
      firstRoundYear: first?.year ?? null,
      round,
      committedInYear: Number(bound?.amount ?? 0),
    }),
  );
  assertNoProblems('commitment', problems);
  return { record, partnership: partnership! };
}
