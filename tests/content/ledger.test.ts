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

  it('keeps the id of a repeated sentence when another copy of it is edited', () => {
    const twice = 'Polls close at 8 pm.\n\nTurnout was high in the north.\n\nPolls close at 8 pm.';
    const record: Ledger = { version: 1, articles: {} };
    recordClaims(record, [{ slug: 'e', body: twice }]);
    const [first, , second] = splitClaims('e', twice, record.articles.e);
    expect(first!.id).not.toBe(second!.id);
    // The first copy is edited: the second keeps its own id, not the first one's.
    const edited = 'Polls close at 9 pm.\n\nTurnout was high in the north.\n\nPolls close at 8 pm.';
    const now = splitClaims('e', edited, record.articles.e);
    expect(now[2]!.id).toBe(second!.id);
    expect(now[1]!.id).toBe(splitClaims('e', twice)[1]!.id);
    // The same text put back at the top takes the id that text had there; the other copy keeps its own.
    recordClaims(record, [{ slug: 'e', body: edited }]);
    const again = splitClaims('e', `Polls close at 8 pm.\n\n${edited}`, record.articles.e);
    expect(again[3]!.id).toBe(second!.id);
    expect(new Set(again.map((c) => c.id)).size).toBe(again.length);
    expect(again[0]!.id).toBe(first!.id);
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

  it('refuses a ledger of the wrong shape with one line naming the entry', async () => {
    const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readLedger } = await import('../../src/content/ledger.ts');
    const cases: [string, RegExp][] = [
      ['{"version": 1, "articles": null}', /"articles" is not an object of articles/],
      ['{"version": 1, "articles": {"a": {"a-1": {"paragraph": 0}}}}', /articles\.a\.a-1 has no "text"/],
      ['{"version": 2, "articles": {}}', /version 2 \(expected 1\)/],
    ];
    for (const [json, message] of cases) {
      const root = mkdtempSync(join(tmpdir(), 'collate-ledger-'));
      mkdirSync(join(root, 'content'));
      writeFileSync(join(root, 'content', 'claims-ledger.json'), json);
      expect(() => readLedger(root)).toThrow(message);
    }
  });
});

