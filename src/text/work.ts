/**
 * Steps taken by the scans whose length depends on the shape of a text rather than on its length alone: runs of
 * separators in the normalizer, runs of word characters and glued model names in the scanner. Every such scan
 * adds the characters it reads. Nothing in vet reads it; tests do, to show the work stays linear in the length
 * of a post whatever its shape (a count, not a clock).
 */
export const textWork = { steps: 0 };
