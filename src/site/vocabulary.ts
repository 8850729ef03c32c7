/**
 * The site's one vocabulary for relations: the same signs and words on comparison pages, the
 * legend, the aligned view and search results (plain module: the search page's script imports it).
 */
import type { ClaimRelation } from '../engine/relations.ts';

/** Signs for relations: a cue that does not rely on colour. */
export const RELATION_SIGN: Record<ClaimRelation, string> = { same: '=', overlap: '≈', contradiction: '≠', unique: '◆' };

/** Words for relations, for labels and the legend. */
export const RELATION_WORDS: Record<ClaimRelation, string> = {
  same: 'states the same',
  overlap: 'overlaps',
  contradiction: 'contradicts',
  unique: 'only in one report',
};
