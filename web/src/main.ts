/** Entry point (manifest key "src/main.ts"): mounts the app on the shell's #app. */
import { createApp } from 'vue'
import App from './App.vue'
import { onUnauthorized } from './api/client'
import { i18n, currentLocale } from './i18n'
import { router } from './router'
import { loadMe, store } from './store'
import './styles/base.css'

document.documentElement.lang = currentLocale()

onUnauthorized(() => {
  store.user = null
  const here = router.currentRoute.value
  if (here.name !== 'login' && here.name !== 'signup') {
    router.push({ name: 'login', query: { next: here.fullPath } })
  }
})

loadMe().then(() => {
  createApp(App).use(i18n).use(router).mount('#app')
})
