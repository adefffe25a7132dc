/** `vet check --format` values. Kept free of imports so the CLI definition can list them without loading reporters. */
export const CHECK_FORMATS = ['text', 'json', 'markdown', 'sarif', 'junit', 'github'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
