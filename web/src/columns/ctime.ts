/** Created time: when the row was created (a system field). */
import { timestampType } from './system'

export const ctime = timestampType('ctime', '◴')
