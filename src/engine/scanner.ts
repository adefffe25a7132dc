import type { LoadedBrand } from '../brands/load.js';
import type { Finding, Post } from '../types.js';

/** Scans one post at a time; holds only the compiled automaton, never the history. */
export interface Scanner {
  scan(post: Post): Finding[];
}

// STUB: replaced by the real engine (normalize → automaton → rules).
export async function createScanner(_brand: LoadedBrand): Promise<Scanner> {
  return { scan: () => [] };
}
