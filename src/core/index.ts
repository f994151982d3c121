/** The one public surface of the core. UI and CLI import from here only. */
export * from './project/model'
export * from './project/interface-names'
export * from './validation/issue'
export * from './validation/catalogue'
export * from './validation/format-issue'
