/** Copy text to the clipboard; resolves false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/** Offer `text` as a file download named `fileName`. */
export function downloadText(fileName: string, text: string, mimeType = 'application/yaml') {
  downloadBlob(fileName, new Blob([text], { type: `${mimeType};charset=utf-8` }))
}

/** Offer `blob` (an image, an archive) as a file download named `fileName`. */
export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** A file name safe on every OS, from an object name. */
export function toFileName(name: string, extension: string): string {
  const stem = name.trim().replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'untitled'
  return `${stem}.${extension}`
}

/** A remembered UI preference (never throws: private mode or a full quota just forget it). */
export function readPreference(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(`nad-designer.${key}`) ?? null
  } catch {
    return null
  }
}

/** Remember a UI preference. */
export function writePreference(key: string, value: string) {
  try {
    globalThis.localStorage?.setItem(`nad-designer.${key}`, value)
  } catch {
    // not remembered
  }
}
