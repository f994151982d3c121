import { expect, test, type Page } from '@playwright/test'
import { Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

const nad = (name: string, master: string) => `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: ${name}
spec:
  config: '{"cniVersion":"0.3.1","type":"macvlan","master":"${master}","ipam":{"type":"dhcp"}}'
`
// lines 1–6, then a broken document on line 8, then lines 10–15
const MIXED = `${nad('plant-a', 'eth1')}---\nkind: [unclosed\n---\n${nad('plant-b', 'eth2')}`
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: probe
  annotations:
    k8s.v1.cni.cncf.io/networks: plant-a,plant-b
spec:
  containers: [{ name: c, image: busybox }]
`

function networkList(page: Page) {
  return page.getByRole('list', { name: 'Networks' })
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import YAML' }).click()
  return page.getByRole('dialog', { name: 'Import manifests' })
}

test('a file with one broken document: the good objects are shown, the broken one explained on its line, nothing changes until confirmed', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/bridge-conf/)
  let dialog = await openImport(page)
  await dialog.getByLabel('Choose files…').setInputFiles([
    { name: 'nads.yaml', mimeType: 'text/yaml', buffer: Buffer.from(MIXED) },
    { name: 'pod.yaml', mimeType: 'text/yaml', buffer: Buffer.from(POD) },
  ])
  const preview = dialog.getByRole('region', { name: 'What the import found' })
  await expect(preview.getByRole('heading', { name: /^Found/ })).toHaveText('Found 2 networks, 1 workload with 2 attachments')
  const objects = preview.getByRole('list', { name: 'Objects found' }).getByRole('listitem')
  await expect(objects).toHaveText([/default\/plant-a · macvlan\s*nads\.yaml:1/, /default\/plant-b · macvlan\s*nads\.yaml:10/, /Pod\/probe \(default\)\s*pod\.yaml:1/])
  await expect(preview.getByRole('region', { name: 'Problems found' })).toContainText(/nads\.yaml:8/)
  await page.screenshot({ path: '/tmp/import-preview.png' })
  // nothing has changed behind the dialog (hidden from assistive technology while the dialog is open)
  const behind = page.getByRole('list', { name: 'Networks', includeHidden: true })
  await expect(behind.getByRole('button', { name: /^bridge-conf/, includeHidden: true })).toHaveCount(1)
  await expect(behind.getByRole('button', { name: /^plant-/, includeHidden: true })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(networkList(page).getByRole('button', { name: /^plant-/ })).toHaveCount(0)

  dialog = await openImport(page)
  await dialog.getByLabel('Choose files…').setInputFiles([{ name: 'nads.yaml', mimeType: 'text/yaml', buffer: Buffer.from(MIXED) }])
  await expect(dialog.getByRole('heading', { name: /Found 2 networks/ })).toBeVisible()
  await dialog.getByRole('button', { name: 'Add to project' }).click()
  await expect(networkList(page).getByRole('button', { name: /^(bridge-conf|plant-a|plant-b)/ })).toHaveCount(3)
})

test('pasted YAML can replace the networks and workloads; the node NICs stay', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/bridge-conf/)
  await page.getByRole('button', { name: 'Add NIC' }).click()
  const dialog = await openImport(page)
  await dialog.getByRole('textbox', { name: 'Or paste YAML' }).fill(`${nad('plant-a', 'eth1')}---\n${POD}`)
  await expect(dialog.getByRole('heading', { name: 'Found 1 network, 1 workload with 2 attachments' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Replace networks and workloads' }).click()
  await expect(networkList(page).getByRole('button', { name: /^plant-a/ })).toHaveCount(1)
  await expect(networkList(page).getByRole('button', { name: /^bridge-conf/ })).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Example workloads' }).getByRole('button', { name: /^probe/ })).toHaveCount(1)
  await expect(page.getByRole('textbox', { name: /^Name/ }).first()).toBeVisible()
})

test('files dropped on the page open the import with them', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await expect(page.getByRole('button', { name: 'Import YAML' })).toBeVisible()
  await page.evaluate((text) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([text], 'dropped.yaml', { type: 'text/yaml' }))
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
  }, nad('plant-a', 'eth1'))
  const dialog = page.getByRole('dialog', { name: 'Import manifests' })
  await expect(dialog.getByRole('heading', { name: 'Found 1 network, 0 workloads with 0 attachments' })).toBeVisible()
  await expect(dialog.getByText(/dropped\.yaml/).first()).toBeVisible()
})

test('a hostile document is refused with a reason, and the page stays responsive', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
  for (let i = 1; i < 9; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`)
  const dialog = await openImport(page)
  await dialog.getByRole('textbox', { name: 'Or paste YAML' }).fill(`kind: ConfigMap\n${laughs.join('\n')}\n`)
  await expect(dialog.getByRole('region', { name: 'Problems found' })).toBeVisible()
  await expect(dialog.getByText('No NetworkAttachmentDefinition or workload was found in this input.')).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Add to project' })).toBeDisabled()
  // the main thread answered all along
  expect(await page.evaluate(() => 1 + 1)).toBe(2)
})
