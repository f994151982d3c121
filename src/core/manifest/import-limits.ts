/** Limits that keep hostile input from exhausting the browser or the CLI. */
export const IMPORT_LIMITS = {
  /** Whole input: far above any real bundle of NADs and pods. */
  totalBytes: 5 * 1024 * 1024,
  /** One YAML document. */
  documentBytes: 1024 * 1024,
  documents: 10_000,
  /** Collection nesting; Kubernetes objects rarely go past 15. */
  maxDepth: 64,
  /** Nodes of one document once YAML aliases are expanded (a billion-laughs bomb expands to ~10^9). */
  expandedNodes: 200_000,
} as const
