import {
  Arg,
  Args,
  Authorized,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, toConnection, type ConnectionShape } from '../../common/connection.js';
import { requestScoped } from '../../common/request-container.js';
import { Role } from '../auth/role.js';
import {
  CreateInstitutionInput,
  CreateOwnerInput,
  CreatePartnershipInput,
  CreateUnitInput,
  SetArchivedInput,
  UnitsArgs,
  UpdateInstitutionInput,
  UpdateOwnerInput,
  UpdatePartnershipInput,
  UpdateUnitInput,
} from './dto/register.inputs.js';
import { Institution } from './institution.entity.js';
import { InstitutionService } from './institution.service.js';
import { Owner } from './owner.entity.js';
import { OwnerService, UnitService } from './owner.service.js';
import { Partnership } from './partnership.entity.js';
import { PartnershipService } from './partnership.service.js';
import { Unit } from './unit.entity.js';

const UnitConnection = ConnectionType(Unit, 'Unit');

@ObjectType({ description: 'A person the office contacts about a partnership.' })
export class ContactPerson {
  @Field()
  name!: string;

  @Field({ description: 'Whom they speak for.' })
  role!: string;

  @Field()
  email!: string;

  @Field()
  phone!: string;
}

/**
 * The office's register (ADMIN): owners, units, institutions and partnerships. Every change is
 * checked by the domain's register rules (VALIDATION_FAILED with problems by field), audited, and
 * written in one transaction; rows something refers to are archived rather than deleted.
 */
@Resolver()
@requestScoped()
export class RegisterResolver {
  constructor(
    private readonly owners: OwnerService,
    private readonly institutions: InstitutionService,
    private readonly partnerships: PartnershipService,
    private readonly unitService: UnitService,
  ) {}

  @Authorized(Role.ADMIN)
  @Query(() => Owner)
  owner(@Arg('id', () => ID) id: string): Promise<Owner> {
    return this.owners.get(id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => Institution)
  institution(@Arg('id', () => ID) id: string): Promise<Institution> {
    return this.institutions.get(id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => Partnership)
  partnership(@Arg('id', () => ID) id: string): Promise<Partnership> {
    return this.partnerships.get(id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => UnitConnection, { description: 'Kindergartens and schools, by name.' })
  async units(@Args(() => UnitsArgs) args: UnitsArgs): Promise<ConnectionShape<Unit>> {
    return toConnection(await this.unitService.list(args));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Owner, { description: 'Registers a kindergarten or school owner.' })
  createOwner(@Arg('input', () => CreateOwnerInput) input: CreateOwnerInput): Promise<Owner> {
    return this.owners.create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Owner)
  updateOwner(@Arg('input', () => UpdateOwnerInput) input: UpdateOwnerInput): Promise<Owner> {
    return this.owners.update(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Owner, { description: 'Archives an owner (kept for history) or restores it.' })
  setOwnerArchived(@Arg('input', () => SetArchivedInput) input: SetArchivedInput): Promise<Owner> {
    return this.owners.setArchived(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID, {
    description:
      'Deletes an owner and its units when nothing refers to them; otherwise CONFLICT (reason IN_USE): archive it instead.',
  })
  deleteOwner(@Arg('id', () => ID) id: string): Promise<string> {
    return this.owners.delete(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Unit, { description: 'Registers a kindergarten or school of an owner.' })
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput): Promise<Unit> {
    return this.unitService.create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Unit)
  updateUnit(@Arg('input', () => UpdateUnitInput) input: UpdateUnitInput): Promise<Unit> {
    return this.unitService.update(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Unit)
  setUnitArchived(@Arg('input', () => SetArchivedInput) input: SetArchivedInput): Promise<Unit> {
    return this.unitService.setArchived(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID)
  deleteUnit(@Arg('id', () => ID) id: string): Promise<string> {
    return this.unitService.delete(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Institution, {
    description: 'Registers a university, university college, vocational college or other.',
  })
  createInstitution(
    @Arg('input', () => CreateInstitutionInput) input: CreateInstitutionInput,
  ): Promise<Institution> {
    return this.institutions.create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Institution)
  updateInstitution(
    @Arg('input', () => UpdateInstitutionInput) input: UpdateInstitutionInput,
  ): Promise<Institution> {
    return this.institutions.update(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Institution)
  setInstitutionArchived(
    @Arg('input', () => SetArchivedInput) input: SetArchivedInput,
  ): Promise<Institution> {
    return this.institutions.setArchived(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID)
  deleteInstitution(@Arg('id', () => ID) id: string): Promise<string> {
    return this.institutions.delete(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Partnership, {
    description: 'Registers a partnership of owners and an institution, as the plan allows.',
  })
  createPartnership(
    @Arg('input', () => CreatePartnershipInput) input: CreatePartnershipInput,
  ): Promise<Partnership> {
    return this.partnerships.create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Partnership)
  updatePartnership(
    @Arg('input', () => UpdatePartnershipInput) input: UpdatePartnershipInput,
  ): Promise<Partnership> {
    return this.partnerships.update(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Partnership)
  setPartnershipArchived(
    @Arg('input', () => SetArchivedInput) input: SetArchivedInput,
  ): Promise<Partnership> {
    return this.partnerships.setArchived(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID, {
    description:
      'Deletes a partnership with no statements, grants or reports; otherwise CONFLICT (reason IN_USE).',
  })
  deletePartnership(@Arg('id', () => ID) id: string): Promise<string> {
    return this.partnerships.delete(id);
  }
}

@Resolver(() => Unit)
export class UnitFieldsResolver {
  @FieldResolver(() => Owner)
  owner(@Root() unit: Unit): Promise<Owner> {
    return unit.owner.loadOrFail({ dataloader: true });
  }
}

@Resolver(() => Partnership)
export class PartnershipContactsResolver {
  @Authorized(Role.ADMIN, Role.PARTNERSHIP)
  @FieldResolver(() => [ContactPerson], {
    description: 'The people the office contacts (personal data: the office and the partnership).',
  })
  contactPersons(@Root() partnership: Partnership): ContactPerson[] {
    return partnership.contactPersons;
  }
}
