import type { IssueCatalogue } from '../validation/issue'

/** Issue codes of this area: code → default severity and English message template. */
export const MANIFEST_ISSUES = {} satisfies IssueCatalogue
