/**
 * Attribution: the same statement put in different mouths ("…, Interior Minister Anna Berg said" /
 * "…, police chief Lars Holm said"), or the same act done by different named actors ("the strike
 * was called by the union BTB" / "the walkout was called by ACV"). Both must be named, and neither
 * may appear in the other claim (one outlet may name both). Or the same act with its parties
 * swapped ("Brazil beat Argentina" / "Argentina beat Brazil").
 *
 * Roles held for someone ("his envoy" / "the minister's envoy") are not compared: without
 * coreference a possessive pronoun is too often resolved to the wrong person.
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import { REPORTING } from '../analyze/speech.ts';
import type { Phrase, Proposition } from '../analyze/propositions.ts';
import { SAME_CLAIM, actSimilarity, differentPlaces, passive, phrasesDiffer, samePredicate } from './slots.ts';
import { q, type Detector, type Finding } from './types.ts';

/** A statement must be this close for differing speakers to conflict. */
const MIN_SIMILARITY = 0.6;

/** Whether one name is the initials of the other ("USGS" / "US Geological Survey"). */
export function sameByInitials(x: string, y: string): boolean {
  const initials = (name: string) =>
    name
      .replace(/\./g, '')
      .split(/\s+/)
      .filter((w) => !/^(?:of|the|and|for)$/i.test(w))
      .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0] ?? ''))
      .join('')
      .toUpperCase();
  const compact = (name: string) => name.replace(/[.\s]/g, '').toUpperCase();
  return (/^[A-Z.]{2,}$/.test(x.replace(/\s/g, '')) && compact(x) === initials(y)) || (/^[A-Z.]{2,}$/.test(y.replace(/\s/g, '')) && compact(y) === initials(x));
}

/** The named actor of a proposition: a name as its subject, or after "by" for a passive. */
export function actorOf(claim: AnalyzedClaim, p: Proposition): { key: string; text: string } | undefined {
  const named = (key: string | undefined) => key?.startsWith('e:name:') ? key.slice(2) : undefined;
  const subject = named(p.subject?.head);
  const entity = (key: string) => claim.entities.find((e) => e.key === key);
  // Of a passive act the subject is what is acted on ("Kolo was acquired by …"): the actor follows "by".
  if (subject && !passive(claim, p)) return { key: subject, text: entity(subject)?.text ?? subject };
  const by = claim.tokens.slice(p.index + 1, p.index + 3).findIndex((t) => t.lower === 'by');
  if (by === -1) return undefined;
  // The last name of the phrase after "by" ("by the Nigerian striker Victor Adeyemi").
  const phrase: typeof claim.tokens = [];
  for (const t of claim.tokens.slice(p.index + 2 + by)) {
    if (!/^(?:DET|ADJ|NOUN|PROPN)$/.test(t.pos)) break;
    phrase.push(t);
  }
  const found = phrase
    .map((t) => claim.entities.find((e) => t.start >= e.start && t.end <= e.end && e.key.startsWith('name:')))
    .filter((e) => e !== undefined)
    .at(-1);
  return found ? { key: found.key, text: found.text } : undefined;
}

/** The same act (predicate over a shared object, or nearly the same claim) by two different named actors. */
function otherActor(a: AnalyzedClaim, b: AnalyzedClaim, similarity: number, label: (c: AnalyzedClaim) => string): Finding | undefined {
  if (differentPlaces(a, b)) return undefined;
  const sharedObject = (p: Proposition, r: Proposition) => p.object !== undefined && r.object !== undefined && p.object.head === r.object.head;
  // The actors are meant to differ, so only the objects must agree (a subject that names the actor
  // would fail an agreement of all arguments).
  // Of a passive act ("the goal was scored by …") the subject is what is acted on.
  const patient = (claim: AnalyzedClaim, x: Proposition) => (passive(claim, x) ? x.subject : x.object);
  const sharedPatient = (x: Proposition, y: Proposition) => {
    const [m, n] = [patient(a, x), patient(b, y)];
    return m !== undefined && n !== undefined && m.head === n.head;
  };
  const pairs = a.propositions.flatMap((x) => b.propositions.filter((y) => samePredicate(x, y) && x.negative === y.negative && (sharedObject(x, y) || sharedPatient(x, y) || similarity >= SAME_CLAIM) && !phrasesDiffer(patient(a, x), patient(b, y), [a, b])).map((y) => [x, y] as const));
  for (const [p, r] of pairs) {
    // Who says it is the speaker, compared below: two sources may give one statement.
    if (REPORTING[p.predicate] !== undefined) continue;
    const x = actorOf(a, p);
    const y = actorOf(b, r);
    if (!x || !y || x.key === y.key) continue;
    if (b.entities.some((e) => e.key === x.key) || a.entities.some((e) => e.key === y.key) || sameByInitials(x.text, y.text)) continue;
    return { kind: 'attribution', explanation: `${label(a)} says ${q(x.text)} did it where ${label(b)} says ${q(y.text)}.` };
  }
  return undefined;
}

/** How alike two verbs must be to name one act with its parties swapped (a kind of the other: "beat" / "defeat"). */
const ONE_ACT = 0.6;

/**
 * Verbs whose two parties can swap without changing what happened ("Brazil played Argentina" is
 * "Argentina played Brazil"): reciprocal acts of English.
 */
const RECIPROCAL = new Set(['meet', 'marry', 'play', 'face', 'draw', 'tie', 'talk', 'speak', 'negotiate', 'fight', 'clash', 'trade', 'share', 'join', 'merge', 'border', 'resemble', 'match', 'equal', 'date', 'divorce', 'debate', 'discuss', 'partner', 'embrace', 'greet', 'call', 'phone', 'contact', 'ally', 'compete', 'battle', 'engage']);

/**
 * Whether two phrases name one party: the same head, or the same last word (a name opening a
 * sentence is read as a word, "Brazil beat …", and later as a name, "… beat Brazil 2-0").
 */
function sameParty(x: Phrase, y: Phrase): boolean {
  const last = (phrase: Phrase) => phrase.text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu)?.at(-1);
  return x.head === y.head || (last(x) !== undefined && last(x) === last(y));
}

/**
 * The same act with its two parties swapped ("Brazil beat Argentina" / "Argentina beat Brazil",
 * "the company sued the regulator" / "the regulator sued the company"): one predicate, both
 * active, not reciprocal, subject and object both given and each claim's subject the other's object.
 */
function swappedParties(a: AnalyzedClaim, b: AnalyzedClaim, label: (c: AnalyzedClaim) => string): Finding | undefined {
  for (const p of a.propositions) {
    if (!p.subject || !p.object || RECIPROCAL.has(p.predicate) || passive(a, p)) continue;
    for (const r of b.propositions) {
      // One act, or a kind of it ("beat" / "defeated").
      if (!r.subject || !r.object || actSimilarity(p, r) < ONE_ACT || passive(b, r) || p.negative !== r.negative || p.modality !== r.modality) continue;
      if (sameParty(p.subject, r.object) && sameParty(p.object, r.subject) && !sameParty(p.subject, p.object)) {
        return { kind: 'attribution', explanation: `${label(a)} says ${q(p.subject.text)} ${a.tokens[p.index]!.text} ${q(p.object.text)} where ${label(b)} says ${q(r.subject.text)} ${b.tokens[r.index]!.text} ${q(r.object.text)}.` };
      }
    }
  }
  return undefined;
}

export const attribution: Detector = {
  kinds: ['attribution'],
  aligned: true,
  detect(a, b, context) {
    const act = otherActor(a, b, context.similarity.score, context.label) ?? swappedParties(a, b, context.label);
    if (act) return act;
    const sa = a.speech.speaker;
    const sb = b.speech.speaker;
    if (
      context.similarity.score < MIN_SIMILARITY ||
      !a.speech.speakerNamed ||
      !b.speech.speakerNamed ||
      !sa?.startsWith('name:') ||
      !sb?.startsWith('name:') ||
      sa === sb ||
      a.entities.some((e) => e.key === sb) ||
      b.entities.some((e) => e.key === sa)
    ) {
      return undefined;
    }
    const who = (claim: typeof a, key: string) => claim.entities.find((e) => e.key === key)?.text ?? key.slice(5);
    if (sameByInitials(who(a, sa), who(b, sb))) return undefined;
    return {
      kind: 'attribution',
      explanation: `${context.label(a)} attributes it to ${q(who(a, sa))} where ${context.label(b)} attributes it to ${q(who(b, sb))}.`,
    };
  },
};
