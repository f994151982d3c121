// Go/Jinja/Helm `{{ ... }}` and envsubst `${NAME}`; bare `$NAME` is left alone (shell commands use it).
const PLACEHOLDER = /\{\{.*?\}\}|\$\{[A-Za-z_][A-Za-z0-9_]*\}/

/** The first unrendered template placeholder in a text, with its offset, if any. */
export function findTemplatePlaceholder(text: string): { offset: number; text: string } | undefined {
  const match = PLACEHOLDER.exec(text)
  return match ? { offset: match.index, text: match[0] } : undefined
}
