/**
 * Status: the same person or thing in states that exclude each other: arrested (or held) / at
 * large / released, dead / alive (or arrested, questioned, charged), resigned / fired, still going
 * on / over, staying closed / reopening, missing / found, running normally / suspended. The states are a small table of general English; the
 * subject must be the same (an agreeing argument, or a shared entity).
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import type { Phrase } from '../analyze/propositions.ts';
import type { Quantity } from '../analyze/quantities.ts';
import { countsPeople } from '../lexicon/wordnet.ts';
import { differentOccasions, differentPlaces, passive, phrasesDiffer } from './slots.ts';
import { passage, versus, type Detector } from './types.ts';

/** Groups of states; a state excludes the states of the other groups of its row. */
const STATES: [string, RegExp][][] = [
  [
    ['in custody', /\b(?:arrested|detained|in\s+custody|captured|caught|apprehended|taken\s+into\s+custody|jailed|behind\s+bars|remanded|still\s+(?:being\s+)?held(?!\s+(?:in|at)\s+(?:a\s+|the\s+)?hospital)|held\s+(?:hostage|captive)|in\s+captivity|in\s+the\s+hands\s+of\s+(?:(?:his|her|their|the)\s+)?(?:captors|kidnappers|abductors))\b/i],
    ['at large', /\b(?:at\s+large|on\s+the\s+run|escaped|still\s+(?:being\s+)?sought|evaded\s+(?:capture|arrest)|remains?\s+free)\b/i],
    ['released', /\b(?:released|freed|set\s+free)\b/i],
  ],
  [
    ['dead', /\b(?:died|dead|killed|was\s+killed|were\s+killed|perished|lost\s+(?:his|her|their)\s+lives?)\b/i],
    // Held, questioned or charged: only the living are (the gunman "was arrested" / "was shot dead").
    ['alive', /\b(?:alive|survived|rescued\s+alive|found\s+alive|arrested|detained|in\s+custody|taken\s+into\s+custody|(?:was|were|is|are|being)\s+questioned|charged\s+with)\b/i],
  ],
  [
    ['resigned', /\b(?:resigned|stepped\s+down|quit)\b/i],
    ['dismissed', /\b(?:fired|dismissed|sacked|ousted|removed\s+from\s+(?:office|his\s+post|her\s+post))\b/i],
  ],
  [
    ['going on', /\b(?:continu(?:e|es|ed|ing)|persist(?:s|ed|ing)?|ongoing|imposed|still\s+(?:fighting|burning|raging|going\s+on|under\s+way|in\s+force|on\s+strike)|out\s+of\s+control|(?:kept|keeps|keep|remains?|remained|stays?|stayed)\s+(?:(?:\w+\s+){0,3})?in\s+(?:place|force))\b/i],
    ['over', /\b(?:ended|is\s+over|was\s+over|came\s+to\s+an\s+end|no\s+longer|extinguished|put\s+out|(?:brought\s+)?under\s+control|lifted|called\s+off)\b/i],
  ],
  [
    ['going ahead', /\b(?:go(?:es)?\s+ahead|went\s+ahead|going\s+ahead|took\s+place|was\s+held|were\s+held|as\s+planned|on\s+schedule)\b/i],
    ['cancelled', /\b(?:scrapped|called\s+off|cancell?ed|abandoned|postponed|shelved|put\s+off)\b/i],
  ],
  [
    ['missing', /\b(?:(?:still|remains?|remained|is|are|was|were)\s+missing|unaccounted\s+for)\b/i],
    ['found', /\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:found|recovered|located|traced))\b/i],
  ],
  [
    ['running', /\b(?:(?:operating|running)\s+(?:normally|as\s+(?:normal|usual))|(?:operate|operated|run|ran)\s+as\s+(?:normal|usual))\b/i],
    ['suspended', /\b(?:suspended|halted|(?:was|were|has\s+been|have\s+been)\s+grounded)\b/i],
  ],
  [
    ['closed', /\b(?:(?:stay|stays|stayed|remain|remains|remained|will\s+stay|will\s+remain)\s+(?:closed|shut)|shut\s+down)\b/i],
    ['open', /\b(?:reopen(?:s|ed|ing)?|(?:stay|stays|stayed|remain|remains|remained)\s+open)\b/i],
  ],
];

interface State {
  row: number;
  group: number;
  words: string;
  start: number;
}

/** The exclusive states a claim asserts, in order (a negated state is not asserted). */
function statesOf(claim: AnalyzedClaim): State[] {
  const found: State[] = [];
  STATES.forEach((row, r) =>
    row.forEach(([, pattern], g) => {
      const match = pattern.exec(claim.text);
      if (!match) return;
      const token = claim.tokens.find((t) => t.start >= match.index);
      if (token?.negated || /\b(?:not|never|n't)\s+(?:\w+\s+)?$/i.test(claim.text.slice(Math.max(0, match.index - 16), match.index))) return;
      // Going on until a time ("will continue until Friday") says when it ends, not that it goes on.
      if (row[g]![0] === 'going on' && /^\s+until\b/i.test(claim.text.slice(match.index + match[0].length))) return;
      found.push({ row: r, group: g, words: match[0], start: match.index });
    }),
  );
  return found.sort((x, y) => x.start - y.start);
}

/**
 * The first pair of states, one of each claim, of one row and different groups ("survived and was
 * arrested" / "fled the scene and is still being sought": in custody against at large).
 */
function opposedStates(a: AnalyzedClaim, b: AnalyzedClaim): [State, State] | undefined {
  const inA = statesOf(a);
  const inB = statesOf(b);
  // A claim that itself gives two states of a row tells a change ("held hostage for three days
  // before being released"), which the other claim's one state does not contradict.
  const changes = (states: State[], row: number) => new Set(states.filter((s) => s.row === row).map((s) => s.group)).size > 1;
  for (const x of inA) {
    if (changes(inA, x.row) || changes(inB, x.row)) continue;
    const y = inB.find((s) => s.row === x.row && s.group !== x.group);
    if (y) return [x, y];
  }
  return undefined;
}

/**
 * What a state is said of: a state verb with an object, of its object ("called off the strike",
 * "police arrested the driver"); otherwise of its subject ("the driver was arrested", "the strike
 * went ahead").
 */
function subjectOf(claim: AnalyzedClaim, state: State): Phrase | undefined {
  const end = state.start + state.words.length;
  const own = claim.propositions.find((p) => claim.tokens[p.index]!.start >= state.start && claim.tokens[p.index]!.start < end);
  if (own?.object && !passive(claim, own)) return own.object;
  if (own) return own.subject;
  // A state with no verb of its own ("remains in the hands of his captors", "is still at large"):
  // the noun just before its copula.
  const before = claim.tokens.filter((t) => t.end <= state.start);
  let k = before.length - 1;
  while (k >= 0 && /^(?:AUX|ADV|PART)$/.test(before[k]!.pos) || (k >= 0 && before[k]!.pos === 'VERB' && COPULA.test(before[k]!.lemma))) k--;
  const noun = before[k];
  if (noun && (noun.pos === 'NOUN' || noun.pos === 'PROPN')) {
    const entity = claim.entities.find((e) => noun.start >= e.start && noun.end <= e.end);
    return { head: entity ? `e:${entity.key}` : `l:${noun.lemma.toLowerCase()}`, modifiers: [], text: noun.text };
  }
  return claim.propositions.filter((p) => claim.tokens[p.index]!.start <= end).pop()?.subject;
}

/** Verbs that link a subject to a state. */
const COPULA = /^(?:be|remain|stay|seem|appear|become)$/;

/**
 * Whether two claims each state the status of one and the same subject, in states of one row
 * ("the suspect remains at large" / "the suspect was arrested on Sunday"): the two are about one
 * matter however few words they share. The alignment (`judge.ts`) counts this as a link.
 */
export function statusOfOneSubject(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const inB = statesOf(b);
  for (const x of statesOf(a)) {
    const sx = subjectOf(a, x);
    if (!sx || !sx.head.startsWith('l:') || counted(a, x, sx)) continue;
    for (const y of inB) {
      if (y.row !== x.row) continue;
      const sy = subjectOf(b, y);
      if (sy && sy.head === sx.head && !phrasesDiffer(sx, sy, [a, b]) && !counted(b, y, sy)) return true;
    }
  }
  return false;
}

/** Words that make a subject another one of its kind ("a second gunman", "another suspect"). */
const ANOTHER = /\b(?:another|other|second|third|fourth|fifth|further)\b/i;

/**
 * Whether a state is said of a counted group: its subject is a figure of what it counts ("three
 * people died"), or a bare figure stands just before the state's words ("… and 12 arrested"). A
 * definite group ("the 40 schoolgirls", "all 23 miners") is not counted: it is one known group.
 */
function counted(claim: AnalyzedClaim, state: State, subject: Phrase | undefined): boolean {
  const counts = (q: Quantity) => q.counted !== undefined && (subject?.head === `l:${q.counted}` || countsPeople(q.counted));
  // "The 40 schoolgirls", "all 23 miners": a definite group known by its count is one group in one state.
  const opening = (q: Quantity) => subject !== undefined && !/^(?:the|all|both)\s/i.test(subject.text) && subject.text.replace(/^(?:another|some)\s+/i, '').startsWith(q.phrase);
  if (claim.quantities.some((q) => counts(q) && opening(q))) return true;
  const before = claim.tokens.filter((t) => t.end <= state.start).at(-1);
  return before?.pos === 'NUM';
}

export const status: Detector = {
  kinds: ['status'],
  aligned: true,
  detect(a, b, context) {
    // Claims set in different places speak of different events.
    if (differentPlaces(a, b) || differentOccasions(a, b)) return undefined;
    const opposed = opposedStates(a, b);
    if (!opposed) return undefined;
    const [x, y] = opposed;
    // The same subject: the phrases before the two states must not name different things, and
    // the claims must share a name or the subject's head.
    const sx = subjectOf(a, x);
    const sy = subjectOf(b, y);
    if (phrasesDiffer(sx, sy, [a, b])) return undefined;
    // A counted group ("three people died" / "12 arrested") is not one person or thing in two
    // states: the counts say who, and numeric compares them. Nor is "a second gunman" the gunman.
    if (counted(a, x, sx) || counted(b, y, sy)) return undefined;
    if ((sx && ANOTHER.test(sx.text)) || (sy && ANOTHER.test(sy.text))) return undefined;
    // The claims must share who or what: a name, the subject's head, or the one's subject among
    // the other's words ("postponed the reopening of schools" / "schools reopened").
    const sharedName = a.entities.some((e) => b.entities.some((f) => f.key === e.key));
    const mentions = (claim: AnalyzedClaim, subject: typeof sx) => subject !== undefined && claim.terms.some((t) => t.key === subject.head);
    if (!sharedName && !(sx && sy && sx.head === sy.head) && !mentions(a, sy) && !mentions(b, sx)) return undefined;
    return {
      kind: 'status',
      explanation: versus(context.label(a), passage(a.text, x.start, x.start + x.words.length), context.label(b), passage(b.text, y.start, y.start + y.words.length)),
    };
  },
};
