/**
 * Cash application (server/api/cash_application.py, docs/templates.md «Cash application»): the
 * configuration a template ships for a payments table, suggested invoices for payments without
 * one, and applying the accepted matches as one undoable action.
 */
import { clientId, http } from './client'

export interface CashConfig {
  link_column: number
  purpose_column: number | null
  inn_column: number | null
  amount_column: number | null
  number_column: number
  balance_column: number
  date_column: number | null
  cancelled_column: number | null
  invoice_inn_link: number | null
  invoice_inn_column: number | null
  invoices_table?: number
}

export interface CashPayment {
  id: string
  label: string
  amount: number | null
  inn: string
  purpose: string
}

export type CashRule = 'number' | 'inn_amount' | 'oldest_open'

export interface CashSuggestion {
  payment: CashPayment
  invoice: { id: string; label: string; balance: number; inn: string }
  rule: CashRule
}

export interface CashSuggestions {
  config: CashConfig
  suggestions: CashSuggestion[]
  more: number
  unmatched: CashPayment[]
  unmatched_count: number
  payments_without_invoice: number
}

export const cashApp = {
  config: (tableId: number) => http.get<{ config: CashConfig | null }>(`/tables/${tableId}/cash-application`),
  suggest: (tableId: number) => http.post<CashSuggestions>(`/tables/${tableId}/cash-application/suggest`, {}),
  apply: (tableId: number, matches: { payment: string; invoice: string }[]) =>
    http.post<{ version: number; applied: number }>(`/tables/${tableId}/cash-application/apply`, {
      matches,
      client_id: clientId(),
    }),
}
