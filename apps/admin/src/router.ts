import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router';
import { readToken } from './auth/session-store.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document.title). */
    title: string;
    /** Reachable without signing in. */
    public?: boolean;
  }
}

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
  { path: '/', redirect: { name: 'round' } },
  {
    path: '/runde',
    name: 'round',
    component: () => import('./modules/round/RoundOverviewPage.vue'),
    meta: { title: 'nav.round' },
  },
  {
    path: '/behovsmeldinger',
    name: 'statements',
    component: () => import('./modules/needs-statements/NeedsStatementsPage.vue'),
    meta: { title: 'statements.title' },
  },
  {
    path: '/behovsmeldinger/:id',
    name: 'statement',
    component: () => import('./modules/needs-statements/NeedsStatementPage.vue'),
    props: true,
    meta: { title: 'statement.title' },
  },
  {
    path: '/scenarioer/:id?',
    name: 'scenarios',
    component: () => import('./modules/scenarios/ScenariosPage.vue'),
    props: true,
    meta: { title: 'scenario.pageTitle' },
  },
  {
    path: '/sammenlign',
    name: 'compare',
    component: () => import('./modules/compare/ComparePage.vue'),
    meta: { title: 'compare.title' },
  },
  {
    path: '/forslag',
    name: 'proposal',
    component: () => import('./modules/proposal/ProposalPage.vue'),
    meta: { title: 'proposal.title' },
  },
  {
    path: '/rapporter',
    name: 'reports',
    component: () => import('./modules/reporting/ReportsPage.vue'),
    meta: { title: 'reports.title' },
  },
  {
    path: '/rapporter/:id',
    name: 'report',
    component: () => import('./modules/reporting/AnnualReportPage.vue'),
    props: true,
    meta: { title: 'reports.report.title' },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('./modules/register/RegisterPage.vue'),
    redirect: { name: 'register-owners' },
    meta: { title: 'register.title' },
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
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./modules/not-found/NotFoundPage.vue'),
    meta: { title: 'notFound.title', public: true },
  },
];

/** Screens other than the public ones need a token; without one, go to sign-in and come back. */
export function installAuthGuard(router: Router, hasToken: () => boolean = () => !!readToken()) {
  router.beforeEach((to) => {
    if (to.meta.public || hasToken()) return true;
    return { name: 'sign-in', query: { redirect: to.fullPath } };
  });
}

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes });
  installAuthGuard(router);
  return router;
}
