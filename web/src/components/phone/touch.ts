/**
 * Touch moves for the board and the calendar: a long press opens the «Move to…» sheet
 * (MoveSheet.vue), as HTML drag and drop does not start from a finger. A press counts as long
 * after LONG_PRESS_MS without the finger moving more than SLOP px (moving means scrolling);
 * the click that ends a long press is swallowed so it does not also open the row.
 */
import { onBeforeUnmount } from 'vue'

export const LONG_PRESS_MS = 500
const SLOP = 10

/** A place a card or an event can be moved to: a stack key or an ISO day. */
export interface MoveChoice {
  key: string
  label: string
  color?: string | null
  hint?: string
  current?: boolean
}

export interface LongPress {
  /** Bind to pointerdown of the pressed element. */
  down: (e: PointerEvent, fire: () => void) => void
  /** Bind to pointermove, pointerup and pointercancel (of the element or its list). */
  move: (e: PointerEvent) => void
  end: () => void
  /** True once for the click that ends a long press: the caller then ignores that click. */
  swallowClick: () => boolean
}

export function useLongPress(ms: number = LONG_PRESS_MS): LongPress {
  let timer: ReturnType<typeof setTimeout> | null = null
  let start: { x: number; y: number } | null = null
  let fired = false
  const end = () => {
    if (timer) clearTimeout(timer)
    timer = null
    start = null
  }
  onBeforeUnmount(end)
  return {
    down(e, fire) {
      // A mouse drags (HTML drag and drop); only a finger or a pen long-presses.
      if (e.pointerType === 'mouse') return
      end()
      fired = false
      start = { x: e.clientX, y: e.clientY }
      timer = setTimeout(() => {
        timer = null
        fired = true
        fire()
      }, ms)
    },
    move(e) {
      if (start && Math.hypot(e.clientX - start.x, e.clientY - start.y) > SLOP) end()
    },
    end,
    swallowClick() {
      const was = fired
      fired = false
      return was
    },
  }
}
