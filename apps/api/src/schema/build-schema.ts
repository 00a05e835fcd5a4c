import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ResolverData } from 'type-graphql';
import { registerRequestScoped } from '../common/request-container.js';
import type { RequestContext } from '../server/request-context.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import {
  ComplaintResolver,
  DecisionComplaintsResolver,
  DecisionVersionResolver,
} from '../modules/complaint/complaint.resolver.js';
import {
  DecisionPaymentsResolver,
  PaymentResolver,
  RepaymentClaimResolver,
} from '../modules/payment/payment.resolver.js';
import { guardInputs } from '../server/input-guard.js';
import { storedTextLimits } from './stored-columns.js';
import { authChecker } from '../modules/auth/auth-checker.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CountyResolver } from '../modules/county/county.resolver.js';
import { DecisionResolver, RoundDecisionsResolver } from '../modules/decision/decision.resolver.js';
import {
  DecisionLetterFieldsResolver,
  DecisionLetterResolver,
} from '../modules/decision/letter/letter.resolver.js';
import { HealthResolver } from '../modules/health/health.resolver.js';
import { ErrorCodeResolver } from '../errors/error-code.resolver.js';
import { NationalResolver } from '../modules/national/national.resolver.js';
import {
  NeedsStatementResolver,
  RoundNeedsStatementsResolver,
} from '../modules/needs-statement/needs-statement.resolver.js';
import {
  OwnerResolver,
  PartnershipFieldsResolver,
  PartnershipResolver,
} from '../modules/partnership/partnership.resolver.js';
import {
  PartnershipContactsResolver,
  RegisterResolver,
  UnitFieldsResolver,
} from '../modules/partnership/register.resolver.js';
import { ProposalResolver, RoundProposalsResolver } from '../modules/proposal/proposal.resolver.js';
import {
  AnnualReportResolver,
  DecisionReportsResolver,
} from '../modules/reporting/reporting.resolver.js';
import { IndicatorFigureResolver } from '../modules/indicator/indicator-figure.resolver.js';
import { RegisterImportResolver } from '../modules/register/register-import.resolver.js';
import { EarlierCommitmentResolver } from '../modules/round/earlier-commitment.resolver.js';
import { RoundResolver, RoundSummaryResolver } from '../modules/round/round.resolver.js';
import {
  RoundScenariosResolver,
  ScenarioLineResolver,
  ScenarioResolver,
  ScenarioRunResolver,
} from '../modules/scenario/scenario.resolver.js';

export const resolvers = [
  HealthResolver,
  ErrorCodeResolver,
  AuthResolver,
  CountyResolver,
  RoundResolver,
  RoundSummaryResolver,
  RoundNeedsStatementsResolver,
  RoundScenariosResolver,
  RoundProposalsResolver,
  RoundDecisionsResolver,
  NeedsStatementResolver,
  PartnershipResolver,
  PartnershipFieldsResolver,
  OwnerResolver,
  RegisterResolver,
  UnitFieldsResolver,
  PartnershipContactsResolver,
  IndicatorFigureResolver,
  EarlierCommitmentResolver,
  RegisterImportResolver,
  ScenarioResolver,
  ScenarioLineResolver,
  ScenarioRunResolver,
  ProposalResolver,
  DecisionResolver,
  DecisionLetterResolver,
  DecisionLetterFieldsResolver,
  AuditResolver,
  NationalResolver,
  AnnualReportResolver,
  DecisionReportsResolver,
  ComplaintResolver,
  DecisionComplaintsResolver,
  DecisionVersionResolver,
  PaymentResolver,
  RepaymentClaimResolver,
  DecisionPaymentsResolver,
] as const;

/**
 * The API's schema, with every argument checked at the edge (server/input-guard.ts): ids, text
 * well-formed and within its column's length.
 */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  // One resolver instance per request, from the request's container, with its services injected.
  registerRequestScoped(resolvers);
  const schema = await buildSchema({
    resolvers,
    validate: false,
    authChecker,
    authMode: 'error',
    container: ({ context }: ResolverData<RequestContext>) => context.services,
  });
  return guardInputs(schema, storedTextLimits());
}
