import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { requestScoped } from '../../common/request-container.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { Decision } from '../decision/decision.entity.js';
import { YearGrant } from '../scenario/dto/scenario.types.js';
import { Complaint } from './complaint.entity.js';
import { ComplaintService } from './complaint.service.js';
import { DecisionVersion } from './decision-version.entity.js';
import {
  ChangeDecisionInput,
  FileComplaintInput,
  ForwardComplaintInput,
  RegisterComplaintInput,
  RejectComplaintInput,
} from './dto/complaint.inputs.js';

const READERS = [Role.ADMIN, Role.PARTNERSHIP];

@Resolver(() => Complaint)
@requestScoped()
export class ComplaintResolver {
  constructor(private readonly complaintService: ComplaintService) {}

  @Authorized(READERS)
  @Query(() => [Complaint], {
    description:
      'Complaints, newest first: a round’s, or all the caller may see (a partnership: its own).',
  })
  complaints(
    @Arg('roundId', () => ID, { nullable: true }) roundId: string | null,
  ): Promise<Complaint[]> {
    return this.complaintService.list(roundId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Complaint, {
    description: 'Registers a complaint against a decision, with its deadline check.',
  })
  registerComplaint(
    @Arg('input', () => RegisterComplaintInput) input: RegisterComplaintInput,
  ): Promise<Complaint> {
    return this.complaintService.register(input);
  }

  @Authorized(Role.PARTNERSHIP)
  @Mutation(() => Complaint, {
    description:
      'A partnership files a complaint against one of its own decisions (received today; the deadline checked, a late one registered as late).',
  })
  fileComplaint(
    @Arg('input', () => FileComplaintInput) input: FileComplaintInput,
  ): Promise<Complaint> {
    return this.complaintService.file(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Complaint, {
    description:
      'Rejects (avviser) the complaint: the conditions for hearing it are not met, e.g. filed too late (REJECTED).',
  })
  rejectComplaint(
    @Arg('input', () => RejectComplaintInput) input: RejectComplaintInput,
  ): Promise<Complaint> {
    return this.complaintService.reject(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Complaint, {
    description: 'Upholds the decision and forwards the complaint to the directorate (FORWARDED).',
  })
  forwardComplaint(
    @Arg('input', () => ForwardComplaintInput) input: ForwardComplaintInput,
  ): Promise<Complaint> {
    return this.complaintService.forward(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Complaint, {
    description: 'Finds the complaint justified: a new version of the decision (CHANGED).',
  })
  changeDecisionOnComplaint(
    @Arg('input', () => ChangeDecisionInput) input: ChangeDecisionInput,
  ): Promise<Complaint> {
    return this.complaintService.change(input);
  }

  @FieldResolver(() => Decision)
  decision(@Root() complaint: Complaint): Promise<Decision> {
    return complaint.decision.loadOrFail({ dataloader: true });
  }
}

@Resolver(() => DecisionVersion)
export class DecisionVersionResolver {
  @FieldResolver(() => [YearGrant])
  grantedPerYear(@Root() version: DecisionVersion): YearGrant[] {
    return version.grantedPerYear;
  }
}

@Resolver(() => Decision)
@requestScoped()
export class DecisionComplaintsResolver {
  constructor(private readonly complaintService: ComplaintService) {}

  @Authorized(READERS)
  @FieldResolver(() => [Complaint], {
    description: 'Complaints against the decision, oldest first.',
  })
  complaints(@Root() decision: Decision, @Ctx() ctx: RequestContext): Promise<Complaint[]> {
    return ctx.loaders
      .get<string, Complaint[]>(
        'complaintsByDecision',
        (ids) => this.complaintService.ofDecisions(ids),
        [],
      )
      .load(decision.id);
  }

  @Authorized(READERS)
  @FieldResolver(() => [DecisionVersion], {
    description: 'Earlier and current versions (empty while the decision was never changed).',
  })
  versions(@Root() decision: Decision, @Ctx() ctx: RequestContext): Promise<DecisionVersion[]> {
    return ctx.loaders
      .get<string, DecisionVersion[]>(
        'versionsByDecision',
        (ids) => this.complaintService.versionsOf(ids),
        [],
      )
      .load(decision.id);
  }
}
