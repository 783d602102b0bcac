/** The column dialog's requests: save a column, check a formula (with the error's place), undo a change. */
import { ApiError, clientId, http } from './client'
import type { Column, ConversionReport } from './types'

export interface ColumnInput {
  name: string
  type: string
  options?: Record<string, unknown> | null
  description?: string
}

export interface FormulaCheckOk {
  ok: true
  result_type: string
  formula: string
  volatile: boolean
}

export interface FormulaCheckError {
  ok: false
  message: string
  /** Offsets into the formula text, when the server knows where the mistake is. */
  start: number | null
  end: number | null
}

export type FormulaCheck = FormulaCheckOk | FormulaCheckError

export const columnApi = {
  create: (tableId: number, col: ColumnInput) =>
    http.post<{ version: number; column: Column }>(`/tables/${tableId}/columns`, col),
  patch: (id: number, patch: Partial<ColumnInput>) =>
    http.patch<{ version: number; column: Column; conversion?: ConversionReport }>(`/columns/${id}`, patch),
  undo: (baseId: number) => http.post<{ version?: number }>(`/bases/${baseId}/undo`),
  /** A column's distinct values as shown (the first 200, sorted): a filter's pick-list for formula results. */
  values: (id: number) => http.get<{ values: string[]; truncated: boolean }>(`/columns/${id}/values`),

  /** POST /tables/{id}/formula/validate; a 422 is an answer (with position), other failures throw. */
  async checkFormula(tableId: number, formula: string, columnId: number | null, signal?: AbortSignal): Promise<FormulaCheck> {
    const res = await fetch(`/api/tables/${tableId}/formula/validate`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'X-Requested-With': 'tablo',
        'X-Tablo-Client': clientId(),
      },
      credentials: 'same-origin',
      body: JSON.stringify({ formula, column_id: columnId }),
      signal,
    })
    let data: any = null
    try {
      data = await res.json()
    } catch {
      data = null
    }
    if (res.ok) return { ok: true, result_type: data.result_type, formula: data.formula, volatile: !!data.volatile }
    const err = data?.error ?? {}
    if (res.status === 422) {
      const fieldMsg = (err.fields?.formula ?? err.fields?.['options.formula'])?.[0]
      return {
        ok: false,
        message: fieldMsg ?? err.message ?? 'invalid formula',
        start: typeof err.position?.start === 'number' ? err.position.start : null,
        end: typeof err.position?.end === 'number' ? err.position.end : null,
      }
    }
    throw new ApiError(res.status, err.code ?? `http_${res.status}`, err.message ?? res.statusText, err.fields ?? {})
  },
}
