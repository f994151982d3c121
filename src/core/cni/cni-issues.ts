import type { IssueCatalogue } from '../validation/issue'
import { CONFIG_ISSUES } from './config-issues'

/** Issue codes of this area: code → default severity and English message template. */
export const CNI_ISSUES = {
  ...CONFIG_ISSUES,
} as const satisfies IssueCatalogue

/** A code of the CNI area. */
export type CniIssueCode = keyof typeof CNI_ISSUES
