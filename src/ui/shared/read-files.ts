import { IMPORT_LIMITS, type InputFile } from '../../core'

/** Files read as text, and the ones refused unread because they pass the import limit. */
export interface ReadFiles {
  read: InputFile[]
  tooLarge: { name: string; size: number }[]
}

/** Reads files as text; a file past the import limit is refused by name without being read. */
export async function readFiles(files: readonly File[]): Promise<ReadFiles> {
  const result: ReadFiles = { read: [], tooLarge: [] }
  for (const file of files) {
    if (file.size > IMPORT_LIMITS.totalBytes) result.tooLarge.push({ name: file.name, size: file.size })
    else result.read.push({ name: file.name, text: await file.text() })
  }
  return result
}
