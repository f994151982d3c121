import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { load } from 'js-yaml'
import { Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })
// An axe scan is CPU-bound (seconds on a loaded 2-core machine).
test.describe.configure({ timeout: 90_000 })

/** Serious or critical axe findings inside the open dialog, once its transitions are over. */
async function dialogViolations(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
  const results = await new AxeBuilder({ page }).include('[role="dialog"]').analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
}

// The design: Deployment edge/web with net1 on the bridge NAD `lan` and net2 on the macvlan NAD `uplink` (master enp3s0).
const DESIGN = `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata: { name: lan, namespace: edge }
spec:
  config: '{"cniVersion":"0.4.0","type":"bridge","bridge":"br-lan","ipam":{"type":"host-local","subnet":"10.10.0.0/24"}}'
---
apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata: { name: uplink, namespace: edge }
spec:
  config: '{"cniVersion":"0.4.0","type":"macvlan","master":"enp3s0","mode":"bridge","ipam":{"type":"host-local","subnet":"192.168.60.0/24","rangeStart":"192.168.60.100","rangeEnd":"192.168.60.150"}}'
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: edge }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata:
      labels: { app: web }
      annotations: { k8s.v1.cni.cncf.io/networks: 'lan,uplink' }
    spec: { containers: [{ name: web, image: registry.access.redhat.com/ubi9/httpd-24 }] }
`

const eth0 = (ip: string) => ({ name: 'ovn-kubernetes', interface: 'eth0', ips: [ip], mac: '0a:58:0a:2a:00:17', default: true, dns: {} })
const net1 = (ip: string) => ({ name: 'edge/lan', interface: 'net1', ips: [ip], mac: '6a:3c:11:08:9e:02', dns: {} })
const net2 = (ip: string) => ({ name: 'edge/uplink', interface: 'net2', ips: [ip], mac: '5e:1f:a3:10:22:01', dns: {} })

// One item of `oc get pods -n edge -o yaml`, as the device prints it (spec and status trimmed).
function podItem(name: string, status: object[]): string {
  return `- apiVersion: v1
  kind: Pod
  metadata:
    annotations:
      k8s.v1.cni.cncf.io/network-status: |-
${JSON.stringify(status, null, 4).replace(/^/gm, '        ')}
      k8s.v1.cni.cncf.io/networks: lan,uplink
    generateName: web-6d8f7c9b5-
    labels:
      app: web
      pod-template-hash: 6d8f7c9b5
    name: ${name}
    namespace: edge
    ownerReferences:
    - apiVersion: apps/v1
      controller: true
      kind: ReplicaSet
      name: web-6d8f7c9b5
      uid: 3f0c1d2e-8b7a-4c55-9e1f-2a6b7c8d9e0f
  spec:
    containers:
    - image: registry.access.redhat.com/ubi9/httpd-24
      name: web
  status:
    phase: Running
`
}
const POD_LIST = `apiVersion: v1
items:
${podItem('web-6d8f7c9b5-k2x9p', [eth0('10.42.0.23'), net1('10.10.0.5')])}${podItem('web-6d8f7c9b5-7qz4m', [eth0('10.42.0.24'), net1('10.10.0.6'), net2('192.168.60.101')])}kind: List
metadata:
  resourceVersion: ""
`

async function importDesign(page: Page) {
  await page.getByRole('button', { name: 'Import YAML' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import manifests' })
  await dialog.getByRole('textbox', { name: 'Or paste YAML' }).fill(DESIGN)
  await expect(dialog.getByRole('heading', { name: 'Found 2 networks, 1 workload with 2 attachments' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Add to project' }).click()
  await expect(dialog).toBeHidden()
}

async function openDrift(page: Page) {
  await page.getByRole('button', { name: 'Compare with the device' }).click()
  return page.getByRole('dialog', { name: 'Compare with the device' })
}

test('a pod whose network-status lacks net2 is reported, a pod as designed is green, and the workload opens in the designer', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await importDesign(page)
  const dialog = await openDrift(page)
  // the commands to get that output, each with a copy button that copies it
  await expect(dialog.getByRole('region', { name: 'Commands to run on the device' }).getByText('oc get pods -n edge -o yaml')).toBeVisible()
  await dialog.getByRole('button', { name: 'Copy command: oc get pods -n edge -o yaml' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('oc get pods -n edge -o yaml')

  await dialog.getByRole('textbox', { name: /^Or paste the output/ }).fill(POD_LIST)
  const report = dialog.getByRole('region', { name: 'Comparison with the design' })
  await expect(report.getByRole('heading', { name: '2 pods: 1 as designed, 1 with differences, 0 not in the design' })).toBeVisible()
  const drifted = report.getByRole('region', { name: 'edge/web-6d8f7c9b5-k2x9p' })
  await expect(drifted).toContainText('1 difference')
  await expect(drifted).toContainText('Pod edge/web-6d8f7c9b5-k2x9p has no net2 on edge/uplink; the design attaches it.')
  await expect(drifted).toContainText('matched through its owner ReplicaSet/web-6d8f7c9b5, which the workload created')
  const interfaces = drifted.getByRole('list', { name: 'Interfaces of edge/web-6d8f7c9b5-k2x9p' })
  await expect(interfaces.getByRole('listitem').first()).toContainText('net1design: edge/landevice: edge/lan · 10.10.0.5')
  await expect(interfaces.getByRole('listitem').nth(1)).toContainText('net2design: edge/uplinkdevice: missing')
  const asDesigned = report.getByRole('region', { name: 'edge/web-6d8f7c9b5-7qz4m' })
  await expect(asDesigned).toContainText('Matches the design')
  await expect(asDesigned).not.toContainText('difference')
  expect(await dialogViolations(page)).toEqual([])

  await drifted.getByRole('button', { name: 'Show Deployment edge/web in the designer' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('list', { name: 'Example workloads' }).getByRole('button', { name: /^web/ })).toHaveAttribute('aria-current', 'true')
  // the paste is still there when the comparison is opened again
  const again = await openDrift(page)
  await expect(again.getByRole('region', { name: 'edge/web-6d8f7c9b5-k2x9p' })).toContainText('1 difference')
  // a finding leads to the attachment it is about
  await again.getByRole('button', { name: /has no net2 on edge\/uplink/ }).click()
  await expect(again).toBeHidden()
  await expect.poll(() => page.evaluate(() => {
    const active = document.activeElement
    return active?.getAttribute('data-field') ?? active?.parentElement?.querySelector('[data-field]')?.getAttribute('data-field')
  })).toBe('attachments.1.network')
})

test('text that holds no pod, or is no YAML, gets a clear message and no report', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await importDesign(page)
  const dialog = await openDrift(page)
  const paste = dialog.getByRole('textbox', { name: /^Or paste the output/ })
  await paste.fill('Error from server (NotFound): pods "web" not found')
  const problems = dialog.getByRole('alert', { name: 'Problems with the pasted text' })
  await expect(problems).toContainText('The text holds no Pod. Paste the output of `oc get pod NAME -n NAMESPACE -o yaml` or `oc get pods -A -o yaml`.')
  await paste.fill('items: [ {kind: Pod, metadata: {name: web\n')
  await expect(problems).toContainText('yaml.syntax-error')
  await expect(dialog.getByRole('heading', { name: /pods?:/ })).toHaveCount(0)
  // a billion laughs is refused by its reader in the worker; the page answers all along
  const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
  for (let i = 1; i < 9; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`)
  await paste.fill(`kind: Pod\n${laughs.join('\n')}\n`)
  await expect(problems).toContainText('yaml.alias-expansion-too-large')
  expect(await page.evaluate(() => 1 + 1)).toBe(2)

  // `-o json` output saved to a file and dropped on the dialog is compared (the page's import stays closed)
  await paste.fill('')
  await dialog.evaluate((element, text) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([text], 'pods.json', { type: 'application/json' }))
    const target = element.querySelector('.MuiDialogContent-root') ?? element
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
  }, JSON.stringify(load(POD_LIST)))
  await expect(dialog.getByRole('heading', { name: '2 pods: 1 as designed, 1 with differences, 0 not in the design' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'pods.json' })).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Import manifests' })).toHaveCount(0)
})

// A MicroShift node: enp1s0 in OVN's br-ex (node address, default route), enp2s0 free with MTU 9000, and the usual internals.
const IP_ADDR = JSON.stringify([
  { ifindex: 1, ifname: 'lo', flags: ['LOOPBACK', 'UP', 'LOWER_UP'], mtu: 65536, link_type: 'loopback', address: '00:00:00:00:00:00',
    addr_info: [{ family: 'inet', local: '127.0.0.1', prefixlen: 8, scope: 'host', label: 'lo' }] },
  { ifindex: 2, ifname: 'enp1s0', flags: ['BROADCAST', 'MULTICAST', 'UP', 'LOWER_UP'], mtu: 1500, master: 'ovs-system', link_type: 'ether', address: '52:54:00:8a:1c:3e', addr_info: [] },
  { ifindex: 3, ifname: 'enp2s0', flags: ['BROADCAST', 'MULTICAST', 'UP', 'LOWER_UP'], mtu: 9000, link_type: 'ether', address: '52:54:00:3d:77:01',
    addr_info: [{ family: 'inet', local: '192.168.50.10', prefixlen: 24, scope: 'global', label: 'enp2s0' }, { family: 'inet6', local: 'fe80::5054:ff:fe3d:7701', prefixlen: 64, scope: 'link' }] },
  { ifindex: 4, ifname: 'ovs-system', flags: ['BROADCAST', 'MULTICAST'], mtu: 1500, link_type: 'ether', address: '8e:21:4c:9b:0a:f2', addr_info: [] },
  { ifindex: 5, ifname: 'br-ex', flags: ['BROADCAST', 'MULTICAST', 'UP', 'LOWER_UP'], mtu: 1500, link_type: 'ether', address: '52:54:00:8a:1c:3e',
    addr_info: [{ family: 'inet', local: '192.168.122.20', prefixlen: 24, scope: 'global', dynamic: true, label: 'br-ex' }] },
])
const IP_ROUTE = JSON.stringify([{ dst: 'default', gateway: '192.168.122.1', dev: 'br-ex', protocol: 'dhcp', metric: 48, flags: [] }])
const IP_LINK_ENP3S0 = JSON.stringify([{ ifindex: 6, ifname: 'enp3s0', flags: ['BROADCAST', 'MULTICAST', 'UP', 'LOWER_UP'], mtu: 1500, link_type: 'ether', address: '52:54:00:3d:77:02' }])
const UNKNOWN_MASTER = /master `enp3s0` is not among the node's declared NICs/

/** The values of the fields found, in page order. */
function valuesOf(fields: Locator) {
  return expect.poll(() => fields.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)))
}

async function readFromDevice(page: Page, text: string) {
  await page.getByRole('button', { name: 'Read from device…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Read the node’s NICs from the device' })
  await dialog.getByRole('textbox', { name: 'Output of ip -j link, ip -j addr or ip -j route' }).fill(text)
  return dialog
}

test('ip -j output fills Node NICs with names and MTUs, and the master check uses them', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await importDesign(page)
  const issues = page.getByRole('region', { name: /^Issues \(/ })
  const nics = page.getByRole('region', { name: 'Node NICs' })
  // without NICs the node is unknown: no master is called unknown
  await expect(issues).not.toContainText(UNKNOWN_MASTER)

  let dialog = await readFromDevice(page, 'ip: command not found')
  await expect(dialog).toContainText('The text holds no interface.')
  await expect(dialog.getByRole('button', { name: 'Replace Node NICs' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(nics.getByRole('group')).toHaveCount(0)

  dialog = await readFromDevice(page, `[core@edge-01 ~]$ ip -j addr; ip -j route\n${IP_ADDR}\n${IP_ROUTE}\n[core@edge-01 ~]$ `)
  await expect(dialog.getByRole('heading', { name: '3 NICs found' })).toBeVisible()
  const table = dialog.getByRole('table', { name: 'NICs found' })
  await expect(table.getByRole('row')).toHaveText([/Name\s*MTU/, /enp1s0\s*1500/, /enp2s0\s*9000.*192\.168\.50\.10\/24/, /br-ex\s*1500\s*primary\s*192\.168\.122\.20\/24/])
  await expect(dialog.getByRole('region', { name: '2 interfaces left out' })).toContainText('lo is the loopback interface; left out.')
  expect(await dialogViolations(page)).toEqual([])
  await dialog.getByRole('button', { name: 'Replace Node NICs' }).click()
  await expect(dialog).toBeHidden()
  await valuesOf(nics.getByRole('textbox', { name: 'Name' })).toEqual(['enp1s0', 'enp2s0', 'br-ex'])
  await valuesOf(nics.getByRole('textbox', { name: 'MTU' })).toEqual(['1500', '9000', '1500'])
  await expect(nics.getByRole('checkbox', { name: 'Primary' }).nth(2)).toBeChecked()
  await expect(issues).toContainText(UNKNOWN_MASTER)

  // the NIC the master names shows up in a later `ip -j link`: merged in, the issue is gone and the others stay
  dialog = await readFromDevice(page, IP_LINK_ENP3S0)
  await expect(dialog.getByRole('heading', { name: '1 NIC found' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Merge into Node NICs' }).click()
  await valuesOf(nics.getByRole('textbox', { name: 'Name' })).toEqual(['enp1s0', 'enp2s0', 'br-ex', 'enp3s0'])
  await expect(nics.getByRole('checkbox', { name: 'Primary' }).nth(2)).toBeChecked()
  await expect(issues).not.toContainText(UNKNOWN_MASTER)
})
