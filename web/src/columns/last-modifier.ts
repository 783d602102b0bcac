/** Last modified by: who last changed the row (a system field). */
import { personType } from './system'

export const lastModifier = personType('last-modifier', '☻')
