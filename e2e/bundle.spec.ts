import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { readFile } from 'node:fs/promises'
import { load, loadAll } from 'js-yaml'
import { Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

// The NAD's config is written the way people write it (spaced, keys in their own order); the bundle may re-format it,
// but must mean the same.
const NAD_CONFIG = '{ "cniVersion": "0.4.0", "name": "plant-lan", "type": "macvlan", "master": "eth1", "mode": "bridge", "ipam": { "type": "static" } }'
const NAD = `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: plant-lan
  namespace: plant
spec:
  config: '${NAD_CONFIG}'
`
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: reader
  namespace: plant
  annotations:
    k8s.v1.cni.cncf.io/networks: '[{"name": "plant-lan", "ips": ["192.168.50.10/24"]}]'
spec:
  containers: [{ name: app, image: registry.access.redhat.com/ubi9/ubi-minimal, command: [sleep, infinity] }]
`
const CONFIG_MAP = `# read by the reader at start
apiVersion: v1
kind: ConfigMap
metadata:
  name: reader-settings
  namespace: plant
data:
  poll: "5s"    # not a number: a string
  endpoints: |
    opc.tcp://192.168.50.2:4840
`
const SERVICE = `apiVersion: v1
kind: Service
metadata: {name: reader, namespace: plant}
spec:
  selector: {app: reader}
  ports: [{port: 8080, targetPort: 8080}]
`
const INPUT = [NAD, POD, CONFIG_MAP, SERVICE].join('---\n')

async function importYaml(page: Page, text: string, choice: 'Replace networks and workloads' | 'Add to project') {
  await page.getByRole('button', { name: 'Import YAML' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import manifests' })
  await dialog.getByRole('textbox', { name: 'Or paste YAML' }).fill(text)
  await expect(dialog.getByRole('heading', { name: /^Found/ })).toBeVisible()
  return { dialog, confirm: () => dialog.getByRole('button', { name: choice }).click() }
}

/** Screenshots and axe see the dialog as painted, not mid fade-in. */
async function finishTransitions(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity))
}

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export bundle' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the bundle' })
  await expect(dialog).toBeVisible()
  await finishTransitions(page)
  return dialog
}

test('imported objects the designer does not model go into the bundle unchanged, Namespace first; the zip holds one file per object, kustomization.yaml and README.md', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  const { dialog: importDialog, confirm } = await importYaml(page, INPUT, 'Replace networks and workloads')
  await expect(importDialog.getByRole('heading', { name: /^Found/ })).toHaveText('Found 1 network, 1 workload with 1 attachment')
  const kept = importDialog.getByRole('list', { name: 'Objects kept as written' }).getByRole('listitem')
  await expect(kept).toHaveText([/ConfigMap\/reader-settings \(plant\)\s*pasted YAML:20$/, /Service\/reader \(plant\)\s*pasted YAML:30$/])
  await expect(importDialog.getByRole('heading', { name: '2 objects kept as written, go into the bundle' })).toBeVisible()
  await finishTransitions(page)
  await page.screenshot({ path: '/tmp/bundle-9/import-kept.png' })
  await confirm()

  const dialog = await openExport(page)
  const files = dialog.getByRole('list', { name: /^Files of the bundle/ }).getByRole('button')
  await expect(files).toHaveText([
    /^10-namespace-plant\.yaml/, /^20-nad-plant-plant-lan\.yaml/, /^30-pod-reader\.yaml/,
    /^40-passthrough-configmap-reader-settings\.yaml/, /^40-passthrough-service-reader\.yaml/, /^kustomization\.yaml/, /^README\.md/,
  ])
  await files.filter({ hasText: 'configmap' }).click()
  await expect(dialog.getByLabel('Contents of 40-passthrough-configmap-reader-settings.yaml')).toHaveText(CONFIG_MAP)
  await page.screenshot({ path: '/tmp/bundle-9/export-light.png' })

  // one multi-document YAML: Namespace first, the ConfigMap and Service exactly as imported, the NAD's config meaning the same
  const [yamlDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download YAML' }).click()])
  expect(yamlDownload.suggestedFilename()).toBe('nad-designer.yaml')
  const stream = await readFile(await yamlDownload.path(), 'utf8')
  const documents = loadAll(stream) as { kind: string; metadata: { name: string }; spec?: { config?: string } }[]
  expect(documents.map((document) => `${document.kind}/${document.metadata.name}`)).toEqual(['Namespace/plant', 'NetworkAttachmentDefinition/plant-lan', 'Pod/reader', 'ConfigMap/reader-settings', 'Service/reader'])
  expect(documents[3]).toEqual(load(CONFIG_MAP))
  expect(documents[4]).toEqual(load(SERVICE))
  expect(stream).toContain(CONFIG_MAP)
  expect(JSON.parse(documents[1]?.spec?.config ?? '')).toEqual(JSON.parse(NAD_CONFIG))

  await dialog.getByRole('button', { name: 'Copy YAML' }).click()
  await expect(page.getByText('The bundle YAML is in the clipboard')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(stream)

  // the zip: one folder named after the bundle, with exactly the files listed
  await dialog.getByRole('textbox', { name: 'Bundle name' }).fill('Plant LAN')
  await expect(dialog.getByText('/etc/microshift/manifests.d/plant-lan/')).toBeVisible()
  const [zipDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download zip' }).click()])
  expect(zipDownload.suggestedFilename()).toBe('plant-lan.zip')
  const zipped = unzipSync(new Uint8Array(await readFile(await zipDownload.path())))
  const objectFiles = ['10-namespace-plant.yaml', '20-nad-plant-plant-lan.yaml', '30-pod-reader.yaml', '40-passthrough-configmap-reader-settings.yaml', '40-passthrough-service-reader.yaml']
  expect(Object.keys(zipped).sort()).toEqual([...objectFiles, 'kustomization.yaml', 'README.md'].map((name) => `plant-lan/${name}`).sort())
  const text = (name: string) => strFromU8(zipped[`plant-lan/${name}`] ?? new Uint8Array())
  expect((load(text('kustomization.yaml')) as { resources: string[] }).resources).toEqual(objectFiles)
  expect(text('40-passthrough-configmap-reader-settings.yaml')).toBe(CONFIG_MAP)
  expect(load(text('40-passthrough-service-reader.yaml'))).toEqual(load(SERVICE))
  expect(objectFiles.map(text).join('---\n')).toBe(stream)
  const readme = text('README.md')
  expect(readme).toContain('sudo dnf install microshift-multus')
  expect(readme).toContain('/etc/microshift/manifests.d/plant-lan')
  expect(readme).toContain('oc apply -k plant-lan')
})

test('a design with an error lists it with its object; nothing goes out until it is fixed; a click goes to the field', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  const broken = NAD.replace('"mode": "bridge"', '"mode": "sideways"')
  const { confirm } = await importYaml(page, `${broken}---\n${CONFIG_MAP}`, 'Replace networks and workloads')
  await confirm()

  let dialog = await openExport(page)
  const errors = dialog.getByRole('region', { name: 'Errors that block the bundle' })
  await expect(errors).toContainText('1 error blocks the bundle')
  const error = errors.getByRole('button', { name: /macvlan\.mode-unknown/ })
  await expect(error).toContainText('plant-lan › config.mode')
  for (const name of ['Copy YAML', 'Download YAML', 'Download zip']) await expect(dialog.getByRole('button', { name })).toBeDisabled()
  // the files can still be looked at
  await expect(dialog.getByRole('list', { name: /^Files of the bundle/ }).getByRole('button')).toHaveCount(5)
  await finishTransitions(page)
  await page.screenshot({ path: '/tmp/bundle-9/export-errors.png' })

  await error.click()
  await expect(dialog).toBeHidden()
  const mode = page.getByRole('combobox', { name: /^Mode/ })
  await expect(mode).toBeFocused()
  await mode.click()
  await page.getByRole('option', { name: /^bridge/ }).click()

  dialog = await openExport(page)
  await expect(dialog.getByRole('region', { name: 'Errors that block the bundle' })).toHaveCount(0)
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download YAML' }).click()])
  const documents = loadAll(await readFile(await download.path(), 'utf8')) as { kind: string; spec?: { config?: string } }[]
  expect(documents.map((document) => document.kind)).toEqual(['Namespace', 'NetworkAttachmentDefinition', 'ConfigMap'])
  expect(JSON.parse(documents[1]?.spec?.config ?? '')).toMatchObject({ mode: 'bridge', master: 'eth1' })
})

test('the export dialog in Japanese and in the dark theme, with no serious accessibility violation', async ({ page }) => {
  test.setTimeout(90_000)
  const designer = new Designer(page)
  await designer.open()
  const { confirm } = await importYaml(page, INPUT, 'Replace networks and workloads')
  await confirm()
  await page.getByRole('button', { name: 'Dark theme' }).click()
  let dialog = await openExport(page)
  await dialog.getByRole('button', { name: /^README\.md/ }).click()
  await expect(dialog.getByLabel('Contents of README.md')).toContainText('microshift-multus')
  await finishTransitions(page)
  await page.screenshot({ path: '/tmp/bundle-9/export-dark.png' })
  const violations = (await new AxeBuilder({ page }).include('[role="dialog"]').analyze()).violations
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
  await dialog.getByRole('button', { name: 'Close' }).click()

  await designer.choose('Language', '日本語')
  await page.getByRole('button', { name: 'バンドルをエクスポート' }).click()
  dialog = page.getByRole('dialog', { name: 'バンドルのエクスポート' })
  await finishTransitions(page)
  await expect(dialog.getByText('README.md は英語で書かれています')).toBeVisible()
  await expect(dialog.getByRole('button', { name: /^40-passthrough-configmap-reader-settings\.yaml/ })).toContainText('インポートしたもの (書かれたとおりに保持)')
  await expect(dialog.getByRole('button', { name: 'zip をダウンロード' })).toBeEnabled()
  await page.screenshot({ path: '/tmp/bundle-9/export-ja-dark.png' })
})
