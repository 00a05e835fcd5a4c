import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./modules/home/HomePage.vue') },
];

export function createAppRouter() {
  return createRouter({ history: createWebHistory(), routes });
}
