/** The comparison engine: plain TypeScript shared by the site, the CLI and the tests. */
export { splitClaims, claimId } from './claims.ts';
export { compareArticles, type Comparison } from './compare.ts';
export { PairJudge, type PairJudgement } from './pairs.ts';
export { judgeClaims, type Judgement } from './judge.ts';
export { score, covers, type Gold, type Scores } from './evaluate.ts';
export type { ArticleInput, Claim, ComparisonResult, ContradictionKind, Link, Relation } from './types.ts';
