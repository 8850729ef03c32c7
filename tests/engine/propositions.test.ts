/**
 * The proposition model (src/engine/analyze/propositions.ts): predicate, subject and object of each
 * act of a claim, read from the tagger's parts of speech.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/engine/analyze/index.ts';

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

  it('do not give a verb the subject of a verb in another clause', () => {
    // "because" opens a clause of its own: "closed" is not said of the mayor.
    expect(read('The mayor resigned because the factory closed.')).toContain('close(l:factory, )');
  });
});
