import type { EntityManager } from '@mikro-orm/postgresql';
import { normaliseOrgnr, validateInstitution } from '@kompetansemidler/domain';
import { lockForEdit } from '../../common/lock-for-edit.js';
import { viewerCountyId, type ServiceContext } from '../../common/service-context.js';
import { NotFoundError } from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import { assertDeletable, assertNoProblems } from '../register/register-support.js';
import type {
  CreateInstitutionInput,
  InstitutionFields,
  SetArchivedInput,
  UpdateInstitutionInput,
} from './dto/register.inputs.js';
import { Institution } from './institution.entity.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

/** The county's competence partners (universities, university colleges, vocational colleges, others). */
@requestScoped()
export class InstitutionService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  private get em() {
    return this.ctx.em;
  }

  async get(id: string): Promise<Institution> {
    const institution = await this.em.findOne(Institution, { id });
    if (!institution) throw new NotFoundError('Institution', id);
    return institution;
  }

  create(input: CreateInstitutionInput): Promise<Institution> {
    const countyId = viewerCountyId(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const institution = em.create(Institution, {
        county: em.getReference(County, countyId),
        orgnr: '',
        name: '',
        kind: input.kind,
      });
      await apply(em, institution, input);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'createInstitution',
        entityType: 'Institution',
        entityId: institution.id,
        after: snapshot(institution),
      });
      return institution;
    });
  }

  update(input: UpdateInstitutionInput): Promise<Institution> {
    return this.em.transactional(async (em) => {
      const institution = await lockForEdit(em, Institution, input.id, input.expectedVersion);
      const before = snapshot(institution);
      await apply(em, institution, input);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'updateInstitution',
        entityType: 'Institution',
        entityId: institution.id,
        before,
        after: snapshot(institution),
      });
      return institution;
    });
  }

  setArchived(input: SetArchivedInput): Promise<Institution> {
    return this.em.transactional(async (em) => {
      const institution = await lockForEdit(em, Institution, input.id, input.expectedVersion);
      const before = snapshot(institution);
      institution.archivedAt = input.archived ? (institution.archivedAt ?? new Date()) : null;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: input.archived ? 'archiveInstitution' : 'restoreInstitution',
        entityType: 'Institution',
        entityId: institution.id,
        before,
        after: snapshot(institution),
      });
      return institution;
    });
  }

  delete(id: string): Promise<string> {
    return this.em.transactional(async (em) => {
      const institution = await lockForEdit(em, Institution, id, null);
      await assertDeletable(em, 'institution', id, {
        nb: 'kompetansemiljøet',
        en: 'the institution',
      });
      recordAudit(em, this.ctx, {
        action: 'deleteInstitution',
        entityType: 'Institution',
        entityId: id,
        before: snapshot(institution),
      });
      em.remove(institution);
      await em.flush();
      return id;
    });
  }
}

async function apply(
  em: EntityManager,
  institution: Institution,
  input: InstitutionFields,
): Promise<void> {
  const record = { orgnr: normaliseOrgnr(input.orgnr), name: input.name.trim(), kind: input.kind };
  const taken = await em.execute<{ orgnr: string }[]>(
    'select orgnr from institution where orgnr = ? and id <> ?',
    [record.orgnr, institution.id],
  );
  assertNoProblems(
    'institution',
    validateInstitution(record, { takenOrgnrs: new Set(taken.map((t) => t.orgnr)) }),
  );
  institution.orgnr = record.orgnr;
  institution.name = record.name;
  institution.kind = record.kind;
}
