import { describe, expect, it } from 'vitest';
import { splitClaims } from '../../src/engine/claims.ts';
import { movedClaims, recordClaims, serialiseLedger, unrecordedClaims, type Ledger } from '../../src/content/ledger.ts';

const before = 'The council met on Monday. It approved the flood plan by 30 votes to 12.\n\nResidents welcomed the decision. The mayor thanked the engineers.';
const after = 'The council met on Monday. It approved the flood plan by 31 votes to 11.\n\nResidents welcomed the decision.';

describe('the claims ledger', () => {
  const ledger: Ledger = { version: 1, articles: {} };
  const added = recordClaims(ledger, [{ slug: 'a', body: before }]);

  it('records every claim id with its text, once', () => {
    expect(added).toBe(4);
    expect(recordClaims(ledger, [{ slug: 'a', body: before }])).toBe(0);
    expect(Object.values(ledger.articles.a!).map((c) => c.text)).toContain('The mayor thanked the engineers.');
  });

  it('keeps past ids and leads them to the nearest current claim', () => {
    const current = splitClaims('a', after);
    const moved = movedClaims(ledger, 'a', current);
    const edited = moved.find((m) => m.text.startsWith('It approved'))!;
    expect(edited).toMatchObject({ reason: 'changed', to: current.find((c) => c.text.startsWith('It approved'))!.id });
    const removed = moved.find((m) => m.text.startsWith('The mayor'))!;
    expect(removed).toMatchObject({ reason: 'removed', to: current.find((c) => c.paragraph === 1)!.id });
    expect(moved.length).toBe(2);
    // Untouched sentences keep their ids: nothing to lead anywhere.
    expect(moved.some((m) => m.text === 'The council met on Monday.')).toBe(false);
  });

  it('counts the claim ids it does not hold yet', () => {
    const current = splitClaims('a', after);
    const edited = current.filter((claim) => claim.text.startsWith('It approved'));
    expect(edited.length).toBe(1);
    expect(unrecordedClaims(ledger, [{ slug: 'a', claims: current }])).toBe(1);
    expect(unrecordedClaims(ledger, [{ slug: 'b', claims: current }])).toBe(current.length);
    recordClaims(ledger, [{ slug: 'a', body: after }]);
    expect(unrecordedClaims(ledger, [{ slug: 'a', claims: current }])).toBe(0);
  });

  it('serialises with sorted keys, byte-stable', () => {
    const text = serialiseLedger(ledger);
    expect(serialiseLedger(JSON.parse(text) as Ledger)).toBe(text);
    const ids = Object.keys((JSON.parse(text) as Ledger).articles.a!);
    expect(ids).toEqual([...ids].sort());
  });
});
