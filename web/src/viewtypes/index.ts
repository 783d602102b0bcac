/**
 * Web registry of view types: the component that shows each view type of the server
 * (GET /api/view-types; server/views/). Adding a type (kanban, calendar, gallery, timeline,
 * form) is one component and one line here.
 */
import type { Component } from 'vue'
import GridView from '../grid/GridView.vue'
import CalendarView from './CalendarView.vue'
import FormViewType from './FormViewType.vue'
import GalleryView from './GalleryView.vue'
import KanbanView from './KanbanView.vue'
import TimelineView from './TimelineView.vue'
import { pickViewType } from './registry'

export const VIEW_COMPONENTS: Readonly<Record<string, Component>> = {
  grid: GridView,
  kanban: KanbanView,
  calendar: CalendarView,
  gallery: GalleryView,
  timeline: TimelineView,
  form: FormViewType,
}

export function viewComponent(type: string | null | undefined): Component {
  return pickViewType(VIEW_COMPONENTS, type)
}
