import type { IssueCatalogue } from '../validation/issue'

/** Issue codes of reading a saved project: why it could not load, or what was left out or repaired so the rest could. */
export const PROJECT_FILE_ISSUES = {
  'project-file.invalid-json': {
    severity: 'error',
    message: 'The project file is not valid JSON: {reason}.',
  },
  'project-file.unknown-format': {
    severity: 'error',
    message: 'This is not a NAD Designer project file (format nad-designer-project).',
  },
  'project-file.unsupported-version': {
    severity: 'error',
    message: 'Project file version {version} is not one this designer reads (versions 1 to {supported}): a newer designer wrote it, or the version was edited.',
  },
  'project-file.invalid-shape': {
    severity: 'error',
    message: "The project file's {field} is missing, is no list, or has an entry without a text id, name and namespace, so nothing was loaded.",
  },
  'project-file.entry-dropped': {
    severity: 'warning',
    message: "The project file's {field} could not be read (not an object, or without the name, network or known kind it needs) and was left out; the rest of the project loaded.",
  },
  'project-file.value-repaired': {
    severity: 'warning',
    message: "The project file's {field} had the wrong type or an unreadable part; the designer kept what it could read and used defaults for the rest. Check it before you export.",
  },
} satisfies IssueCatalogue

/** A code of this area. */
export type ProjectFileCode = keyof typeof PROJECT_FILE_ISSUES
