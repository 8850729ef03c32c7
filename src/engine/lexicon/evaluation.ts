/**
 * Verbs of evaluation: a reaction that approves of something and one that disapproves of it (a
 * court upholding or overturning a ruling among them), and the prepositions of taking a side. The
 * same speaker welcoming and criticising the same thing report opposite stances. WordNet links few
 * of these as antonyms ("praise" / "criticise" only), so the two classes are listed here: common
 * English reporting vocabulary, not words of any one story.
 */
const APPROVE = new Set(['welcome', 'praise', 'hail', 'applaud', 'commend', 'endorse', 'laud', 'celebrate', 'approve', 'support', 'back', 'embrace', 'uphold']);
const DISAPPROVE = new Set(['criticise', 'criticize', 'condemn', 'denounce', 'slam', 'blast', 'decry', 'deplore', 'reject', 'oppose', 'disapprove', 'attack', 'lambast', 'lambaste', 'overturn', 'overrule', 'quash']);

/** Prepositions of a stance: for or against something ("voted for" / "voted against"). */
const STANCE_PREPOSITIONS: Record<string, string> = { for: 'against', against: 'for' };

/** Whether two prepositions take opposite sides ("for" / "against"). */
export function opposedSides(x: string, y: string): boolean {
  return STANCE_PREPOSITIONS[x] === y;
}

/** Whether one verb approves of its object and the other disapproves ("welcomed" / "criticised"). */
export function opposedEvaluations(x: string, y: string): boolean {
  return (APPROVE.has(x) && DISAPPROVE.has(y)) || (DISAPPROVE.has(x) && APPROVE.has(y));
}
