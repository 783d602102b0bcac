/** Display formatters for cell values, by type, options and UI locale. */
export * from './number'
export * from './date'
export * from './duration'
