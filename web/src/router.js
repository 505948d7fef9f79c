// Hash history, so every page has a deep link the static server never sees:
// /#/search?q=光刻胶, /#/record/org/522, /#/consortia/3, /#/team?consortium=3.
import { createRouter, createWebHashHistory } from 'vue-router';
import SearchPage from './pages/SearchPage.vue';

export const routes = [
  { path: '/', redirect: '/search' },
  { path: '/search', name: 'search', component: SearchPage },
  { path: '/record/:kind(org|expert)/:id', name: 'record', component: () => import('./pages/RecordPage.vue') },
  { path: '/build', name: 'build', component: () => import('./pages/BuildPage.vue') },
  { path: '/consortia/:id', name: 'consortium', component: () => import('./pages/ConsortiumPage.vue') },
  { path: '/team', name: 'team', component: () => import('./pages/TeamPage.vue') },
  { path: '/planner', name: 'planner', component: () => import('./pages/PlannerPage.vue') },
  { path: '/application/:id?', name: 'application', component: () => import('./pages/ApplicationPage.vue') },
  { path: '/:rest(.*)*', redirect: '/search' },
];

export const router = createRouter({ history: createWebHashHistory(), routes });
