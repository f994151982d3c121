import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateProject } from '../validation/validate-project'
import { parseProjectFile, PROJECT_FILE_VERSION, serializeProjectFile } from './project-file'
import { loose, storedProject as project } from './stored-project-arbitrary'

// Hundreds of runs take seconds on a loaded machine; the default 5 s timeout would make them flaky, not stricter.
const MANY_RUNS = { timeout: 60_000 }

describe('parseProjectFile on arbitrary stored JSON', () => {
  it('gives a project that validateProject checks without throwing and without a failed rule', MANY_RUNS, () => {
    fc.assert(fc.property(loose(project), (stored) => {
      const text = JSON.stringify({ format: 'nad-designer-project', version: PROJECT_FILE_VERSION, project: stored })
      const parsed = parseProjectFile(text)
      if (!parsed.project) return
      const failed = validateProject(parsed.project).filter((issue) => issue.code === 'project.rule-failed')
      expect(failed).toEqual([])
    }), { numRuns: 1000 })
  })

  it('repairs once: the repaired project reads back unchanged and with nothing to report', MANY_RUNS, () => {
    fc.assert(fc.property(project, (stored) => {
      const parsed = parseProjectFile(JSON.stringify({ format: 'nad-designer-project', version: PROJECT_FILE_VERSION, project: stored }))
      if (!parsed.project) return
      expect(parseProjectFile(serializeProjectFile(parsed.project))).toEqual({ project: parsed.project, issues: [] })
    }), { numRuns: 500 })
  })

  it('loads most generated files (the property is not vacuous)', () => {
    const loaded = fc.sample(project, 300).filter((stored) => parseProjectFile(JSON.stringify({ format: 'nad-designer-project', version: PROJECT_FILE_VERSION, project: stored })).project)
    expect(loaded.length).toBeGreaterThan(150)
  })
})
