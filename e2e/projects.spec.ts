import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { Designer, seedStorage } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

const projectButton = (page: Page, name: string) => page.getByRole('button', { name: `${name}: projects`, exact: true })
const networkItems = (page: Page) => page.getByRole('list', { name: 'Networks' }).getByRole('listitem')

async function openMenu(page: Page, current: string) {
  await projectButton(page, current).click()
  const menu = page.getByRole('menu', { name: 'Projects' })
  await expect(menu).toBeVisible()
  return menu
}

async function switchTo(page: Page, current: string, other: string) {
  await (await openMenu(page, current)).getByRole('menuitemradio', { name: other }).click()
  await expect(projectButton(page, other)).toBeVisible()
}

/** The text of every project record in browser storage. */
const storedProjects = (page: Page) => page.evaluate(() =>
  Object.entries(localStorage).filter(([key]) => key.startsWith('nad-designer.projects.')).map(([, text]) => text).join('\n'))

test('two named projects: create, switch (each its own networks and YAML), rename, duplicate, delete and undo', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await expect(projectButton(page, 'My project')).toBeVisible()
  await designer.addPreset(/macvlan-net/)
  const macvlanYaml = await designer.shownYaml('macvlan-net')

  await (await openMenu(page, 'My project')).getByRole('menuitem', { name: 'New project…' }).click()
  const naming = page.getByRole('dialog', { name: 'New project' })
  await naming.getByRole('textbox', { name: 'Project name' }).fill('Site B')
  await naming.getByRole('button', { name: 'Create' }).click()
  await expect(projectButton(page, 'Site B')).toBeVisible()
  await expect(page.getByText('No networks yet')).toBeVisible()
  await designer.addPreset(/bridge-conf/)
  await expect.poll(() => designer.shownYaml('bridge-conf')).toContain('"type": "bridge"')

  await switchTo(page, 'Site B', 'My project')
  await expect(networkItems(page)).toHaveText([/^macvlan-net/])
  await networkItems(page).getByRole('button', { name: /^macvlan-net/ }).click()
  await expect.poll(() => designer.shownYaml('macvlan-net')).toBe(macvlanYaml)
  // the history of one project does not reach into another: the header has nothing to undo right after a switch
  await expect(page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true })).toBeDisabled()

  await switchTo(page, 'My project', 'Site B')
  await expect(networkItems(page)).toHaveText([/^bridge-conf/])

  await (await openMenu(page, 'Site B')).getByRole('menuitem', { name: 'Rename…' }).click()
  const renaming = page.getByRole('dialog', { name: 'Rename project' })
  const name = renaming.getByRole('textbox', { name: 'Project name' })
  await name.fill('My project')
  await expect(renaming.getByText('Another project is already named My project.')).toBeVisible()
  await name.fill(' ')
  await expect(renaming.getByText('Enter a name for the project.')).toBeVisible()
  await name.fill('Rack 7')
  await renaming.getByRole('button', { name: 'Rename' }).click()
  await expect(projectButton(page, 'Rack 7')).toBeVisible()

  await (await openMenu(page, 'Rack 7')).getByRole('menuitem', { name: 'Duplicate' }).click()
  await expect(projectButton(page, 'Rack 7 (copy)')).toBeVisible()
  await expect(networkItems(page)).toHaveText([/^bridge-conf/])
  const menu = await openMenu(page, 'Rack 7 (copy)')
  await expect(menu.getByRole('menuitemradio')).toHaveText(['My project', 'Rack 7', 'Rack 7 (copy)'])
  await page.screenshot({ path: '/tmp/projects-10/menu-light-en.png' })

  await menu.getByRole('menuitem', { name: 'Delete' }).click()
  await expect(page.getByText('Deleted project Rack 7 (copy)')).toBeVisible()
  await expect(projectButton(page, 'My project')).toBeVisible()
  await expect(networkItems(page)).toHaveText([/^macvlan-net/])
  await expect((await openMenu(page, 'My project')).getByRole('menuitemradio')).toHaveText(['My project', 'Rack 7'])
  await page.keyboard.press('Escape')
  // the snackbar's Undo (the header's Undo is the project's edit history)
  await page.getByRole('alert').filter({ hasText: 'Deleted project Rack 7 (copy)' }).getByRole('button', { name: 'Undo' }).click()
  await expect(projectButton(page, 'Rack 7 (copy)')).toBeVisible()
  await expect(networkItems(page)).toHaveText([/^bridge-conf/])
  await expect((await openMenu(page, 'Rack 7 (copy)')).getByRole('menuitemradio')).toHaveText(['My project', 'Rack 7', 'Rack 7 (copy)'])
})

test('a reload in the middle of editing finds everything there, in the project that was open', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await (await openMenu(page, 'My project')).getByRole('menuitem', { name: 'New project…' }).click()
  await page.getByRole('dialog', { name: 'New project' }).getByRole('button', { name: 'Create' }).click()
  await expect(projectButton(page, 'New project')).toBeVisible()
  await designer.addPreset(/ipvlan-net/)
  await page.getByRole('textbox', { name: 'Master interface (master)' }).fill('enp9s0')
  // autosave runs a moment after the last change: wait for it, not for a fixed time
  await expect.poll(() => storedProjects(page)).toContain('enp9s0')
  await page.reload()
  await expect(projectButton(page, 'New project')).toBeVisible()
  // the network that was selected is selected again, with what was typed
  await expect(page.getByRole('textbox', { name: 'Master interface (master)' })).toHaveValue('enp9s0')
  await expect.poll(() => designer.shownYaml('ipvlan-net')).toContain('"master": "enp9s0"')
  await expect((await openMenu(page, 'New project')).getByRole('menuitemradio')).toHaveText(['My project', 'New project'])
})

test('the single project an earlier build saved becomes "My project", and its old key goes once it is stored anew', async ({ page }) => {
  const network = { id: 'n1', name: 'legacy-net', namespace: 'default', config: { cniVersion: '0.4.0', type: 'bridge', bridge: 'br-legacy' } }
  const platform = { target: 'microshift-4.17', clusterNetwork: ['10.42.0.0/16'], serviceNetwork: ['10.43.0.0/16'] }
  await seedStorage(page, {
    'nad-designer.project': JSON.stringify({ format: 'nad-designer-project', version: 1, project: { networks: [network], workloads: [], hostNics: [], platform } }),
    'nad-designer.selection': '{"kind":"network","id":"n1"}',
  })
  await page.goto('/')
  await expect(projectButton(page, 'My project')).toBeVisible()
  await expect(networkItems(page)).toHaveText([/^legacy-net/])
  await expect.poll(() => new Designer(page).shownYaml('legacy-net')).toContain('"bridge": "br-legacy"')
  expect(await page.evaluate(() => [localStorage.getItem('nad-designer.project'), localStorage.getItem('nad-designer.selection')])).toEqual([null, null])
  expect(await storedProjects(page)).toContain('br-legacy')
})

test('a full storage says the latest changes are not saved, offers the project file, keeps the work, and goes once storage works again', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem
    const flags = window as unknown as { storageFull?: boolean }
    Storage.prototype.setItem = function (key: string, value: string) {
      if (flags.storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      setItem.call(this, key, value)
    }
  })
  const designer = new Designer(page)
  await designer.open()
  await page.evaluate(() => { (window as unknown as { storageFull: boolean }).storageFull = true })
  await designer.addPreset(/macvlan-net/)
  const alert = page.getByRole('alert').filter({ hasText: 'Browser storage is full: your latest changes are not saved.' })
  await expect(alert).toBeVisible()
  await expect(networkItems(page)).toHaveText([/^macvlan-net/])
  await page.screenshot({ path: '/tmp/projects-10/storage-full.png' })
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download project file' }).click()])
  expect(download.suggestedFilename()).toBe('My-project.json')
  expect(await readFile(await download.path(), 'utf8')).toContain('"name": "macvlan-net"')

  await page.evaluate(() => { (window as unknown as { storageFull: boolean }).storageFull = false })
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(alert).toHaveCount(0)
  expect(await storedProjects(page)).toContain('macvlan-net')
})

test('a share link can open as a new project, keeping the current one', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/macvlan-net/)
  await page.getByRole('button', { name: 'Share or save the project' }).click()
  const share = page.getByRole('dialog', { name: 'Share the project' })
  const link = await share.getByRole('textbox', { name: 'Link to this project' }).inputValue()
  await share.getByRole('button', { name: 'Close' }).click()
  await designer.addPreset(/bridge-conf/)
  await page.goto(link)
  const offer = page.getByRole('dialog', { name: 'Open the project from this link?' })
  await offer.getByRole('button', { name: 'Open as a new project' }).click()
  await expect(projectButton(page, 'Shared project')).toBeVisible()
  await expect(networkItems(page)).toHaveText([/^macvlan-net/])
  await switchTo(page, 'Shared project', 'My project')
  await expect(networkItems(page)).toHaveText([/^macvlan-net/, /^bridge-conf/])
})
