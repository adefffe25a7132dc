/**
 * Tests never touch the audit store in the real home folder, and runs of one test do not see another's
 * audits: every way tests start the CLI (test/helpers/in-process.ts, the spawn helpers) spreads this first.
 * Store tests set VET_STORE to a file in a temp folder instead.
 */
export const NO_STORE_ENV = { VET_STORE: 'off' } as const;
