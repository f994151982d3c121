export const jaIssues: Record<string, string> = {}
