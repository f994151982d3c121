import type { Issue } from '../../../core'

export const STEPS = ['plugin', 'general', 'settings', 'ipam', 'review'] as const
export type StepId = (typeof STEPS)[number]

/** Which form paths each step edits, to send an issue to its step. */
const STEP_OF_FIELD: [RegExp, StepId][] = [[/^config\.ipam/, 'ipam'], [/^(name|namespace|config\.cniVersion)$/, 'general'], [/^config\./, 'settings']]

/** The step whose fields edit `field` (issues about the network as a whole belong to General). */
export function stepOfField(field: string): StepId {
  return STEP_OF_FIELD.find(([pattern]) => pattern.test(field))?.[1] ?? 'general'
}

/** The errors that keep the user on `step`: errors at the step's own fields (warnings only inform). */
export function errorsOfStep(issues: readonly Issue[], step: StepId): Issue[] {
  return issues.filter((issue) => issue.severity === 'error' && stepOfField(issue.field) === step)
}

/** The form path of the field a focus event left: the input itself, or the hidden input beside a select's combobox. */
export function fieldOfElement(element: Element): string | undefined {
  const own = element.getAttribute('data-field')
  if (own !== null || element.getAttribute('role') !== 'combobox') return own ?? undefined
  return element.parentElement?.querySelector(':scope > [data-field]')?.getAttribute('data-field') ?? undefined
}
