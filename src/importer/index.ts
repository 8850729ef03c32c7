/** The importer behind `collate import`: cleaning (pure, in memory) and writing of raw articles. */
export { LINE_RULES, classifyUnits, isProse, type LineRule, type RuleId } from './boilerplate.ts';
export { decodeText, firstInvalidUtf8, looksBinary } from './decode.ts';
export { cleanHtml, stripSiteName, type HtmlCleanOptions, type HtmlCleanResult } from './html.ts';
export {
  DEFAULT_OUT_DIR,
  articlePath,
  importArticle,
  writeArticle,
  loadArticle,
  renderArticle,
  validateOverrides,
  writeAtomic,
  type ArticleFrontMatter,
  type ArticleOverrides,
  type ImportOptions,
  type ImportResult,
  type LoadedArticle,
} from './import.ts';
export { detectLanguage, toBcp47 } from './language.ts';
export { escapeMarkdown } from './markdown.ts';
export { splitSentences } from './sentences.ts';
export { isValidSlug, slugify, SLUG_PATTERN } from './slug.ts';
export { cleanText, deriveTitle, normaliseNewlines, UNKNOWN_OUTLET, type CleanOptions, type CleanResult, type Removal } from './text.ts';
