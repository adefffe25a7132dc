import { openFileHistory } from '../sources/file.js';
import { openHistory, splitHandle } from '../sources/index.js';
import type { FetchedHistory, SourceContext } from '../sources/types.js';
import type { Coverage, Post } from '../types.js';
import { displayPath } from './files.js';
import type { ProposalInfluencer } from './types.js';

/**
 * The history to vet for one influencer: the exported `from` file when there is one (offline, handles are
 * only shown), otherwise every handle's history read one after the other as a single stream, so the
 * influencer gets one verdict over everything they posted.
 */
export async function openInfluencerHistory(influencer: ProposalInfluencer, ctx: SourceContext, cwd: string): Promise<FetchedHistory> {
  if (influencer.fromPath) {
    // Relative to the working folder, so file:line messages point at the file from where the user stands.
    return openFileHistory(displayPath(influencer.fromPath, cwd), cwd, influencer.columns ? { columns: influencer.columns, columnsFrom: 'columns:' } : {});
  }
  if (influencer.handles.length === 1) return openHistory(influencer.handles[0]!, ctx);
  return mergedHistory(influencer.handles, ctx);
}

/** Opens each handle only when the previous one is exhausted: one connection at a time, memory stays flat. */
function mergedHistory(handles: readonly string[], ctx: SourceContext): FetchedHistory {
  const parts: Array<{ handle: string; coverage: Coverage }> = [];

  async function* posts(): AsyncGenerator<Post> {
    for (const handle of handles) {
      const history = await openHistory(handle, ctx);
      parts.push({ handle, coverage: history.coverage });
      const platform = splitHandle(handle).platform;
      for await (const post of history.posts) {
        // Post ids are only unique within a platform; fingerprints need to know which one.
        yield post.platform ? post : { ...post, platform };
      }
    }
  }

  const coverage: Coverage = {
    get postsRead() {
      return parts.reduce((n, p) => n + p.coverage.postsRead, 0);
    },
    get partial() {
      return parts.some((p) => p.coverage.partial);
    },
    get notes() {
      return parts.flatMap((p) => p.coverage.notes.map((note) => ({ code: note.code, args: { ...note.args, subject: p.handle } })));
    },
  } as Coverage;

  return {
    subject: { handle: handles.join(', '), platform: [...new Set(handles.map((h) => splitHandle(h).platform))].join('+') },
    posts: posts(),
    coverage,
  };
}
