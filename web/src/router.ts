/** Client-side routes; Flask answers every non-/api path with the same shell. */
import { createRouter, createWebHistory } from 'vue-router'
import { store } from './store'

const BaseView = () => import('./views/BaseView.vue')

export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    { path: '/login', name: 'login', component: () => import('./views/AuthView.vue'), props: { mode: 'login' } },
    { path: '/signup', name: 'signup', component: () => import('./views/AuthView.vue'), props: { mode: 'signup' } },
    { path: '/', name: 'home', component: () => import('./views/HomeView.vue') },
    // One component for the three base routes, so moving between tables keeps it mounted.
    { path: '/base/:baseId(\\d+)', name: 'base', component: BaseView },
    { path: '/base/:baseId(\\d+)/table/:tableId(\\d+)', name: 'table', component: BaseView },
    { path: '/base/:baseId(\\d+)/table/:tableId(\\d+)/view/:viewId(\\d+)', name: 'view', component: BaseView },
    { path: '/admin', name: 'admin', component: () => import('./views/AdminView.vue') },
    { path: '/account/security', name: 'security', component: () => import('./views/SecurityView.vue') },
    { path: '/base/:baseId(\\d+)/dashboard', name: 'dashboard', component: () => import('./views/DashboardView.vue') },
    // Public pages (no account needed): a read-only share link, a form, an invitation, a password reset.
    { path: '/shared/:token', name: 'shared', component: () => import('./views/SharedView.vue'), meta: { public: true } },
    // A form's address from before form views: its token is now the form view's share link.
    { path: '/form/:token', name: 'form', component: () => import('./views/SharedView.vue'), meta: { public: true } },
    { path: '/invite/:token', name: 'invite', component: () => import('./views/InviteView.vue'), meta: { public: true } },
    { path: '/forgot-password', name: 'forgot-password', component: () => import('./views/PasswordResetView.vue'), meta: { public: true } },
    { path: '/reset-password/:token', name: 'reset-password', component: () => import('./views/PasswordResetView.vue'), meta: { public: true } },
    { path: '/:pathMatch(.*)*', name: 'notfound', component: () => import('./views/NotFoundView.vue') },
  ],
})

router.beforeEach((to) => {
  if (to.meta.public) return true
  const open = to.name === 'login' || to.name === 'signup'
  if (!store.user && !open) return { name: 'login', query: to.fullPath !== '/' ? { next: to.fullPath } : {} }
  if (store.user && open) return { name: 'home' }
  // The admin requires two-factor authentication and this account has none yet: enrol first.
  if (store.user?.must_enrol_2fa && to.name !== 'security') return { name: 'security' }
  if (to.name === 'admin' && !store.user?.is_admin) return { name: 'home' }
  return true
})
