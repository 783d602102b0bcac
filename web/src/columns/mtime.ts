/** Modified time: when the row last changed (a system field). */
import { timestampType } from './system'

export const mtime = timestampType('mtime', '◷')
