/** Site copies and builds for tests: the same helpers the benchmark uses. */
export { buildSite, makeSite, projectNode, projectRoot } from '../../src/bench/site.ts';
