import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const fixture = (name: string) => join('src', 'cli', 'fixtures', name)

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['dist-cli/nad-designer.js', ...args], { cwd: root, encoding: 'utf8', input })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(build.stderr)
}, 60_000)

describe('nad-designer validate', () => {
  it('exits 0 with no errors or warnings for a valid project split over two files', () => {
    const result = cli(['validate', fixture('lan-a-nad.yaml'), fixture('lan-a-pod.yaml')])
    expect(result.stdout).toMatch(/^0 errors, 0 warnings, \d+ infos? in 2 files\n$/m)
    expect(result.stdout).not.toMatch(/: (error|warning) /)
    expect(result.code).toBe(0)
  })

  it('reports the missing NAD when the pod is checked alone', () => {
    const result = cli(['validate', fixture('lan-a-pod.yaml')])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^src\/cli\/fixtures\/lan-a-pod\.yaml:7: error attachment\.network-not-found: /m)
  })

  it('prints file:line: severity code: message lines and exits 1 on errors', () => {
    const result = cli(['validate', fixture('broken.yaml')])
    expect(result.code).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toContain(
      "src/cli/fixtures/broken.yaml:21: error annotation.comma-item-too-many-ats: 'missing-nad@net_a@x' has more than one '@'; Multus rejects it (Invalid network object (failed at '@')). Write name@interface.",
    )
    expect(lines.some((line) => line.startsWith('src/cli/fixtures/broken.yaml:11: error config.wrong-json-type: '))).toBe(true)
    expect(lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings?, \d+ infos? in 1 file$/)
  })

  it('prints a JSON array with --format json', () => {
    const result = cli(['validate', '--format', 'json', fixture('broken.yaml')])
    const findings = JSON.parse(result.stdout) as { file: string; line: number; code: string; severity: string; path: string; message: string }[]
    expect(findings.find((f) => f.code === 'config.wrong-json-type')).toMatchObject({ file: fixture('broken.yaml'), line: 11, severity: 'error', path: 'config.isGateway' })
    expect(result.code).toBe(1)
  })

  it('reads - from standard input', () => {
    const result = cli(['validate', '-'], readFileSync(join(root, fixture('broken.yaml')), 'utf8'))
    expect(result.stdout).toMatch(/^<stdin>:11: error config\.wrong-json-type/m)
  })

  it.each([
    ['no command', []],
    ['an unknown command', ['lint', 'x.yaml']],
    ['no file', ['validate']],
    ['a bad format', ['validate', '--format', 'xml', 'x.yaml']],
    ['an unknown option', ['validate', '--strict', 'x.yaml']],
  ])('exits 2 with a usage line for %s', (_, args) => {
    const result = cli(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Usage: nad-designer validate FILE...')
  })

  it('exits 2 without a stack trace for an unreadable file', () => {
    const result = cli(['validate', 'does-not-exist.yaml'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('nad-designer: cannot read does-not-exist.yaml: ENOENT\n')
  })

  it('prints help and version', () => {
    expect(cli(['--help']).stdout).toContain('Usage:')
    expect(cli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})

describe('nad-designer render', () => {
  it('prints the canonical bundle, and rendering it again gives the same bytes', () => {
    const first = cli(['render', fixture('lan-a-pod.yaml'), fixture('lan-a-nad.yaml')])
    expect(first.code).toBe(0)
    // The pod's namespace first (the NAD is in default), then the NAD, then the pod.
    expect(first.stdout.startsWith('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n---\napiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\n')).toBe(true)
    const dir = mkdtempSync(join(tmpdir(), 'nad-designer-'))
    writeFileSync(join(dir, 'bundle.yaml'), first.stdout)
    expect(cli(['render', join(dir, 'bundle.yaml')]).stdout).toBe(first.stdout)
  })

  it('prints the same stream as the files bundle writes, passed-through objects included, byte-stable', () => {
    const input = join('src', 'core', 'manifest', 'fixtures', 'bundle', 'input.yaml')
    const golden = join(root, 'src', 'core', 'manifest', 'fixtures', 'bundle', 'edge-networks')
    const rendered = cli(['render', input])
    expect(rendered.code).toBe(0)
    const resources = [...readFileSync(join(golden, 'kustomization.yaml'), 'utf8').matchAll(/^ *- (.+)$/gm)].map((match) => match[1] ?? '')
    expect(resources).toHaveLength(6)
    expect(rendered.stdout).toBe(resources.map((name) => readFileSync(join(golden, name), 'utf8')).join('---\n'))
    expect(rendered.stdout).toContain('kind: ConfigMap')
    const dir = mkdtempSync(join(tmpdir(), 'nad-designer-'))
    writeFileSync(join(dir, 'bundle.yaml'), rendered.stdout)
    expect(cli(['render', join(dir, 'bundle.yaml')]).stdout).toBe(rendered.stdout)
  })

  it('says on stderr which documents it could not read or left out, and exits 1', () => {
    const result = cli(['render', '-'], `kind: [\n---\n${readFileSync(join(root, fixture('lan-a-nad.yaml')), 'utf8')}---\nmetadata: {name: nameless}\n`)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('name: lan-a')
    expect(result.stderr).toMatch(/^<stdin>:1: error yaml\.syntax-error: /)
    expect(result.stderr).toMatch(/^<stdin>:\d+: warning import\.missing-kind: /m)
  })

  it('writes one-line configs with --compact', () => {
    const result = cli(['render', '--compact', fixture('lan-a-nad.yaml')])
    expect(result.stdout).toContain(`  config: '{"cniVersion":"0.4.0","name":"lan-a","type":"macvlan"`)
  })
})

describe('nad-designer bundle', () => {
  const input = join('src', 'core', 'manifest', 'fixtures', 'bundle', 'input.yaml')
  const golden = join(root, 'src', 'core', 'manifest', 'fixtures', 'bundle', 'edge-networks')

  it('writes the golden bundle: one file per object, kustomization.yaml and README.md, named after DIR', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nad-designer-')), 'edge-networks')
    const result = cli(['bundle', '--out', out, input])
    expect(result.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(readdirSync(golden).sort())
    for (const name of readdirSync(golden)) expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(golden, name), 'utf8'))
    expect(result.stdout).toContain(`wrote 8 files to ${out}: 1 namespace(s), 2 NAD(s), 2 workload(s), 1 passed through\n`)
    // The cross-namespace reference of the Deployment is a warning: told, never blocking.
    expect(result.stderr).toMatch(/: warning attachment\.cross-namespace-reference: /)
  })

  it('writes nothing and lists the errors as validate does when the design has an error', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nad-designer-')), 'broken')
    const result = cli(['bundle', `--out=${out}`, fixture('broken.yaml')])
    expect(result.code).toBe(1)
    expect(existsSync(out)).toBe(false)
    expect(result.stdout).toBe('')
    const validate = cli(['validate', fixture('broken.yaml')])
    expect(result.stderr).toBe(`${validate.stdout}nad-designer: no bundle written: the design has ${validate.stdout.split('\n').filter((line) => line.includes(': error ')).length} error(s)\n`)
  })

  it('refuses an object the input holds twice, which oc apply -k would refuse', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nad-designer-')), 'twice')
    const result = cli(['bundle', '--out', out, input, '-'], 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web-settings, namespace: edge}\n')
    expect(result.code).toBe(1)
    expect(existsSync(out)).toBe(false)
    expect(result.stderr).toContain('<project>: error bundle.duplicate-object: ConfigMap edge/web-settings is in the bundle more than once (40-passthrough-configmap-web-settings.yaml, 40-passthrough-configmap-edge-web-settings.yaml)')
  })

  it('refuses a directory that already holds files, and writes nothing into it', () => {
    const out = mkdtempSync(join(tmpdir(), 'nad-designer-'))
    writeFileSync(join(out, 'old.yaml'), 'kind: ConfigMap\n')
    const result = cli(['bundle', '--out', out, input])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`nad-designer: ${out} is not empty; give a new or empty directory\n`)
    expect(readdirSync(out)).toEqual(['old.yaml'])
  })

  it('fills an existing empty directory', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nad-designer-')), 'empty')
    mkdirSync(out)
    expect(cli(['bundle', '--out', out, input]).code).toBe(0)
    expect(readdirSync(out)).toContain('kustomization.yaml')
  })

  it.each([
    ['no --out', ['bundle', 'x.yaml'], 'bundle needs --out DIR'],
    ['--out without a directory', ['bundle', 'x.yaml', '--out'], '--out needs a directory'],
    ['--out on another command', ['validate', '--out', 'dir', 'x.yaml'], "unknown option '--out'"],
  ])('exits 2 with a usage line for %s', (_, args, message) => {
    const result = cli(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`nad-designer: ${message}\n`)
    expect(result.stderr).toContain('nad-designer bundle --out DIR FILE...')
  })
})
