import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { Designer, settledBox } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

const diagram = (page: Page) => page.getByRole('region', { name: 'Topology' })
const node = (page: Page, id: string) => diagram(page).locator(`.react-flow__node[data-id="${id}"]`)

/** Three MicroShift examples (macvlan-net and ipvlan-net share eth1) and one example pod on the first. */
async function prepare(designer: Designer) {
  await designer.open()
  await designer.addPreset(/^bridge-conf/)
  await designer.addPreset(/^macvlan-net/)
  await designer.addPreset(/^ipvlan-net/)
  await designer.page.getByRole('button', { name: 'New example pod' }).click()
  await expect(node(designer.page, 'workload:' + (await podId(designer.page)))).toBeVisible()
}

/** The id of the only example pod, read from the diagram (ids are random). */
async function podId(page: Page) {
  const id = await diagram(page).locator('.react-flow__node-workload').first().getAttribute('data-id')
  return (id ?? '').replace(/^workload:/, '')
}

test('the diagram draws the design, and a drag from the pod to a NAD attaches it as net2', async ({ page }) => {
  const designer = new Designer(page)
  await prepare(designer)
  const canvas = diagram(page)
  await expect(canvas.locator('.react-flow__node-network')).toHaveCount(3)
  await expect(canvas.locator('.react-flow__node-workload')).toHaveCount(1)
  await expect(canvas.locator('.react-flow__node-cluster-network')).toHaveCount(1)
  await expect(canvas.locator('.react-flow__node-bridge')).toHaveCount(1)
  await expect(node(page, 'bridge:test-bridge')).toBeVisible()
  await expect(node(page, 'nic:eth1')).toBeVisible()
  // eth0 to the cluster network, net1 to bridge-conf, three uplinks, br-ex
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(6)
  const pod = canvas.locator('.react-flow__node-workload')
  await expect(pod.getByTestId('topology-interface')).toHaveText([/^eth0/, /^net1/])

  // the macvlan and the ipvlan NAD on one master: the NIC carries the error
  await expect(node(page, 'nic:eth1').locator('[data-severity="error"]').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/topology-light.png' })

  const handle = pod.getByTestId('topology-attach-handle')
  const target = node(page, 'network:' + await networkIdOf(page, 'macvlan-net'))
  await settledBox(handle)
  await handle.hover()
  await page.mouse.down()
  const to = await settledBox(target)
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 })
  await page.mouse.up()

  await expect(pod.getByTestId('topology-interface')).toHaveText([/^eth0/, /^net1/, /^net2/])
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(7)
  // the pod is selected in the inspector: its annotation names both NADs in order
  await pod.click({ position: { x: 40, y: 16 } })
  await expect(page.getByRole('region', { name: 'Pod annotation' }).locator('pre')).toHaveText('bridge-conf,macvlan-net')

  // the table view lists the same interfaces
  await page.getByRole('button', { name: 'Table' }).click()
  const rows = page.getByTestId('topology-table').getByRole('row')
  await expect(rows.filter({ hasText: 'net2' })).toContainText('default/macvlan-net')
})

test('an attachment edge deleted on the canvas leaves the annotation; PNG and SVG export download images', async ({ page }) => {
  const designer = new Designer(page)
  await prepare(designer)
  const id = await podId(page)
  const edge = diagram(page).locator(`.react-flow__edge[data-id="attachment:${id}:0"]`)
  await edge.click({ force: true })
  await page.keyboard.press('Delete')
  await expect(edge).toHaveCount(0)
  await node(page, `workload:${id}`).click({ position: { x: 40, y: 16 } })
  await expect(page.getByRole('region', { name: 'Pod annotation' }).locator('pre')).toHaveText('')

  const [png] = await Promise.all([page.waitForEvent('download'), diagram(page).getByRole('button', { name: 'Export PNG' }).click()])
  expect(png.suggestedFilename()).toBe('topology.png')
  await png.saveAs('test-results/topology-export.png')
  const bytes = await readFile(await png.path())
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
  expect(bytes.length).toBeGreaterThan(10_000)
  const [svg] = await Promise.all([page.waitForEvent('download'), diagram(page).getByRole('button', { name: 'Export SVG' }).click()])
  expect(await readFile(await svg.path(), 'utf8')).toContain('macvlan-net')
})

test('dark and Japanese: the diagram follows the theme and the language', async ({ page }) => {
  const designer = new Designer(page)
  await prepare(designer)
  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await expect(diagram(page).locator('.react-flow.dark')).toBeVisible()
  await page.screenshot({ path: 'test-results/topology-dark.png' })
  await designer.choose('Language', '日本語')
  await expect(page.getByRole('region', { name: 'トポロジー' }).getByText('MicroShift ホスト')).toBeVisible()
  await page.screenshot({ path: 'test-results/topology-ja.png' })
})

/** A NAD's id, read from the diagram node that shows its name. */
async function networkIdOf(page: Page, name: string) {
  const id = await diagram(page).locator('.react-flow__node-network').filter({ hasText: name }).getAttribute('data-id')
  return (id ?? '').replace(/^network:/, '')
}

// Two bridge NADs on one bridge with VLANs, a default bridge (cni0), a macvlan and an ipvlan NAD on eth1, a macvlan NAD
// with no master (the default-route NIC); a Deployment of 5 on a pool of 3, a pod with a static address, a requested
// IP, a requested interface name and a NAD that does not exist, a DaemonSet.
const NAD = (name: string, config: object) => `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata: { name: ${name}, namespace: factory }
spec:
  config: '${JSON.stringify({ cniVersion: '0.4.0', ...config })}'
---
`
const HAND_MADE = [
  NAD('vlan10', { type: 'bridge', bridge: 'br-lan', vlan: 10, isGateway: true, ipMasq: true, ipam: { type: 'host-local', ranges: [[{ subnet: '10.10.0.0/24', rangeStart: '10.10.0.10', rangeEnd: '10.10.0.12', gateway: '10.10.0.1' }]] } }),
  NAD('vlan20', { type: 'bridge', bridge: 'br-lan', vlan: 20, ipam: { type: 'host-local', subnet: '10.20.0.0/24' } }),
  NAD('plain-bridge', { type: 'bridge', isGateway: true, ipam: { type: 'host-local', subnet: '10.30.0.0/24' } }),
  NAD('mv-plc', { type: 'macvlan', master: 'eth1', mode: 'bridge', ipam: { type: 'static', addresses: [{ address: '192.168.50.20/24' }] } }),
  NAD('ipv-cam', { type: 'ipvlan', master: 'eth1', mode: 'l2', ipam: { type: 'host-local', subnet: '192.168.60.0/24' } }),
  NAD('mv-primary', { type: 'macvlan', mode: 'bridge', ipam: { type: 'dhcp' } }),
  `apiVersion: apps/v1
kind: Deployment
metadata: { name: scanner, namespace: factory }
spec:
  replicas: 5
  selector: { matchLabels: { app: scanner } }
  template:
    metadata:
      labels: { app: scanner }
      annotations: { k8s.v1.cni.cncf.io/networks: 'vlan10,ipv-cam' }
    spec: { containers: [{ name: c, image: scanner }] }
---
apiVersion: v1
kind: Pod
metadata:
  name: plc-gateway
  namespace: factory
  annotations:
    k8s.v1.cni.cncf.io/networks: '[{"name":"mv-plc"},{"name":"vlan20","ips":["10.20.0.50/24"]},{"name":"plain-bridge","interface":"lan0"},{"name":"ghost-net"}]'
spec: { containers: [{ name: c, image: plc }] }
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: node-agent, namespace: factory }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata:
      labels: { app: agent }
      annotations: { k8s.v1.cni.cncf.io/networks: mv-primary }
    spec: { containers: [{ name: c, image: agent }] }
`,
].join('')

async function importHandMade(designer: Designer) {
  await designer.open()
  await designer.page.getByRole('button', { name: 'Import YAML' }).click()
  const dialog = designer.page.getByRole('dialog', { name: 'Import manifests' })
  await dialog.getByLabel('Choose files…').setInputFiles([{ name: 'factory.yaml', mimeType: 'text/yaml', buffer: Buffer.from(HAND_MADE) }])
  await expect(dialog.getByRole('heading', { name: /^Found 6 networks, 3 workloads/ })).toBeVisible()
  await dialog.getByRole('button', { name: 'Add to project' }).click()
  await expect(diagram(designer.page).locator('.react-flow__node-workload')).toHaveCount(3)
}

const workloadNode = (page: Page, name: string) => diagram(page).locator('.react-flow__node-workload').filter({ hasText: name })
const networkNode = (page: Page, name: string) => diagram(page).locator('.react-flow__node-network').filter({ has: page.getByTitle(name, { exact: true }) })

test('a hand-made project: every object, interface, edge and warning is on the picture', async ({ page }) => {
  const designer = new Designer(page)
  await importHandMade(designer)
  const canvas = diagram(page)
  await expect(canvas.locator('.react-flow__node-network')).toHaveCount(6)
  await expect(canvas.locator('.react-flow__node-missing-network')).toHaveText([/ghost-net/])
  await expect(canvas.locator('.react-flow__node-bridge')).toHaveCount(2)
  await expect(node(page, 'bridge:br-lan')).toContainText('VLAN 10, 20')
  await expect(node(page, 'bridge:br-lan')).toContainText('isGateway · ipMasq · host reachable')
  await expect(node(page, 'bridge:cni0')).toBeVisible()
  // eth1 (two masters) and the default-route NIC (an empty master, and br-ex)
  await expect(canvas.locator('.react-flow__node-nic')).toHaveCount(2)
  // 3 eth0, 7 attachments, 6 uplinks, br-ex
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(17)

  // interfaces in annotation order, a requested name kept, each with its address
  const gateway = workloadNode(page, 'plc-gateway').getByTestId('topology-interface')
  await expect(gateway).toHaveText([/^eth0\s*10\.42\./, /^net1\s*192\.168\.50\.20/, /^net2\s*10\.20\.0\.50/, /^lan0\s*10\.30\.0\./, /^net4/])
  await expect(workloadNode(page, 'scanner')).toContainText('×5')

  // one master with macvlan and ipvlan: the NIC is marked, its tooltip says why
  const eth1Badge = node(page, 'nic:eth1').getByRole('button', { name: /finding/ })
  await expect(eth1Badge).toHaveAttribute('data-severity', 'error')
  await eth1Badge.hover()
  await expect(page.getByRole('tooltip', { name: /Master eth1/ })).toContainText(/macvlan.*ipvlan/)
  // the pool of 3 cannot serve 5 replicas: the NAD is marked, and its badge goes to the issue (the NAD's form)
  const vlan10Badge = networkNode(page, 'vlan10').getByRole('button', { name: /finding/ })
  await expect(vlan10Badge).toHaveAttribute('data-severity', 'error')
  await vlan10Badge.hover()
  await expect(page.getByRole('tooltip', { name: /pool holds 3/ })).toContainText('5 pod attachments')
  await page.screenshot({ path: 'test-results/topology-hand-made.png' })
  // the issues list shows warnings only: the badge's error is picked there all the same (the list shows all again)
  const issues = page.getByRole('region', { name: /^Issues/ })
  await issues.getByRole('button', { name: /^Warnings/ }).click()
  await vlan10Badge.click()
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: 'vlan10' })).toBeVisible()
  const picked = issues.getByRole('button', { name: /host-local\.pool-smaller-than-demand/ })
  await expect(picked).toHaveAttribute('aria-current', 'true')
  await expect(picked).toHaveClass(/Mui-selected/)
  await expect(picked).toBeInViewport()
  await expect(issues.locator('[aria-current="true"]')).toHaveCount(1)
  await expect(issues.getByRole('button', { name: 'All', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await page.screenshot({ path: 'test-results/topology-picked-issue.png' })
  // the NIC's badge picks its own issue instead
  await eth1Badge.click()
  await expect(issues.locator('[aria-current="true"]')).toContainText('master.shared-by-macvlan-and-ipvlan')
  await expect(picked).not.toHaveAttribute('aria-current', 'true')
  // the NAD that does not exist marks the interface that names it
  await expect(workloadNode(page, 'plc-gateway').locator('[data-interface="net4"]')).toHaveAttribute('data-severity', 'error')
})

test('keyboard: arrows move between nodes, Enter opens the object; the navigator highlights its node; a NIC opens in Node NICs', async ({ page }) => {
  const designer = new Designer(page)
  await importHandMade(designer)
  const focused = () => page.evaluate(() => {
    const element = document.activeElement
    const box = element?.getBoundingClientRect()
    return { id: element?.getAttribute('data-id') ?? '', x: box?.x ?? NaN, y: box?.y ?? NaN }
  })
  await workloadNode(page, 'node-agent').focus()
  const start = await focused()
  expect(start.id).toMatch(/^workload:/)
  // right: into the column of networks; left: back to the workloads; down: a node further down
  await page.keyboard.press('ArrowRight')
  const right = await focused()
  expect(right.id).toMatch(/^(network|cluster-network)/)
  expect(right.x).toBeGreaterThan(start.x)
  await page.keyboard.press('ArrowLeft')
  expect((await focused()).id).toMatch(/^workload:/)
  await workloadNode(page, 'node-agent').focus()
  await page.keyboard.press('ArrowDown')
  const down = await focused()
  expect(down.id).toMatch(/^(workload|network)/)
  expect(down.y).toBeGreaterThan(start.y)
  // arrows move the focus, never the node
  expect((await workloadNode(page, 'node-agent').boundingBox())?.y).toBeCloseTo(start.y, 0)
  await page.keyboard.press('Tab')
  expect((await focused()).id).not.toBe(down.id)
  // Enter on a focused NAD opens it in the inspector
  await networkNode(page, 'vlan20').focus()
  await page.keyboard.press('Enter')
  await expect(networkNode(page, 'vlan20')).toHaveClass(/selected/)
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: 'vlan20' })).toBeVisible()

  // choosing in the navigator highlights the node on the diagram
  await page.getByRole('list', { name: 'Networks' }).getByRole('button', { name: /^ipv-cam/ }).click()
  await expect(networkNode(page, 'ipv-cam')).toHaveClass(/selected/)
  await expect(networkNode(page, 'vlan20')).not.toHaveClass(/selected/)

  // a NIC on the diagram opens in Node NICs: the section when it is not listed, its name field once it is
  await node(page, 'nic:eth1').click({ position: { x: 40, y: 16 } })
  await expect(page.getByRole('heading', { name: 'Node NICs' })).toBeFocused()
  await page.getByRole('button', { name: 'Add NIC' }).click()
  await page.getByRole('group', { name: /^NIC/ }).last().getByRole('textbox', { name: 'Name' }).fill('eth1')
  await diagram(page).getByText('MicroShift host').click()
  await node(page, 'nic:eth1').click({ position: { x: 40, y: 16 } })
  await expect(page.getByRole('group', { name: 'NIC eth1' }).getByRole('textbox', { name: 'Name' })).toBeFocused()
})

test('Delete on a selected node deletes its object as the navigator does, and Undo brings it back', async ({ page }) => {
  const designer = new Designer(page)
  await importHandMade(designer)
  const target = networkNode(page, 'vlan20')
  await target.click({ position: { x: 40, y: 16 } })
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: 'vlan20' })).toBeVisible()
  await page.keyboard.press('Delete')
  await expect(target).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Networks' }).getByRole('button', { name: /^vlan20/ })).toHaveCount(0)
  await page.screenshot({ path: 'test-results/topology-node-deleted.png' })
  // the pod's attachment to it now names a missing NAD
  await expect(diagram(page).locator('.react-flow__node-missing-network')).toHaveCount(2)
  // one step of the history: the header's Undo brings the NAD back, Redo takes it away again
  const header = page.getByRole('banner')
  await header.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(target).toHaveCount(1)
  await expect(diagram(page).locator('.react-flow__node-missing-network')).toHaveCount(1)
  await expect(page.getByRole('list', { name: 'Networks' }).getByRole('button', { name: /^vlan20/ })).toHaveCount(1)
  await header.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect(target).toHaveCount(0)
})
