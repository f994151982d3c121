import type { IssueCatalogue } from '../validation/issue'

/** Issue codes of this area: code → default severity and English message template. */
export const CNI_ISSUES = {} satisfies IssueCatalogue
