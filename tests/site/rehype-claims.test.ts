import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { splitClaims } from '../../src/engine/claims.ts';
import { renderMarkdown, type ClaimMarkup } from '../../src/markdown/render.ts';

/** Marks every claim of a body as `unique`, the first with one reference. */
function markup(body: string): ClaimMarkup[] {
  return splitClaims('a', body).map((claim, index) => ({
    id: claim.id,
    start: claim.start,
    end: claim.end,
    relation: 'unique',
    refs: index === 0 ? [{ href: '#b-1', text: '=', label: 'same in b' }] : [],
  }));
}

describe('rehypeClaims', () => {
  it('wraps each claim with the contract attributes and puts its references after it', () => {
    const body = 'One claim here. Another claim there.';
    const { document } = parseHTML(`<div>${renderMarkdown(body, markup(body))}</div>`);
    const claims = [...document.querySelectorAll('[data-claim]')];
    expect(claims.map((c) => c.textContent)).toEqual(['One claim here.', 'Another claim there.']);
    for (const claim of claims) {
      expect(claim.id).toBe(claim.getAttribute('data-claim'));
      expect(claim.getAttribute('data-relation')).toBe('unique');
    }
    expect(claims[0]!.nextElementSibling?.outerHTML).toBe('<sup class="claim-refs"><a href="#b-1" class="claim-ref" aria-label="same in b">=</a></sup>');
  });

  it('wraps a claim that crosses inline markup piece by piece, with one id', () => {
    const body = 'A *bold* move by the council. Next.';
    const { document } = parseHTML(`<div>${renderMarkdown(body, markup(body))}</div>`);
    const [first] = splitClaims('a', body);
    const pieces = [...document.querySelectorAll(`[data-claim="${first!.id}"]`)];
    expect(pieces.map((p) => p.textContent).join('')).toBe('A bold move by the council.');
    expect(pieces.filter((p) => p.id).length).toBe(1);
    expect(document.querySelector('em [data-claim]')).not.toBeNull();
  });

  it('keeps a link inside a claim followable, the claim reading as its plain words', () => {
    const body = 'The [health ministry](https://example.org/report) said 12 people died. Roads stayed open.';
    const { document } = parseHTML(`<div>${renderMarkdown(body, markup(body))}</div>`);
    const [first] = splitClaims('a', body);
    const pieces = [...document.querySelectorAll(`[data-claim="${first!.id}"]`)];
    expect(pieces.map((p) => p.textContent).join('')).toBe(first!.plain);
    expect(document.querySelector('a[href="https://example.org/report"]')?.textContent).toBe('health ministry');
    expect(document.querySelector('a[href="https://example.org/report"] [data-claim], [data-claim] a[href="https://example.org/report"]')).not.toBeNull();
  });

  it('gives every claim of a blockquote or list item of several lines an element of its own', () => {
    const body = '> Fifteen people were hurt in the blast and repairs\n> will take three weeks. Police said so.\n\n- One item is here.\n  Second line of it is here.';
    const claims = splitClaims('s', body);
    expect(claims.map((c) => c.text)).toEqual([
      'Fifteen people were hurt in the blast and repairs\n> will take three weeks.',
      'Police said so.',
      'One item is here.',
      'Second line of it is here.',
    ]);
    const { document } = parseHTML(`<main>${renderMarkdown(body, claims.map((c) => ({ id: c.id, start: c.start, end: c.end, relation: 'unique', refs: [] })))}</main>`);
    for (const claim of claims) expect(document.getElementById(claim.id)?.textContent?.replace(/\s+/g, ' ')).toBe(claim.text.replace(/\n> /g, ' '));
  });

  it('keeps escaped text whole inside its claim', () => {
    const body = 'Prices rose 5\\* this year. Done.';
    const html = renderMarkdown(body, markup(body));
    expect(html).toContain('5*');
    expect(parseHTML(`<div>${html}</div>`).document.querySelectorAll('[data-claim][id]').length).toBe(2);
  });

  it('drops raw HTML, scripts, event handlers and javascript: links from articles', () => {
    const body = 'Text <script>alert(1)</script> and <img src=x onerror="alert(1)"> and [a link](javascript:alert(1)).\n\n<iframe src="https://example.com"></iframe>';
    const html = renderMarkdown(body, markup(body));
    expect(html).not.toMatch(/<script|<iframe|<img|onerror|javascript:/i);
  });
});

describe('sourceOffsets', () => {
  it('follows escapes and character references back to the source', async () => {
    const { sourceOffsets } = await import('../../src/markdown/rehype-claims.ts');
    const source = 'a\\*b &amp; c';
    expect(sourceOffsets('a*b & c', source, 0, source.length)).toEqual([0, 1, 3, 4, 5, 10, 11, 12]);
    expect(sourceOffsets('something else', source, 0, source.length)).toBeUndefined();
  });
});
