import { parseProjectFile, serializeProjectFile, type Issue, type Project } from '../../../core'

/** The fragment key: `#p=1.<data>`; the leading `1.` is the encoding version, so later encodings can be told apart. */
const FRAGMENT_KEY = 'p'
const ENCODING_VERSION = '1'

/**
 * Longest link we hand out. Browsers open far longer ones (Chromium about 2 MB), but Safari stops near 80,000
 * characters and mail and chat tools cut long links; past this the project file is the safer way to carry it.
 */
export const MAX_SHARE_LINK_LENGTH = 32_000

/** A link's project may not inflate past this (a hostile link must not exhaust the tab's memory). */
export const MAX_SHARED_PROJECT_BYTES = 8 * 1024 * 1024

/** What a shared link held. */
export type SharedProject =
  | { ok: true; project: Project; issues: Issue[] }
  | { ok: false; reason: 'unsupported-version' | 'damaged' | 'too-large' | 'not-a-project'; issues: Issue[] }

// fflate is loaded only when a link is made or opened.
const loadFflate = () => import('fflate')

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return Uint8Array.from(binary, (char) => char.charCodeAt(0))
  } catch {
    return undefined
  }
}

/** The page address with the whole project in its fragment, compressed; nothing is sent to any server. */
export async function buildShareLink(project: Project, pageUrl: string): Promise<string> {
  const { deflateSync, strToU8 } = await loadFflate()
  const data = toBase64Url(deflateSync(strToU8(serializeProjectFile(project))))
  const url = new URL(pageUrl)
  url.hash = `${FRAGMENT_KEY}=${ENCODING_VERSION}.${data}`
  return url.href
}

/** The encoded project of a location hash (`#p=…`), if it carries one. */
export function shareFragmentOf(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  return params.get(FRAGMENT_KEY) ?? undefined
}

/** Reads the project a link carries; never throws, whatever the link holds. */
export async function readShareFragment(fragment: string): Promise<SharedProject> {
  const [version, data = ''] = fragment.split('.', 2)
  if (version !== ENCODING_VERSION) return { ok: false, reason: 'unsupported-version', issues: [] }
  const bytes = fromBase64Url(data)
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'damaged', issues: [] }
  const { Inflate, strFromU8 } = await loadFflate()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    const inflate = new Inflate((chunk) => {
      size += chunk.length
      if (size > MAX_SHARED_PROJECT_BYTES) throw new RangeError('too large')
      chunks.push(chunk)
    })
    inflate.push(bytes, true)
  } catch (error) {
    return { ok: false, reason: error instanceof RangeError ? 'too-large' : 'damaged', issues: [] }
  }
  const whole = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    whole.set(chunk, offset)
    offset += chunk.length
  }
  const { project, issues } = parseProjectFile(strFromU8(whole))
  return project ? { ok: true, project, issues } : { ok: false, reason: 'not-a-project', issues }
}
