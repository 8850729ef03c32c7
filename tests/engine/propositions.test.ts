/**
 * The proposition model (src/engine/analyze/propositions.ts): predicate, subject and object of each
 * act of a claim, read from the tagger's parts of speech.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/engine/analyze/index.ts';
import { rolesAgree } from '../../src/engine/contradictions/slots.ts';

/** The propositions of a one-sentence text as `predicate(subject head, object head)`. */
function read(text: string): string[] {
  const [claim] = analyzeArticle({ slug: 'x', title: '', outlet: '', body: text });
  return claim!.propositions.map((p) => `${p.predicate}(${p.subject?.head ?? ''}, ${p.object?.head ?? ''})`);
}

describe('propositions', () => {
  it('read the subject before a verb and the object after it', () => {
    expect(read('The council approved the budget.')).toContain('approve(l:council, l:budget)');
  });

  it.each([
    // Two stories: a crash and a shipwreck.
    ['The driver survived and was arrested at the scene.', 'arrest(l:driver, )'],
    ['The ferry capsized and was later towed to port.', 'tow(l:ferry, )'],
  ])('give a verb joined to the one before the same subject: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    // Two stories: a commodity price and a parking fee.
    ['The board agreed to raise the price it pays farmers.', 'raise(l:board, l:price)'],
    ['The city will cut the fee it charges residents.', 'cut(l:city, l:fee)'],
  ])('end an object before a relative clause without "that": %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it('do not give a verb the subject of a verb in another clause', () => {
    // "because" opens a clause of its own: "closed" is not said of the mayor.
    expect(read('The mayor resigned because the factory closed.')).toContain('close(l:factory, )');
  });
});

describe('arguments across voice and pronouns', () => {
  const claim = (text: string) => analyzeArticle({ slug: 's', title: '', outlet: '', body: text })[0]!;
  const propositionOf = (text: string, predicate: string) => {
    const c = claim(text);
    return { c, p: c.propositions.find((p) => p.predicate === predicate)! };
  };

  it.each([
    // An object pronoun names nothing that differs.
    ['Okafor was convicted of fraud in May.', 'convict', 'In May the court acquitted him of fraud.', 'acquit', true],
    ['The senator was praised by the committee.', 'praise', 'The committee later criticised her.', 'criticize', true],
    // The active object and the passive subject must be one thing.
    ['Police released the names of the two victims.', 'release', 'The two victims are still being held in hospital.', 'hold', false],
    ['Rescuers released the names of the two hikers.', 'release', 'The two hikers are still being held in hospital.', 'hold', false],
  ] as const)('"%s" (%s) and "%s" (%s): roles agree %s', (textA, predicateA, textB, predicateB, agree) => {
    const a = propositionOf(textA, predicateA);
    const b = propositionOf(textB, predicateB);
    expect(rolesAgree(a.c, a.p, b.c, b.p)).toBe(agree);
  });
});
