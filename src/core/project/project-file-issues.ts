import type { IssueCatalogue } from '../validation/issue'

/** Issue codes of reading a saved project: what was left out or repaired so the rest could load. */
export const PROJECT_FILE_ISSUES = {
  'project-file.entry-dropped': {
    severity: 'warning',
    message: "The project file's {field} could not be read (no name, or the wrong type) and was left out; the rest of the project loaded.",
  },
  'project-file.value-repaired': {
    severity: 'warning',
    message: "The project file's {field} had the wrong type or an unreadable part; the designer kept what it could read and used defaults for the rest. Check it before you export.",
  },
} satisfies IssueCatalogue

/** A code of this area. */
export type ProjectFileCode = keyof typeof PROJECT_FILE_ISSUES
