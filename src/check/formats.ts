/** `vet check --format` values. Kept free of imports so the CLI definition can list them without loading reporters. */
export const CHECK_FORMATS = ['text', 'json', 'markdown', 'sarif', 'junit', 'github', 'html', 'pdf'] as const;
/** The formats rendered by modules loaded only when asked for (src/report/html, src/report/pdf.ts). */
export type PageFormat = 'html' | 'pdf';
export type CheckFormat = (typeof CHECK_FORMATS)[number];
