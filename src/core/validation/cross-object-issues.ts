import type { IssueCatalogue } from './issue'

/** Issue codes of this area: code → default severity and English message template. */
export const CROSS_OBJECT_ISSUES = {} satisfies IssueCatalogue
