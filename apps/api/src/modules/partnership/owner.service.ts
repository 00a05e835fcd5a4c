import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  normaliseOrgnr,
  normaliseYears,
  validateOwner,
  validateUnit,
} from '@kompetansemidler/domain';
import { pageWindow, type Page } from '../../common/connection.js';
import { lockForEdit } from '../../common/lock-for-edit.js';
import { viewerCountyId, type ServiceContext } from '../../common/service-context.js';
import { isUuid } from '../../common/uuid.js';
import { NotFoundError } from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import { Municipality } from '../county/municipality.entity.js';
import {
  assertDeletable,
  assertNoProblems,
  municipalitiesByNumber,
  trimmed,
} from '../register/register-support.js';
import type {
  CreateOwnerInput,
  CreateUnitInput,
  OwnerFields,
  SetArchivedInput,
  UnitFields,
  UnitsArgs,
  UpdateOwnerInput,
  UpdateUnitInput,
} from './dto/register.inputs.js';
import { Owner } from './owner.entity.js';
import { Unit } from './unit.entity.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

/** The office's register of owners and their units: every change checked, audited, in one transaction. */
@requestScoped()
export class OwnerService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  private get em() {
    return this.ctx.em;
  }

  async get(id: string): Promise<Owner> {
    const owner = await this.em.findOne(Owner, { id });
    if (!owner) throw new NotFoundError('Owner', id);
    return owner;
  }

  create(input: CreateOwnerInput): Promise<Owner> {
    const countyId = viewerCountyId(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const owner = em.create(Owner, {
        county: em.getReference(County, countyId),
        orgnr: '',
        name: '',
        ownership: input.ownership,
      });
      await this.apply(em, owner, input);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'createOwner',
        entityType: 'Owner',
        entityId: owner.id,
        after: snapshot(owner),
      });
      return owner;
    });
  }

  update(input: UpdateOwnerInput): Promise<Owner> {
    return this.em.transactional(async (em) => {
      const owner = await lockForEdit(em, Owner, input.id, input.expectedVersion);
      const before = snapshot(owner);
      await this.apply(em, owner, input);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'updateOwner',
        entityType: 'Owner',
        entityId: owner.id,
        before,
        after: snapshot(owner),
      });
      return owner;
    });
  }

  setArchived(input: SetArchivedInput): Promise<Owner> {
    return this.em.transactional(async (em) => {
      const owner = await lockForEdit(em, Owner, input.id, input.expectedVersion);
      const before = snapshot(owner);
      owner.archivedAt = input.archived ? (owner.archivedAt ?? new Date()) : null;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: input.archived ? 'archiveOwner' : 'restoreOwner',
        entityType: 'Owner',
        entityId: owner.id,
        before,
        after: snapshot(owner),
      });
      return owner;
    });
  }

  /** Deletes an owner (with its units) that nothing refers to; otherwise REG_IN_USE. */
  delete(id: string): Promise<string> {
    return this.em.transactional(async (em) => {
      const owner = await lockForEdit(em, Owner, id, null);
      await assertDeletable(em, 'owner', id, { nb: 'eieren', en: 'the owner' });
      const units = await em.find(Unit, { owner: id });
      recordAudit(em, this.ctx, {
        action: 'deleteOwner',
        entityType: 'Owner',
        entityId: id,
        before: { ...snapshot(owner), units: units.map((u) => snapshot(u)) },
      });
      em.remove(units);
      em.remove(owner);
      await em.flush();
      return id;
    });
  }

  /** The input checked by the register's rules and copied onto the owner. */
  private async apply(em: EntityManager, owner: Owner, input: OwnerFields): Promise<void> {
    const municipalities = await municipalitiesByNumber(em);
    const orgnr = normaliseOrgnr(input.orgnr);
    const taken = await em.execute<{ orgnr: string }[]>(
      'select orgnr from owner where orgnr = ? and id <> ?',
      [orgnr, owner.id],
    );
    const record = {
      orgnr,
      name: input.name.trim(),
      ownership: input.ownership,
      municipalityNumber: trimmed(input.municipalityNumber),
      participationYears: input.participationYears,
    };
    assertNoProblems(
      'owner',
      validateOwner(record, {
        municipalityNumbers: new Set(municipalities.keys()),
        takenOrgnrs: new Set(taken.map((t) => t.orgnr)),
      }),
    );
    owner.orgnr = record.orgnr;
    owner.name = record.name;
    owner.ownership = record.ownership;
    owner.municipality = record.municipalityNumber
      ? em.getReference(Municipality, municipalities.get(record.municipalityNumber)!.id, {
          wrapped: true,
        })
      : null;
    owner.participationYears = normaliseYears(record.participationYears);
  }
}

/** The units (kindergartens and schools) of the county's owners. */
@requestScoped()
export class UnitService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  private get em() {
    return this.ctx.em;
  }

  async list(args: UnitsArgs): Promise<Page<Unit>> {
    const { offset, limit } = pageWindow(args);
    const where: FilterQuery<Unit> = {};
    if (args.ownerId) where.owner = args.ownerId;
    if (args.archived != null) where.archivedAt = args.archived ? { $ne: null } : null;
    const search = args.search?.trim();
    if (search) where.name = { $ilike: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
    const [nodes, totalCount] = await this.em.findAndCount(Unit, where, {
      orderBy: { name: 'asc', id: 'asc' },
      offset,
      limit,
    });
    return { nodes, totalCount, offset, limit };
  }

  create(input: CreateUnitInput): Promise<Unit> {
    const countyId = viewerCountyId(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const owner = isUuid(input.ownerId) ? await em.findOne(Owner, { id: input.ownerId }) : null;
      const unit = em.create(Unit, {
        county: em.getReference(County, countyId),
        owner: owner ?? em.getReference(Owner, input.ownerId),
        name: '',
        kind: input.kind,
      });
      await this.apply(em, unit, input, owner);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'createUnit',
        entityType: 'Unit',
        entityId: unit.id,
        after: snapshot(unit),
      });
      return unit;
    });
  }

  update(input: UpdateUnitInput): Promise<Unit> {
    return this.em.transactional(async (em) => {
      const unit = await lockForEdit(em, Unit, input.id, input.expectedVersion);
      const before = snapshot(unit);
      await this.apply(em, unit, input, await em.findOne(Owner, { id: unit.owner.id }));
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'updateUnit',
        entityType: 'Unit',
        entityId: unit.id,
        before,
        after: snapshot(unit),
      });
      return unit;
    });
  }

  setArchived(input: SetArchivedInput): Promise<Unit> {
    return this.em.transactional(async (em) => {
      const unit = await lockForEdit(em, Unit, input.id, input.expectedVersion);
      const before = snapshot(unit);
      unit.archivedAt = input.archived ? (unit.archivedAt ?? new Date()) : null;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: input.archived ? 'archiveUnit' : 'restoreUnit',
        entityType: 'Unit',
        entityId: unit.id,
        before,
        after: snapshot(unit),
      });
      return unit;
    });
  }

  delete(id: string): Promise<string> {
    return this.em.transactional(async (em) => {
      const unit = await lockForEdit(em, Unit, id, null);
      await assertDeletable(em, 'unit', id, { nb: 'enheten', en: 'the unit' });
      recordAudit(em, this.ctx, {
        action: 'deleteUnit',
        entityType: 'Unit',
        entityId: id,
        before: snapshot(unit),
      });
      em.remove(unit);
      await em.flush();
      return id;
    });
  }

  private async apply(
    em: EntityManager,
    unit: Unit,
    input: UnitFields,
    owner: Owner | null,
  ): Promise<void> {
    const registerId = trimmed(input.registerId);
    const record = {
      name: input.name.trim(),
      kind: input.kind,
      registerId: registerId === null ? null : normaliseOrgnr(registerId),
    };
    const taken = record.registerId
      ? await em.execute<{ register_id: string }[]>(
          'select register_id from unit where register_id = ? and id <> ?',
          [record.registerId, unit.id],
        )
      : [];
    assertNoProblems(
      'unit',
      validateUnit(record, {
        owner: owner ? { archived: owner.archivedAt !== null } : null,
        takenRegisterIds: new Set(taken.map((t) => t.register_id)),
      }),
    );
    unit.name = record.name;
    unit.kind = record.kind;
    unit.registerId = record.registerId;
  }
}
