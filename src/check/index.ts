export { CHECK_FORMATS, type CheckFormat } from './formats.js';
export { expandProposalArgs, displayPath, globToRegExp } from './files.js';
export { BrandCache, loadProposal, loadProposals, ProposalSchema, type LoadedProposal } from './proposal.js';
export { exitCodeFor, influencerLabel, runCheck, summarize, type CheckReviewer, type CheckRunOptions } from './run.js';
export { CHECK_REPORTERS, renderCheck, type CheckRenderContext, type CheckReporter } from './reporters/index.js';
export type * from './types.js';
