/**
 * The phone layout's switch: windows up to 480 px wide (a phone held upright) get the base
 * page's phone layout — tables and views in a drawer, the open view's name in the toolbar.
 * CSS uses the same width in its `@media (max-width: 480px)` rules.
 */
import { onBeforeUnmount, ref, type Ref } from 'vue'

export const PHONE_MEDIA = '(max-width: 480px)'

/** True while the window is phone-narrow; follows rotation and resizing. */
export function usePhone(): Ref<boolean> {
  const phone = ref(false)
  // Unit tests run without a window: there the desktop layout is shown.
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return phone
  const query = window.matchMedia(PHONE_MEDIA)
  phone.value = query.matches
  const onChange = (e: MediaQueryListEvent) => (phone.value = e.matches)
  query.addEventListener('change', onChange)
  onBeforeUnmount(() => query.removeEventListener('change', onChange))
  return phone
}
