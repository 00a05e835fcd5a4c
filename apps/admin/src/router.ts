import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router';
import { readToken } from './auth/session-store.js';
import type { Role } from './gql/graphql.js';
import { roleOfToken, startPageFor } from './modules/viewer/navigation.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document.title). */
    title: string;
    /** Reachable without signing in. */
    public?: boolean;
    /** The roles the screen is for (others are sent to their own start page); absent: any. */
    roles?: readonly Role[];
  }
}

const OFFICE: readonly Role[] = ['ADMIN'];
const OFFICE_AND_FORUM: readonly Role[] = ['ADMIN', 'FORUM'];
const PARTNERSHIP: readonly Role[] = ['PARTNERSHIP'];

// Every screen is its own chunk: the initial bundle holds the shell only.
export const routes: RouteRecordRaw[] = [
  {
    path: '/logg-inn',
    name: 'sign-in',
    component: () => import('./modules/sign-in/SignInPage.vue'),
    meta: { title: 'signIn.title', public: true },
  },
  {
    path: '/logg-inn/oidc',
    name: 'oidc-callback',
    component: () => import('./modules/sign-in/OidcCallbackPage.vue'),
    meta: { title: 'signIn.title', public: true },
  },
  {
    path: '/status',
    name: 'home',
    component: () => import('./modules/home/HomePage.vue'),
    meta: { title: 'home.title', public: true },
  },
  // Each role starts on its own first screen.
  { path: '/', redirect: () => ({ name: startPageFor(roleOfToken(readToken())) }) },
  {
    path: '/runde',
    name: 'round',
    component: () => import('./modules/round/RoundOverviewPage.vue'),
    meta: { title: 'nav.round', roles: OFFICE_AND_FORUM },
  },
  {
    path: '/behovsmeldinger',
    name: 'statements',
    component: () => import('./modules/needs-statements/NeedsStatementsPage.vue'),
    meta: { title: 'statements.title', roles: OFFICE },
  },
  {
    path: '/behovsmeldinger/:id',
    name: 'statement',
    component: () => import('./modules/needs-statements/NeedsStatementPage.vue'),
    props: true,
    meta: { title: 'statement.title', roles: OFFICE },
  },
  {
    path: '/scenarioer/:id?',
    name: 'scenarios',
    component: () => import('./modules/scenarios/ScenariosPage.vue'),
    props: true,
    meta: { title: 'scenario.pageTitle', roles: OFFICE },
  },
  {
    path: '/sammenlign',
    name: 'compare',
    component: () => import('./modules/compare/ComparePage.vue'),
    meta: { title: 'compare.title', roles: OFFICE_AND_FORUM },
  },
  {
    path: '/forslag',
    name: 'proposal',
    component: () => import('./modules/proposal/ProposalPage.vue'),
    meta: { title: 'proposal.title', roles: OFFICE_AND_FORUM },
  },
  {
    path: '/rapporter',
    name: 'reports',
    component: () => import('./modules/reporting/ReportsPage.vue'),
    meta: { title: 'reports.title', roles: OFFICE },
  },
  {
    path: '/rapporter/:id',
    name: 'report',
    component: () => import('./modules/reporting/AnnualReportPage.vue'),
    props: true,
    meta: { title: 'reports.report.title', roles: OFFICE },
  },
  {
    path: '/utbetalinger',
    name: 'payments',
    component: () => import('./modules/payments/PaymentsPage.vue'),
    meta: { title: 'money.payments.title', roles: OFFICE },
  },
  {
    path: '/klager',
    name: 'complaints',
    component: () => import('./modules/complaints/ComplaintsPage.vue'),
    meta: { title: 'money.complaints.title', roles: OFFICE },
  },
  {
    path: '/brevmal',
    name: 'letter-template',
    component: () => import('./modules/letter-template/LetterTemplatePage.vue'),
    meta: { title: 'letterTemplate.title', roles: OFFICE },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('./modules/register/RegisterPage.vue'),
    redirect: { name: 'register-owners' },
    meta: { title: 'register.title', roles: OFFICE },
    children: [
      {
        path: 'eiere',
        name: 'register-owners',
        component: () => import('./modules/register/OwnersPage.vue'),
        meta: { title: 'register.tabs.owners' },
      },
      {
        path: 'eiere/:id',
        name: 'register-owner',
        component: () => import('./modules/register/OwnerPage.vue'),
        props: true,
        meta: { title: 'register.owners.details' },
      },
      {
        path: 'kompetansemiljoer',
        name: 'register-institutions',
        component: () => import('./modules/register/InstitutionsPage.vue'),
        meta: { title: 'register.tabs.institutions' },
      },
      {
        path: 'partnerskap',
        name: 'register-partnerships',
        component: () => import('./modules/register/PartnershipsPage.vue'),
        meta: { title: 'register.tabs.partnerships' },
      },
      {
        path: 'kunnskapsgrunnlag',
        name: 'register-knowledge-base',
        component: () => import('./modules/register/KnowledgeBasePage.vue'),
        meta: { title: 'register.tabs.knowledgeBase' },
      },
      {
        path: 'laste-midler',
        name: 'register-commitments',
        component: () => import('./modules/register/EarlierCommitmentsPage.vue'),
        meta: { title: 'register.tabs.commitments' },
      },
      {
        path: 'import',
        name: 'register-import',
        component: () => import('./modules/register/ImportPage.vue'),
        meta: { title: 'register.tabs.import' },
      },
    ],
  },
  {
    path: '/partnerskap/behovsmeldinger',
    name: 'partner-statements',
    component: () => import('./modules/partner/PartnerStatementsPage.vue'),
    meta: { title: 'partner.statements.title', roles: PARTNERSHIP },
  },
  {
    path: '/partnerskap/behovsmeldinger/ny',
    name: 'partner-statement-new',
    component: () => import('./modules/partner/PartnerStatementPage.vue'),
    meta: { title: 'partner.form.newTitle', roles: PARTNERSHIP },
  },
  {
    path: '/partnerskap/behovsmeldinger/:id',
    name: 'partner-statement',
    component: () => import('./modules/partner/PartnerStatementPage.vue'),
    props: true,
    meta: { title: 'partner.form.title', roles: PARTNERSHIP },
  },
  {
    path: '/partnerskap/tilskudd',
    name: 'partner-grants',
    component: () => import('./modules/partner/PartnerGrantsPage.vue'),
    meta: { title: 'partner.grants.title', roles: PARTNERSHIP },
  },
  {
    path: '/partnerskap/rapporter',
    name: 'partner-reports',
    component: () => import('./modules/partner/PartnerReportsPage.vue'),
    meta: { title: 'partner.reports.title', roles: PARTNERSHIP },
  },
  {
    path: '/partnerskap/rapporter/:decisionId/:year(\\d{4})',
    name: 'partner-report',
    component: () => import('./modules/partner/PartnerReportFormPage.vue'),
    props: true,
    meta: { title: 'partner.reportForm.pageTitle', roles: PARTNERSHIP },
  },
  {
    path: '/nasjonalt',
    name: 'national',
    component: () => import('./modules/national/NationalStatisticsPage.vue'),
    meta: { title: 'national.title', roles: ['NATIONAL'] },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./modules/not-found/NotFoundPage.vue'),
    meta: { title: 'notFound.title', public: true },
  },
];

/** Screens other than the public ones need a token; without one, go to sign-in and come back. */
export function installAuthGuard(
  router: Router,
  hasToken: () => boolean = () => !!readToken(),
  role: () => Role | null = () => roleOfToken(readToken()),
) {
  router.beforeEach((to) => {
    if (to.meta.public) return true;
    if (!hasToken()) return { name: 'sign-in', query: { redirect: to.fullPath } };
    // A screen of another role: the role's own start page instead of a "no access" answer.
    const roles = to.matched.flatMap((r) => r.meta.roles ?? []);
    const own = role();
    if (roles.length > 0 && own && !roles.includes(own)) return { name: startPageFor(own) };
    return true;
  });
}

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes });
  installAuthGuard(router);
  return router;
}
