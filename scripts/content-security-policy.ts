import type { Plugin } from 'vite'

/**
 * The page's Content-Security-Policy: everything from this origin only, no eval, no inline script. Styles allow
 * 'unsafe-inline' because MUI (emotion) and React Flow write style elements and attributes at run time; no script
 * can be injected through them. `blob:` and `data:` images are the diagram's PNG/SVG export and MUI's icons.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/** What only a header can say (a meta element cannot forbid framing). */
export const HEADER_ONLY_POLICY = "frame-ancestors 'none'"

/**
 * Writes the policy into the built index.html as a meta element, so the page is protected wherever its files are
 * served from. Only in builds: the dev server's hot reload needs inline scripts.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'nad-designer-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}
