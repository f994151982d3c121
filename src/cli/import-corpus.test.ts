import { readdirSync, readFileSync } from 'node:fs'
import { loadAll } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { importYaml, isLeftOutFinding, mergeImports, validateProject } from '../core'

// The real-world corpus and its curator's defect list: /work/shared/corpus/real-world/SOURCES.md.
const CORPUS = '/work/shared/corpus/real-world'
const files = readdirSync(CORPUS).filter((name) => name.endsWith('.yaml')).sort()
const fileFor = (number: string) => files.find((name) => name.startsWith(`${number}-`)) ?? `${number}-missing.yaml`

function codesFor(numbers: string[]): string[] {
  const imported = mergeImports(numbers.map((number) => importYaml(readFileSync(`${CORPUS}/${fileFor(number)}`, 'utf8'), { source: fileFor(number) })))
  return [...imported.findings, ...validateProject(imported.project)].map((issue) => issue.code)
}

// Files imported together (a pod and the NADs it names come from the same repository) → codes that must be reported.
const DEFECTS: [string, string[], string[]][] = [
  ['001: the selection key "gateway" is not a Multus key', ['001'], ['annotation.unknown-selection-key']],
  ['005: Go-template placeholders in names', ['005'], ['import.unrendered-template']],
  ['006: cniVersion "{{ CNI_VERSION }}" placeholder', ['006'], ['import.unrendered-template', 'cni-version.unsupported']],
  ['007: cniVersion "{{ CNI_VERSION }}" placeholder', ['007'], ['import.unrendered-template', 'cni-version.unsupported']],
  ['010: whereabouts is not shipped on MicroShift', ['010'], ['ipam.not-shipped-on-microshift']],
  ['022: duplicate ipMasq and no cniVersion', ['022'], ['config.duplicate-key', 'cni-version.missing']],
  ['023: duplicate ipMasq and no cniVersion', ['023'], ['config.duplicate-key', 'cni-version.missing']],
  ['024: plugin type is a test placeholder', ['024'], ['plugin.not-shipped-on-microshift']],
  ['037: refers to ipvlan-conf, which its repository never defines', ['034', '035', '036', '037'], ['attachment.network-not-found']],
  ['038: "mode" is not a bridge key', ['038'], ['config.unknown-key']],
  ['040: master "${IPVLAN_MASTER}" placeholder', ['040'], ['import.unrendered-template', 'master.invalid-name']],
  ['041: master "${MACVLAN_MASTER}" placeholder', ['041'], ['import.unrendered-template', 'master.invalid-name']],
  ['049: unknown key rangeStop, with rangeEnd suggested', ['049'], ['config.unknown-key-near-miss']],
  ['063: Helm template does not parse as YAML', ['063'], ['yaml.syntax-error']],
  ['068: no spec.config', ['068'], ['nad.missing-spec-config']],
  ['075: vlan at conflist level is ignored', ['075'], ['config.unknown-key']],
  ['076: Jinja template does not parse as YAML', ['076'], ['yaml.syntax-error']],
  ['083: dataDir on static IPAM is ignored', ['083'], ['config.unknown-key']],
  ['106: legacy kubernetes.com/v1 Network', ['106'], ['import.legacy-network-object']],
  ['109: invalid JSON in all three NADs', ['109'], ['config.invalid-json', 'config.invalid-json', 'config.invalid-json']],
  ['110: "gateway" selection key, NAD config unparseable', ['109', '110'], ['annotation.unknown-selection-key', 'attachment.network-config-unparseable']],
  ['111: top-level host-local gateway ignored with ranges', ['111'], ['host-local.top-level-key-ignored']],
  ['118: empty selector, mac requested on ipvlan', ['117', '118'], ['workload.selector-empty', 'attachment.mac-ignored-by-ipvlan']],
  ['119: empty selector', ['119'], ['workload.selector-empty']],
  ['121: NAD stubs without spec', ['121'], ['nad.missing-spec-config', 'nad.missing-spec-config']],
  ['126: name/namespace outside metadata, routes with "gateway"', ['126'], ['nad.missing-name', 'nad.name-outside-metadata', 'config.unknown-key']],
  ['130: OVN-Kubernetes localnet plugin', ['130'], ['plugin.not-shipped-on-microshift']],
  ['130: vlanID is a string where OVN-Kubernetes decodes an int', ['130'], ['config.wrong-json-type']],
  ['133: no cniVersion', ['133'], ['cni-version.missing']],
  ['137: envsubst placeholders make the JSON invalid', ['137'], ['config.invalid-json', 'import.unrendered-template']],
  ['140: top-level logLevel is not a plugin key', ['140'], ['config.unknown-key']],
  ['140: tuning sysctls hard-code net1 instead of IFNAME', ['140'], ['tuning.sysctl-hard-codes-interface', 'tuning.sysctl-hard-codes-interface']],
]

describe('real-world corpus', () => {
  it('puts the "gateway" key of 001 on its own line', () => {
    const { findings } = importYaml(readFileSync(`${CORPUS}/${fileFor('001')}`, 'utf8'))
    expect(findings.find((f) => f.code === 'annotation.unknown-selection-key')?.line).toBe(48)
  })

  it.each(files)('%s imports without throwing', (file) => {
    expect(() => importYaml(readFileSync(`${CORPUS}/${file}`, 'utf8'), { source: file })).not.toThrow()
  })

  it('keeps every NAD and workload the curator counted', () => {
    const results = files.map((file) => importYaml(readFileSync(`${CORPUS}/${file}`, 'utf8'), { source: file }))
    const networks = results.flatMap((result) => result.project.networks)
    // 128 NAD-like documents minus the legacy Network (106) and the two templates that are not YAML (063, 076).
    expect(networks).toHaveLength(125)
    expect(networks.filter((network) => network.config)).toHaveLength(118)
    expect(results.flatMap((result) => result.project.workloads)).toHaveLength(68)
  })

  it.each(DEFECTS)('%s', (_, numbers, expected) => {
    const codes = codesFor(numbers)
    for (const code of new Set(expected)) {
      expect(codes.filter((c) => c === code).length, code).toBeGreaterThanOrEqual(expected.filter((c) => c === code).length)
    }
  })

  it('suggests rangeEnd for the rangeStop of 049 (rangeStart is already there)', () => {
    const { findings } = importYaml(readFileSync(`${CORPUS}/${fileFor('049')}`, 'utf8'))
    expect(findings.find((f) => f.code === 'config.unknown-key-near-miss')).toMatchObject({ params: { key: 'rangeStop', suggestion: 'rangeEnd' }, line: 15 })
  })

  it('puts the JSON error of 109 on the line of the missing comma', () => {
    const { findings } = importYaml(readFileSync(`${CORPUS}/${fileFor('109')}`, 'utf8'))
    expect(findings.filter((f) => f.code === 'config.invalid-json').map((f) => f.line)).toEqual([20, 49, 78])
  })

  // js-yaml as an independent count of the objects in a file (List items one by one).
  function objectCount(text: string): number | undefined {
    let documents: unknown[]
    try {
      documents = loadAll(text)
    } catch {
      return undefined
    }
    const count = (value: unknown): number => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return 0
      const { kind, items } = value as { kind?: unknown; items?: unknown }
      return typeof kind === 'string' && kind.endsWith('List') && Array.isArray(items) ? items.reduce((sum: number, item) => sum + count(item), 0) : 1
    }
    return documents.reduce((sum: number, document) => sum + count(document), 0)
  }

  it.each(files)('%s: every object is modelled, passed through, or told as left out', (file) => {
    const text = readFileSync(`${CORPUS}/${file}`, 'utf8')
    const { project, findings } = importYaml(text, { source: file })
    const accounted = project.networks.length + project.workloads.length + project.passThrough.length + findings.filter(isLeftOutFinding).length
    const expected = objectCount(text)
    if (expected === undefined) expect(accounted).toBeGreaterThan(0)
    else expect(accounted).toBe(expected)
  })
})
