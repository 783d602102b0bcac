/** Entry point (manifest key "src/main.ts"): mounts the app on the shell's #app. */
import { createApp } from 'vue'
import App from './App.vue'
import { onUnauthorized } from './api/client'
import { i18n, currentLocale } from './i18n'
import { router } from './router'
import { loadColumnTypes } from './columns/catalog'
import { loadMe, reportError, store } from './store'
import './styles/base.css'

document.documentElement.lang = currentLocale()

onUnauthorized(() => {
  store.user = null
  const here = router.currentRoute.value
  if (here.name !== 'login' && here.name !== 'signup') {
    router.push({ name: 'login', query: { next: here.fullPath } })
  }
})

// The column-type catalog is part of what every screen reads synchronously (web/src/columns/).
Promise.all([loadMe(), loadColumnTypes().catch(reportError)]).then(() => {
  createApp(App).use(i18n).use(router).mount('#app')
})
