import type { BundleFile } from '../../../core'

/**
 * The bundle's files in a zip, inside one folder named after the bundle (`edge/…`): unzipped, it is the directory the
 * README's commands name. fflate loads only when a zip is made, so the first page stays small.
 */
export async function zipBundle(name: string, files: readonly BundleFile[]): Promise<Blob> {
  const { strToU8, zipSync } = await import('fflate')
  const bytes = zipSync(Object.fromEntries(files.map((file) => [`${name}/${file.path}`, strToU8(file.text)])), { level: 6 })
  return new Blob([bytes.slice().buffer], { type: 'application/zip' })
}
