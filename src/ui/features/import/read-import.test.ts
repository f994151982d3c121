import { describe, expect, it } from 'vitest'
import { readImport } from './read-import'

const NAD = (name: string) => `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: ${name}
spec:
  config: '{"cniVersion":"0.3.1","type":"macvlan","master":"eth1","ipam":{"type":"dhcp"}}'
`
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: probe
  annotations:
    k8s.v1.cni.cncf.io/networks: lan-a,lan-b
spec:
  containers: [{ name: c, image: busybox }]
`

describe('readImport', () => {
  it('lists what each file held, with its file and line, and places a broken document on its line', () => {
    const summary = readImport([
      { name: 'nads.yaml', text: `${NAD('lan-a')}---\nkind: [unclosed\n---\n${NAD('lan-b')}` },
      { name: 'pod.yaml', text: POD },
    ])
    expect(summary.objects.map((o) => [o.label, o.file, o.line, o.attachments])).toEqual([
      ['default/lan-a · macvlan', 'nads.yaml', 1, 0],
      ['default/lan-b · macvlan', 'nads.yaml', 10, 0],
      ['Pod/probe (default)', 'pod.yaml', 1, 2],
    ])
    const broken = summary.findings.find((finding) => finding.issue.severity === 'error')
    expect(broken).toMatchObject({ file: 'nads.yaml', line: 8 })
    expect(summary.files).toEqual(['nads.yaml', 'pod.yaml'])
  })

  it('crosses to the page as plain data (no functions, as a worker message must be)', () => {
    const summary = readImport([{ name: 'a.yaml', text: NAD('lan-a') }])
    expect(structuredClone(summary)).toEqual(summary)
  })

  it('lists every object it does not model as kept for the bundle, and every document left out, each on its file and line', () => {
    const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: edge}\ndata: {a: b}\n'
    const plainPod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: sidecar}\nspec: {containers: [{name: c, image: x}]}\n'
    const hostDevice = `apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata: {name: hd}\nspec:\n  config: '{"cniVersion":"0.4.0","type":"host-device","device":"eth3"}'\n`
    const summary = readImport([
      { name: 'extra.yaml', text: `${configMap}---\n${plainPod}---\nmetadata: {name: nameless}\n` },
      { name: 'nads.yaml', text: `${hostDevice}---\napiVersion: kubernetes.com/v1\nkind: Network\nmetadata: {name: old}\n` },
    ])
    expect(summary.objects.map((o) => [o.kind, o.label, o.file, o.line, o.verbatim])).toEqual([
      ['network', 'default/hd · host-device', 'nads.yaml', 1, ['plugin']],
      ['pass-through', 'ConfigMap/settings (edge)', 'extra.yaml', 1, []],
      ['pass-through', 'Pod/sidecar', 'extra.yaml', 6, []],
    ])
    expect(summary.leftOut.map((finding) => [finding.issue.code, finding.file, finding.line])).toEqual([
      ['import.missing-kind', 'extra.yaml', 11],
      ['import.legacy-network-object', 'nads.yaml', 7],
    ])
  })
})
