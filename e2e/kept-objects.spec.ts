import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { loadAll } from 'js-yaml'
import { Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

const CONFIG_MAP = `apiVersion: v1
kind: ConfigMap
metadata: {name: gateway-settings, namespace: plant}
data: {mode: "passive"}
`
// two different Services under one name: kustomize refuses the pair, so the bundle is blocked until one goes
const SERVICE_HTTP = `apiVersion: v1
kind: Service
metadata: {name: gateway, namespace: plant}
spec:
  ports: [{port: 80}]
`
const SERVICE_OPC = `# the OPC UA endpoint, written later by someone else
apiVersion: v1
kind: Service
metadata: {name: gateway, namespace: plant}
spec:
  ports: [{port: 4840}]
`
const FILE = [CONFIG_MAP, SERVICE_HTTP, SERVICE_OPC].join('---\n')

const header = (page: Page) => page.getByRole('banner')
const keptList = (page: Page) => page.getByRole('navigation', { name: 'Project' }).getByRole('list', { name: 'Kept objects (passed through)' })

async function importFile(page: Page) {
  await page.getByRole('button', { name: 'Import YAML' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import manifests' })
  await dialog.getByLabel('Choose files…').setInputFiles([{ name: 'gateway.yaml', mimeType: 'text/yaml', buffer: Buffer.from(FILE) }])
  await expect(dialog.getByRole('heading', { name: '3 objects kept as written, go into the bundle' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Add to project' }).click()
  await expect(dialog).toBeHidden()
}

async function openExport(page: Page) {
  await header(page).getByRole('button', { name: 'Export bundle' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the bundle' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('two different Services of one name block the bundle; the dialog names them, one is removed under Kept objects, the bundle downloads, Undo brings it back', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await importFile(page)

  // every kept object is listed with where it came from
  const rows = keptList(page).getByRole('listitem')
  await expect(rows).toHaveText([
    /^plant\/gateway-settings\s*gateway\.yaml:1\s*ConfigMap/,
    /^plant\/gateway\s*gateway\.yaml:6\s*Service/,
    /^plant\/gateway\s*gateway\.yaml:13\s*Service.*1/,
  ])

  // the dialog says which duplicate blocks the bundle, and nothing can go out
  let dialog = await openExport(page)
  const errors = dialog.getByRole('region', { name: 'Errors that block the bundle' })
  const duplicate = errors.getByRole('button', { name: /Service plant\/gateway is in the bundle more than once \(40-passthrough-service-gateway\.yaml, 40-passthrough-service-plant-gateway\.yaml\)/ })
  await expect(duplicate).toBeVisible()
  await expect(duplicate).toContainText('kept Service plant/gateway')
  await expect(dialog.getByRole('button', { name: 'Download zip' })).toBeDisabled()

  // a click goes to the later copy: its text, read-only and exactly as the bundle writes it
  await duplicate.click()
  await expect(dialog).toBeHidden()
  const inspector = page.getByRole('region', { name: 'Kept object', exact: true })
  await expect(inspector.getByText('gateway.yaml:13')).toBeVisible()
  await expect(inspector.getByRole('alert')).toContainText('Service plant/gateway is in the bundle more than once')
  const yaml = inspector.getByLabel('YAML of Service plant/gateway as it goes into the bundle')
  expect(await yaml.textContent()).toBe(SERVICE_OPC)
  await expect(rows.nth(2).getByRole('button').first()).toHaveAttribute('aria-current', 'true')

  // remove the earlier one from the list instead: the later moves up and stays selected
  await rows.nth(1).getByRole('button', { name: 'Remove: Service plant/gateway' }).click()
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1)).toContainText('gateway.yaml:13')
  await expect(rows.nth(1).getByRole('button').first()).toHaveAttribute('aria-current', 'true')
  await expect(header(page).getByRole('button', { name: 'Undo', exact: true })).toHaveAccessibleDescription(/remove kept Service plant\/gateway/)

  // nothing blocks the bundle now; the Service left in it is the later one, byte for byte
  dialog = await openExport(page)
  await expect(dialog.getByRole('region', { name: 'Errors that block the bundle' })).toBeHidden()
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download YAML' }).click()])
  const text = await readFile(await download.path(), 'utf8')
  expect(text).toContain(SERVICE_OPC)
  expect(text).not.toContain('port: 80}')
  const kinds = (loadAll(text) as { kind: string }[]).map((object) => object.kind)
  expect(kinds).toEqual(['Namespace', 'ConfigMap', 'Service'])
  await dialog.getByRole('button', { name: 'Close' }).click()

  // Undo brings the removed Service back, in its place and selected
  await header(page).getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(1)).toContainText('gateway.yaml:6')
  await expect(rows.nth(1).getByRole('button').first()).toHaveAttribute('aria-current', 'true')
  expect(await page.getByRole('region', { name: 'Kept object', exact: true }).getByLabel(/^YAML of Service/).textContent()).toBe(SERVICE_HTTP)
})
