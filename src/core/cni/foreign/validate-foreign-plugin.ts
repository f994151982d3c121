import type { RuleContext } from '../rule-context'
import { validateForeignFields } from './validate-foreign-fields'
import { validateTuningSysctls } from './validate-tuning-sysctls'

/** Rules for a plugin MicroShift does not ship (main or chained), beyond it not being shipped. */
export function validateForeignPlugin(type: string, raw: Record<string, unknown>, path: string, ctx: RuleContext): void {
  validateForeignFields(type, raw, path, ctx)
  if (type === 'tuning') validateTuningSysctls(raw, path, ctx)
}
