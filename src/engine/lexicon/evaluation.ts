/**
 * Verbs of evaluation: a reaction that approves of something and one that disapproves of it. The
 * same speaker welcoming and criticising the same thing report opposite stances. WordNet links few
 * of these as antonyms ("praise" / "criticise" only), so the two classes are listed here: common
 * English reporting vocabulary, not words of any one story.
 */
const APPROVE = new Set(['welcome', 'praise', 'hail', 'applaud', 'commend', 'endorse', 'laud', 'celebrate', 'approve', 'support', 'back', 'embrace']);
const DISAPPROVE = new Set(['criticise', 'criticize', 'condemn', 'denounce', 'slam', 'blast', 'decry', 'deplore', 'reject', 'oppose', 'disapprove', 'attack', 'lambast', 'lambaste']);

/** Whether one verb approves of its object and the other disapproves ("welcomed" / "criticised"). */
export function opposedEvaluations(x: string, y: string): boolean {
  return (APPROVE.has(x) && DISAPPROVE.has(y)) || (DISAPPROVE.has(x) && APPROVE.has(y));
}
