/** The card-fields list of kanban and gallery settings: ticking a field adds it last, unticking removes it. */
export function toggledField(fields: number[], id: number): number[] {
  return fields.includes(id) ? fields.filter((x) => x !== id) : [...fields, id]
}
