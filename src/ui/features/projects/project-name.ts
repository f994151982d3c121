/** Names longer than this do not fit the header or the menu. */
export const MAX_PROJECT_NAME_LENGTH = 80

export type ProjectNameProblem = { code: 'empty' } | { code: 'taken'; name: string } | { code: 'too-long'; max: number }

/** What is wrong with a project name, if anything: `others` are the names of the other projects. */
export function validateProjectName(name: string, others: readonly string[]): ProjectNameProblem | undefined {
  const trimmed = name.trim()
  if (trimmed === '') return { code: 'empty' }
  if (trimmed.length > MAX_PROJECT_NAME_LENGTH) return { code: 'too-long', max: MAX_PROJECT_NAME_LENGTH }
  // switching is by name: two projects named alike could not be told apart in the menu
  if (others.includes(trimmed)) return { code: 'taken', name: trimmed }
  return undefined
}
