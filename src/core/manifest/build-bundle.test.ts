import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { emptyProject, type Project } from '../project/model'
import { aBridgeNetwork, aMacvlanNetwork, aWorkload, hostLocal } from '../validation/test-builders'
import { buildBundle } from './build-bundle'
import { passThroughBundleIssues } from './bundle-duplicates'
import { buildBundleEntries, bundleObjectIdentities } from './bundle-entries'
import { emitBundleYaml } from './emit-bundle-yaml'
import { importYaml } from './import-yaml'
import input from './fixtures/bundle/input.yaml?raw'

// The golden bundle, reviewed like code: regenerate a file only when its change is intended.
const golden = import.meta.glob<string>('./fixtures/bundle/edge-networks/*', { query: '?raw', import: 'default', eager: true })
const goldenFiles = Object.fromEntries(Object.entries(golden).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]))

const imported = importYaml(input)
const bundle = buildBundle(imported.project, { name: 'edge-networks' })

describe('buildBundle', () => {
  it('writes the golden bundle of fixtures/bundle/input.yaml', () => {
    expect(Object.keys(goldenFiles).sort()).toEqual(bundle.files.map((file) => file.path).sort())
    for (const file of bundle.files) expect(file.text, file.path).toBe(goldenFiles[file.path])
  })

  it('lists every object file in kustomization.yaml, in the order of the YAML stream', () => {
    const kustomization = load(bundle.files.find((file) => file.path === 'kustomization.yaml')?.text ?? '') as { kind: string; resources: string[] }
    expect(kustomization.kind).toBe('Kustomization')
    expect(kustomization.resources).toEqual(bundle.entries.map((entry) => entry.path))
    expect(bundle.files.map((file) => file.path)).toEqual([...kustomization.resources, 'kustomization.yaml', 'README.md'])
  })

  it('writes the stream as Namespaces, NADs, workloads, then the passed-through objects: what emitBundleYaml (render) writes', () => {
    expect(bundle.entries.map((entry) => entry.source)).toEqual(['namespace', 'network', 'network', 'workload', 'workload', 'pass-through'])
    expect(bundle.yaml).toBe(bundle.entries.map((entry) => entry.text).join('---\n'))
    expect(emitBundleYaml(imported.project)).toBe(bundle.yaml)
  })

  it('names the directory after options.name, made safe for a path and a shell', () => {
    expect(bundle.name).toBe('edge-networks')
    expect(buildBundle(imported.project, { name: ' Edge Nets; rm -rf / ' }).name).toBe('edge-nets-rm-rf')
    expect(buildBundle(imported.project).name).toBe('nad-designer')
  })

  it('gives back the same networks, workloads and byte-equal passed-through text when its YAML is imported', () => {
    const again = importYaml(bundle.yaml)
    expect(again.findings.filter((finding) => finding.severity !== 'info')).toEqual(imported.findings.filter((finding) => finding.severity !== 'info'))
    expect(again.project.networks.map((network) => network.name).sort()).toEqual(imported.project.networks.map((network) => network.name).sort())
    expect(again.project.workloads.map((workload) => workload.name).sort()).toEqual(imported.project.workloads.map((workload) => workload.name).sort())
    // The Namespace the bundle created comes back as a passed-through object, with the text it was written with.
    expect(again.project.passThrough.map((object) => object.text)).toEqual([bundle.entries[0]?.text, ...imported.project.passThrough.map((object) => object.text)])
    expect(buildBundle(again.project, { name: 'edge-networks' }).yaml).toBe(bundle.yaml)
  })

  it('still builds when the design has errors, and names them; warnings never block', () => {
    expect(bundle.blockingErrors).toEqual([])
    const broken = { ...emptyProject(), networks: [aMacvlanNetwork({ ipam: hostLocal('10.1.1.0/24') }, { name: 'no-master' })], workloads: [aWorkload('Pod', [{ network: 'missing' }])] }
    const result = buildBundle(broken)
    expect(result.blockingErrors.map((issue) => issue.code)).toContain('attachment.network-not-found')
    expect(result.blockingErrors.every((issue) => issue.severity === 'error')).toBe(true)
    expect(result.files.map((file) => file.path)).toContain('20-nad-default-no-master.yaml')
  })
})

describe('buildBundle duplicate objects', () => {
  it('names a passed-through object that is there twice as a blocking error on its later copy, and still builds', () => {
    const configMap = { kind: 'ConfigMap', name: 'c', namespace: 'apps', text: 'kind: ConfigMap\n' }
    const namespace = { kind: 'Namespace', name: 'apps', text: 'kind: Namespace\n' }
    const result = buildBundle({ ...emptyProject(), passThrough: [configMap, namespace, { ...configMap }, { ...namespace }, { ...configMap, namespace: 'other' }] })
    expect(result.blockingErrors.map((issue) => [issue.code, issue.params, issue.target])).toEqual([
      ['bundle.duplicate-object', { kind: 'Namespace', name: 'apps', files: '10-namespace-apps.yaml, 10-namespace-apps-2.yaml' }, { kind: 'passThrough', index: 3 }],
      ['bundle.duplicate-object', { kind: 'ConfigMap', name: 'apps/c', files: '40-passthrough-configmap-c.yaml, 40-passthrough-configmap-apps-c.yaml' }, { kind: 'passThrough', index: 2 }],
    ])
    expect(result.files).toHaveLength(8)
    expect(passThroughBundleIssues({ ...emptyProject(), passThrough: [configMap, namespace, { ...configMap }, { ...namespace }, { ...configMap, namespace: 'other' }] })).toEqual(result.blockingErrors)
    expect(passThroughBundleIssues({ ...emptyProject(), passThrough: [configMap, namespace] })).toEqual([])
  })

  it('puts the finding on the passed-through copy when the other is a modelled object', () => {
    const network = aBridgeNetwork({ bridge: 'br-lan', ipam: hostLocal('10.1.1.0/24') }, { name: 'lan' })
    const workload = aWorkload('Pod', [{ network: 'lan' }], { name: 'web' })
    const passThrough = [{ kind: 'ConfigMap', name: 'x', text: 'kind: ConfigMap\n' }, { kind: 'Pod', name: 'web', namespace: 'default', text: 'kind: Pod\n' }]
    const result = buildBundle({ ...emptyProject(), networks: [network], workloads: [workload], passThrough })
    expect(result.blockingErrors.filter((issue) => issue.code === 'bundle.duplicate-object').map((issue) => issue.target)).toEqual([{ kind: 'passThrough', index: 1 }])
  })
})

describe('buildBundle namespaces', () => {
  const network = (namespace: string) => aBridgeNetwork({ bridge: `br-${namespace}`, ipam: hostLocal('10.1.1.0/24') }, { name: 'lan', namespace })
  const paths = (project: Project) => buildBundle(project).entries.filter((entry) => entry.kind === 'Namespace').map((entry) => `${entry.path} ${entry.source}`)

  it('creates one for each namespace in use, but none for default, kube-* or openshift-*', () => {
    const networks = ['zone-b', 'default', 'kube-system', 'openshift-multus', 'zone-a'].map(network)
    const passThrough = [{ kind: 'ConfigMap', name: 'c', namespace: 'zone-c', text: 'kind: ConfigMap\n' }]
    expect(paths({ ...emptyProject(), networks, passThrough })).toEqual(['10-namespace-zone-a.yaml namespace', '10-namespace-zone-b.yaml namespace', '10-namespace-zone-c.yaml namespace'])
  })

  it('uses a passed-through Namespace instead, unchanged and first', () => {
    const namespaceText = '# labelled for Pod Security\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: zone-a\n  labels: {pod-security.kubernetes.io/enforce: privileged}\n'
    const project = { ...emptyProject(), networks: [network('zone-a')], passThrough: [{ kind: 'ConfigMap', name: 'c', text: 'kind: ConfigMap\n' }, { kind: 'Namespace', name: 'zone-a', text: namespaceText }] }
    const result = buildBundle(project)
    expect(result.entries.map((entry) => entry.path)).toEqual(['10-namespace-zone-a.yaml', '20-nad-zone-a-lan.yaml', '40-passthrough-configmap-c.yaml'])
    expect(result.yaml.startsWith(namespaceText)).toBe(true)
    expect(paths(project)).toEqual(['10-namespace-zone-a.yaml pass-through'])
  })
})

describe('buildBundle file names', () => {
  it('stay unique and readable whatever the objects are called', () => {
    const passThrough = [
      { kind: 'ConfigMap', name: 'x', namespace: 'a', text: '' },
      { kind: 'ConfigMap', name: 'x', namespace: 'b', text: '' },
      { kind: 'ConfigMap', name: 'x', namespace: 'b', text: '' },
      { kind: 'Widget.example/v1', name: '../../Etc/Passwd', text: '' },
      { kind: 'Service', name: '', text: '' },
    ]
    const project = { ...emptyProject(), passThrough, workloads: [aWorkload('Deployment', [], { name: 'web-' })] }
    expect(buildBundle(project).entries.map((entry) => entry.path)).toEqual([
      '10-namespace-a.yaml',
      '10-namespace-b.yaml',
      '30-deployment-web.yaml',
      '40-passthrough-configmap-x.yaml',
      '40-passthrough-configmap-b-x.yaml',
      '40-passthrough-configmap-b-x-2.yaml',
      '40-passthrough-widget.example-v1-etc-passwd.yaml',
      '40-passthrough-service-unnamed.yaml',
    ])
  })

  it('are the same when only the objects are listed (no YAML written)', () => {
    const project = { ...emptyProject(), networks: [aBridgeNetwork({}, { namespace: 'zone-a' }), aMacvlanNetwork()], workloads: [aWorkload('Deployment', [], { name: 'web' })], passThrough: [{ kind: 'ConfigMap', name: 'c', namespace: 'zone-a', text: 'kind: ConfigMap\n' }] }
    const listed = bundleObjectIdentities(project)
    expect(listed).toEqual(buildBundleEntries(project).map(({ text: _text, ...identity }) => identity))
    expect(listed.some((identity) => 'text' in identity)).toBe(false)
  })

  it('puts a safe directory name into the README commands', () => {
    const readme = buildBundle(emptyProject(), { name: 'My Bundle; rm -rf /' }).files.find((file) => file.path === 'README.md')?.text ?? ''
    expect(readme).toContain('oc apply -k my-bundle-rm-rf\n')
    expect(readme).toContain('/etc/microshift/manifests.d/my-bundle-rm-rf/')
  })

  // MicroShift docs, "Using Kustomize manifests to deploy applications", and the multiple-networks chapter (5.1.2).
  it('tells the device facts of the MicroShift docs: the manifests directories, the Multus RPM and its reboot', () => {
    const readme = bundle.files.find((file) => file.path === 'README.md')?.text ?? ''
    for (const path of ['/etc/microshift/manifests,', '/etc/microshift/manifests.d/*', '/usr/lib/microshift/manifests ', '/usr/lib/microshift/manifests.d/*', 'manifests.kustomizePaths']) {
      expect(readme, path).toContain(path)
    }
    expect(readme).toContain('sudo dnf install microshift-multus\nsudo systemctl reboot\n')
    expect(readme).toContain('oc get pod -A | grep multus')
    expect(readme).toContain('/etc/microshift/manifests.d/delete/edge-networks/')
    expect(readme).toContain('`oc exec -n NAMESPACE POD -- ip a`')
    expect(readme).toContain('oc exec -n edge "$POD" -- ls /sys/class/net')
    expect(readme).toContain('network-status')
  })
})
