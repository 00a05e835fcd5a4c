import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  figureIndicators,
  indicatorFigureKey,
  validateIndicatorFigure,
  type IndicatorDefinition,
  type IndicatorFigureRecord,
} from '@kompetansemidler/domain';
import { pageWindow, type Page } from '../../common/connection.js';
import { lockForEdit } from '../../common/lock-for-edit.js';
import { viewerCountyId, type ServiceContext } from '../../common/service-context.js';
import { isUuid } from '../../common/uuid.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import { Municipality } from '../county/municipality.entity.js';
import { Owner } from '../partnership/owner.entity.js';
import {
  assertNoProblems,
  currentPlanRules,
  municipalitiesByNumber,
  trimmed,
} from '../register/register-support.js';
import type {
  CreateIndicatorFigureInput,
  IndicatorFigureFields,
  IndicatorFiguresArgs,
  UpdateIndicatorFigureInput,
} from './dto/indicator-figure.inputs.js';
import { SectorIndicator } from './sector-indicator.entity.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

/** The knowledge base (kunnskapsgrunnlag): the figures the plan's statistical indicators read. */
@requestScoped()
export class IndicatorFigureService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  private get em() {
    return this.ctx.em;
  }

  /** The plan's indicators that come as figures (statistics, distance). */
  async indicators(): Promise<IndicatorDefinition[]> {
    return figureIndicators(await currentPlanRules(this.em));
  }

  async list(args: IndicatorFiguresArgs): Promise<Page<SectorIndicator>> {
    const { offset, limit } = pageWindow(args);
    const where: FilterQuery<SectorIndicator> = {};
    if (args.indicatorId) where.indicatorId = args.indicatorId;
    if (args.year != null) where.year = args.year;
    if (args.municipalityNumber) where.municipality = { number: args.municipalityNumber };
    if (args.ownerId) where.owner = isUuid(args.ownerId) ? args.ownerId : null;
    const [nodes, totalCount] = await this.em.findAndCount(SectorIndicator, where, {
      orderBy: { year: 'desc', indicatorId: 'asc', municipality: { number: 'asc' }, id: 'asc' },
      offset,
      limit,
    });
    return { nodes, totalCount, offset, limit };
  }

  create(input: CreateIndicatorFigureInput): Promise<SectorIndicator> {
    const countyId = viewerCountyId(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const figure = em.create(SectorIndicator, {
        county: em.getReference(County, countyId),
        indicatorId: '',
        year: input.year,
        value: 0,
        source: '',
      });
      await apply(em, figure, input);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'createIndicatorFigure',
        entityType: 'SectorIndicator',
        entityId: figure.id,
        after: snapshot(figure),
      });
      return figure;
    });
  }

  update(input: UpdateIndicatorFigureInput): Promise<SectorIndicator> {
    return this.em.transactional(async (em) => {
      const figure = await lockForEdit(em, SectorIndicator, input.id, input.expectedVersion);
      const before = snapshot(figure);
      await apply(em, figure, input);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'updateIndicatorFigure',
        entityType: 'SectorIndicator',
        entityId: figure.id,
        before,
        after: snapshot(figure),
      });
      return figure;
    });
  }

  /** Deletes a figure (nothing refers to one: scenarios keep the figures they ran with). */
  delete(id: string): Promise<string> {
    return this.em.transactional(async (em) => {
      const figure = await lockForEdit(em, SectorIndicator, id, null);
      recordAudit(em, this.ctx, {
        action: 'deleteIndicatorFigure',
        entityType: 'SectorIndicator',
        entityId: id,
        before: snapshot(figure),
      });
      em.remove(figure);
      await em.flush();
      return id;
    });
  }
}

async function apply(
  em: EntityManager,
  figure: SectorIndicator,
  input: IndicatorFigureFields,
): Promise<void> {
  const municipalities = await municipalitiesByNumber(em);
  const ownerId = trimmed(input.ownerId);
  const owner = ownerId && isUuid(ownerId) ? await em.findOne(Owner, { id: ownerId }) : null;
  const record: IndicatorFigureRecord = {
    indicatorId: input.indicatorId.trim(),
    municipalityNumber: trimmed(input.municipalityNumber),
    // An owner id the register does not know is named as given, so the rule can say so.
    ownerOrgnr: ownerId ? (owner?.orgnr ?? ownerId) : null,
    sector: input.sector ?? null,
    year: input.year,
    value: input.value,
    source: input.source.trim(),
  };
  const taken = await em.execute<
    {
      indicator_id: string;
      number: string | null;
      orgnr: string | null;
      sector: IndicatorFigureRecord['sector'];
      year: number;
    }[]
  >(
    `select s.indicator_id, m.number, o.orgnr, s.sector, s.year
       from sector_indicator s
       left join municipality m on m.id = s.municipality_id
       left join owner o on o.id = s.owner_id
      where s.indicator_id = ? and s.year = ? and s.id <> ?`,
    [record.indicatorId, record.year, figure.id],
  );
  assertNoProblems(
    'figure',
    validateIndicatorFigure(record, {
      rules: await currentPlanRules(em),
      municipalityNumbers: new Set(municipalities.keys()),
      ownerOrgnrs: new Set(owner ? [owner.orgnr] : []),
      takenKeys: new Set(
        taken.map((t) =>
          indicatorFigureKey({
            indicatorId: t.indicator_id,
            municipalityNumber: t.number,
            ownerOrgnr: t.orgnr,
            sector: t.sector,
            year: t.year,
          }),
        ),
      ),
    }),
  );
  figure.indicatorId = record.indicatorId;
  figure.municipality = record.municipalityNumber
    ? em.getReference(Municipality, municipalities.get(record.municipalityNumber)!.id, {
        wrapped: true,
      })
    : null;
  figure.owner = owner ? em.getReference(Owner, owner.id, { wrapped: true }) : null;
  figure.sector = input.sector ?? null;
  figure.year = record.year;
  figure.value = record.value;
  figure.source = record.source;
}
