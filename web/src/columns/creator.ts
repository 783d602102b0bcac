/** Creator: who created the row (a system field). */
import { personType } from './system'

export const creator = personType('creator', '☻')
