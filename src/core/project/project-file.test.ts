import { describe, expect, it } from 'vitest'
import { aBridgeNetwork, aPod, attach, hostLocal } from '../validation/test-builders'
import { emptyProject } from './model'
import { parseProjectFile, PROJECT_FILE_FORMAT, PROJECT_FILE_VERSION, serializeProjectFile } from './project-file'

const aProject = () => {
  const network = aBridgeNetwork({ bridge: 'br-a', ipam: hostLocal('10.1.1.0/24') }, { name: 'br-a' })
  return { ...emptyProject(), networks: [network], workloads: [aPod([attach(network)])] }
}

describe('project file', () => {
  it('reads a stored plugin or IPAM type that is an object with a non-function toString without throwing', () => {
    // found by the property test: String() of such a value throws
    const odd = [{ toString: '' }]
    for (const config of [{ type: odd }, { type: 'bridge', ipam: { type: odd } }]) {
      const text = JSON.stringify({ format: PROJECT_FILE_FORMAT, version: PROJECT_FILE_VERSION, project: { networks: [{ id: 'n', name: 'c', namespace: 'default', config }], workloads: [] } })
      expect(() => parseProjectFile(text)).not.toThrow()
    }
  })

  it('reads back what it writes', () => {
    const project = aProject()
    expect(parseProjectFile(serializeProjectFile(project))).toEqual({ project, issues: [] })
  })

  it('writes the format tag and version first', () => {
    expect(serializeProjectFile(emptyProject())).toMatch(/^\{\n {2}"format": "nad-designer-project",\n {2}"version": 2,\n/)
  })

  it('fills in defaults a minimal file leaves out', () => {
    const { project } = parseProjectFile('{"format":"nad-designer-project","version":2,"project":{"networks":[],"workloads":[]}}')
    expect(project).toEqual(emptyProject())
  })

  it('reads a version-1 file (before pass-through objects) with an empty passThrough list and nothing to report', () => {
    const written = aProject()
    const { passThrough: _none, ...version1 } = written
    // A key the version-1 model never had is no pass-through data, whatever it holds.
    const text = JSON.stringify({ format: 'nad-designer-project', version: 1, project: { ...version1, passThrough: [{ kind: 'X', name: 'x', text: 'x' }] } })
    expect(parseProjectFile(text)).toEqual({ project: { ...written, passThrough: [] }, issues: [] })
  })

  it('keeps pass-through objects byte for byte', () => {
    const project = { ...aProject(), passThrough: [{ kind: 'ConfigMap', name: 'c', namespace: 'apps', text: '# kept\r\nkind: ConfigMap\r\ndata: {a: "1"}\r\n' }] }
    expect(parseProjectFile(serializeProjectFile(project))).toEqual({ project, issues: [] })
  })

  it.each([
    ['invalid JSON', '{', 'project-file.invalid-json'],
    ['another format', '{"format":"x","version":1,"project":{}}', 'project-file.unknown-format'],
    ['a newer version', '{"format":"nad-designer-project","version":99,"project":{"networks":[],"workloads":[]}}', 'project-file.unsupported-version'],
    ['a version that is no whole number from 1', '{"format":"nad-designer-project","version":"1","project":{"networks":[],"workloads":[]}}', 'project-file.unsupported-version'],
    ['a network without a name', '{"format":"nad-designer-project","version":1,"project":{"networks":[{"id":"a"}],"workloads":[]}}', 'project-file.invalid-shape'],
    ['workloads missing', '{"format":"nad-designer-project","version":1,"project":{"networks":[]}}', 'project-file.invalid-shape'],
  ])('refuses %s', (_, text, code) => {
    const result = parseProjectFile(text)
    expect(result.project).toBeUndefined()
    expect(result.issues.map((issue) => issue.code)).toEqual([code])
  })

  it.each([
    ['99', '99'],
    ['"1"', '"1"'],
    [undefined, 'none'],
  ])('names the version %s it cannot read as %s', (written, shown) => {
    const version = written === undefined ? '' : `"version":${written},`
    const text = `{"format":"nad-designer-project",${version}"project":{"networks":[],"workloads":[]}}`
    expect(parseProjectFile(text).issues[0]?.params.version).toBe(shown)
  })
})
