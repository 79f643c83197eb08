/*
 * The network's dates come from #src/lib/dates.ts. This file only keeps the old name for
 * views/directory.tsx until that file, which is being reworked elsewhere, imports `formatDate`
 * itself; then delete it.
 */
export { formatDate as formatDay } from '#src/lib/dates.ts'
