import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { validatePartnership } from '@kompetansemidler/domain';
import { lockForEdit } from '../../common/lock-for-edit.js';
import { viewerCountyId, type ServiceContext } from '../../common/service-context.js';
import { isUuid } from '../../common/uuid.js';
import { NotFoundError } from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import {
  assertDeletable,
  assertNoProblems,
  currentPlanRules,
  trimmed,
} from '../register/register-support.js';
import type {
  CreatePartnershipInput,
  PartnershipFields,
  SetArchivedInput,
  UpdatePartnershipInput,
} from './dto/register.inputs.js';
import { Institution } from './institution.entity.js';
import { Owner } from './owner.entity.js';
import { Unit } from './unit.entity.js';
import { Partnership } from './partnership.entity.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

/**
 * The county's partnerships as the office registers them: owners, institution, other services
 * and contact persons, checked by the register's and the plan's rules.
 */
@requestScoped()
export class PartnershipService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  private get em() {
    return this.ctx.em;
  }

  async get(id: string): Promise<Partnership> {
    const partnership = isUuid(id) ? await this.em.findOne(Partnership, { id }) : null;
    if (!partnership) throw new NotFoundError('Partnership', id);
    return partnership;
  }

  create(input: CreatePartnershipInput): Promise<Partnership> {
    const countyId = viewerCountyId(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const id = randomUUID();
      const checked = await check(em, input, id);
      const partnership = em.create(Partnership, {
        id,
        county: em.getReference(County, countyId),
        name: checked.name,
        institution: checked.institution,
      });
      assign(em, partnership, checked);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'createPartnership',
        entityType: 'Partnership',
        entityId: partnership.id,
        after: await fullSnapshot(partnership),
      });
      return partnership;
    });
  }

  update(input: UpdatePartnershipInput): Promise<Partnership> {
    return this.em.transactional(async (em) => {
      const partnership = await lockForEdit(em, Partnership, input.id, input.expectedVersion);
      const before = await fullSnapshot(partnership);
      assign(em, partnership, await check(em, input, partnership.id));
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'updatePartnership',
        entityType: 'Partnership',
        entityId: partnership.id,
        before,
        after: await fullSnapshot(partnership),
      });
      return partnership;
    });
  }

  setArchived(input: SetArchivedInput): Promise<Partnership> {
    return this.em.transactional(async (em) => {
      const partnership = await lockForEdit(em, Partnership, input.id, input.expectedVersion);
      const before = snapshot(partnership);
      partnership.archivedAt = input.archived ? (partnership.archivedAt ?? new Date()) : null;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: input.archived ? 'archivePartnership' : 'restorePartnership',
        entityType: 'Partnership',
        entityId: partnership.id,
        before,
        after: snapshot(partnership),
      });
      return partnership;
    });
  }

  /** Deletes a partnership nothing refers to (no statements, grants or reports). */
  delete(id: string): Promise<string> {
    return this.em.transactional(async (em) => {
      const partnership = await lockForEdit(em, Partnership, id, null);
      await assertDeletable(em, 'partnership', id, {
        nb: 'partnerskapet',
        en: 'the partnership',
      });
      recordAudit(em, this.ctx, {
        action: 'deletePartnership',
        entityType: 'Partnership',
        entityId: id,
        before: await fullSnapshot(partnership),
      });
      em.remove(partnership);
      await em.flush();
      return id;
    });
  }
}

/** The partnership's columns with its owners' ids, for the audit log. */
async function fullSnapshot(partnership: Partnership): Promise<Record<string, unknown>> {
  const owners = await partnership.owners.load();
  const units = await partnership.units.load();
  return {
    ...snapshot(partnership, ['owners', 'units']),
    ownerIds: owners.getIdentifiers().sort(),
    unitIds: units.getIdentifiers().sort(),
  };
}

interface CheckedPartnership {
  name: string;
  institution: Institution;
  owners: Owner[];
  units: Unit[];
  leadOwnerId: string | null;
  otherServices: string[];
  contactPersons: Partnership['contactPersons'];
}

/** The input checked by the register's and the plan's rules, its references loaded. */
async function check(
  em: EntityManager,
  input: PartnershipFields,
  selfId: string,
): Promise<CheckedPartnership> {
  const ownerIds = input.ownerIds.map((id) => id.trim());
  const unitIds = (input.unitIds ?? []).map((id) => id.trim());
  const owners = await em.find(Owner, { id: { $in: ownerIds.filter(isUuid) } });
  const units =
    unitIds.length > 0 ? await em.find(Unit, { id: { $in: unitIds.filter(isUuid) } }) : [];
  const institution = isUuid(input.institutionId)
    ? await em.findOne(Institution, { id: input.institutionId })
    : null;
  const names = await em.execute<{ name: string }[]>('select name from partnership where id <> ?', [
    selfId,
  ]);
  const record = {
    name: input.name.trim(),
    ownerIds,
    institutionId: input.institutionId,
    leadOwnerId: trimmed(input.leadOwnerId),
    unitIds,
    otherServices: input.otherServices.map((s) => s.trim()),
    contactPersons: input.contactPersons.map((c) => ({
      name: c.name.trim(),
      role: c.role.trim(),
      email: c.email.trim(),
      phone: c.phone.trim(),
    })),
  };
  const rules = await currentPlanRules(em);
  assertNoProblems(
    'partnership',
    validatePartnership(record, {
      rule: rules.partnership,
      owners: new Map(owners.map((o) => [o.id, { archived: o.archivedAt !== null }])),
      institution: institution
        ? { kind: institution.kind, archived: institution.archivedAt !== null }
        : null,
      units: new Map(
        units.map((u) => [u.id, { ownerId: u.owner.id, archived: u.archivedAt !== null }]),
      ),
      takenNames: names.map((n) => n.name),
    }),
  );
  const byId = new Map(owners.map((o) => [o.id, o]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  return {
    name: record.name,
    institution: institution!,
    owners: record.ownerIds.map((id) => byId.get(id)!),
    units: record.unitIds.map((id) => unitById.get(id)!),
    leadOwnerId: record.leadOwnerId,
    otherServices: record.otherServices,
    contactPersons: record.contactPersons,
  };
}

function assign(em: EntityManager, partnership: Partnership, checked: CheckedPartnership): void {
  partnership.name = checked.name;
  partnership.institution = em.getReference(Institution, checked.institution.id, { wrapped: true });
  partnership.owners.set(checked.owners);
  partnership.units.set(checked.units);
  partnership.leadOwner = checked.leadOwnerId
    ? em.getReference(Owner, checked.leadOwnerId, { wrapped: true })
    : null;
  partnership.otherServices = checked.otherServices;
  partnership.contactPersons = checked.contactPersons;
}
