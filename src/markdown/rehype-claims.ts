/**
 * rehype plugin: marks claims in an article's HTML tree.
 *
 * Text nodes keep the source offsets remark gave them, so each claim's [start, end) range of the
 * Markdown body is found in the tree and wrapped in `<span class="claim" id data-claim
 * data-relation>`; after a claim's last piece come its references (links to its counterparts).
 * A claim that crosses inline markup (emphasis, a link) is wrapped piece by piece; only its first
 * piece carries the id.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';

/** What the page knows about a claim to mark it. */
export interface ClaimMarkup {
  id: string;
  start: number;
  end: number;
  relation: 'same' | 'overlap' | 'contradiction' | 'unique';
  /** Links shown after the claim, e.g. to its counterparts in the other articles. */
  refs: { href: string; text: string; label: string }[];
  /** Past ids that now lead here (the claim's sentence was edited, or a nearby one removed). */
  aliases?: { id: string; reason: 'changed' | 'removed' }[];
}

/** Options of rehypeClaims. */
export interface RehypeClaimsOptions {
  claims: ClaimMarkup[];
}

function refsElement(claim: ClaimMarkup): Element {
  const children: ElementContent[] = claim.refs.map((ref) => ({
    type: 'element',
    tagName: 'a',
    properties: { href: ref.href, className: ['claim-ref'], ariaLabel: ref.label },
    children: [{ type: 'text', value: ref.text }],
  }));
  return { type: 'element', tagName: 'sup', properties: { className: ['claim-refs'] }, children };
}

/**
 * Source offset of every character of a text node's value (and of its end), following the
 * Markdown source through backslash escapes, character references ("5\\*", "&amp;") and the
 * prefixes of continued lines in lists and blockquotes.
 * Undefined when the two cannot be matched up.
 */
export function sourceOffsets(value: string, source: string, start: number, end: number): number[] | undefined {
  const offsets: number[] = [];
  let p = start;
  for (let i = 0; i < value.length; i++) {
    // After a line break, the source's next line may open with a container's prefix (a list
    // item's indent, a blockquote's "> ") that the text node's value does not hold.
    if (i > 0 && value[i - 1] === '\n' && source[p] !== value[i]) {
      while (p < end && /[ \t>]/.test(source[p]!)) p++;
    }
    // A character reference ("&amp;") is read as one character, before any literal match of "&".
    const reference = source[p] === '&' ? /^&(?:#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/i.exec(source.slice(p, p + 40)) : null;
    if (!reference && source[p] === value[i]) {
      offsets.push(p++);
      continue;
    }
    if (source[p] === '\\' && source[p + 1] === value[i]) {
      offsets.push(p);
      p += 2;
      continue;
    }
    if (reference) {
      offsets.push(p);
      p += reference[0].length;
      // A reference may stand for two UTF-16 units (an astral character).
      if (value.codePointAt(i)! > 0xffff) {
        offsets.push(p - 1);
        i++;
      }
      continue;
    }
    return undefined;
  }
  if (p !== end) return undefined;
  offsets.push(end);
  return offsets;
}

/** Splits one text node at the claims it overlaps; returns the nodes that replace it. */
function splitText(node: Text, source: string, claims: ClaimMarkup[], started: Set<string>): ElementContent[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [node];
  const overlapping = claims.filter((claim) => claim.start < end && claim.end > start);
  if (overlapping.length === 0) return [node];
  // Value index of a source offset; a node that cannot be followed through its source goes whole
  // to the claim it starts in.
  const offsets = sourceOffsets(node.value, source, start, end);
  const indexOf = (offset: number) => {
    if (!offsets) return offset <= start ? 0 : node.value.length;
    const index = offsets.findIndex((o) => o >= offset);
    return index === -1 ? node.value.length : index;
  };
  const out: ElementContent[] = [];
  let cursor = 0;
  const push = (from: number, to: number, claim?: ClaimMarkup) => {
    const value = node.value.slice(from, to);
    if (value === '') return;
    if (!claim) {
      out.push({ type: 'text', value });
      return;
    }
    const first = !started.has(claim.id);
    started.add(claim.id);
    // Old permalinks land right before the claim that replaced them (no script needed).
    if (first) {
      for (const alias of claim.aliases ?? []) {
        out.push({ type: 'element', tagName: 'span', properties: { id: alias.id, className: ['claim-moved'], dataMovedTo: claim.id, dataReason: alias.reason }, children: [] });
      }
    }
    out.push({
      type: 'element',
      tagName: 'span',
      properties: {
        // No tab stop here: the page's script makes each article one tab stop (roving tabindex).
        ...(first ? { id: claim.id } : {}),
        className: ['claim'],
        dataClaim: claim.id,
        dataRelation: claim.relation,
      },
      children: [{ type: 'text', value }],
    });
    if (claim.end <= end && claim.refs.length > 0) out.push(refsElement(claim));
  };
  for (const claim of overlapping) {
    const from = Math.max(indexOf(claim.start), cursor);
    const to = offsets ? indexOf(Math.min(claim.end, end)) : claim.start <= start ? node.value.length : from;
    if (from > cursor) push(cursor, from);
    push(from, to, claim);
    cursor = Math.max(cursor, to);
  }
  if (cursor < node.value.length) push(cursor, node.value.length);
  return out;
}

/** Marks the given claims in the tree; the file's value must be the Markdown the tree came from. */
const rehypeClaims: Plugin<[RehypeClaimsOptions], Root> = (options) => {
  const claims = [...options.claims].sort((a, b) => a.start - b.start);
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const started = new Set<string>();
    const walk = (parent: Root | Element) => {
      const children: (Root['children'][number] | ElementContent)[] = [];
      for (const child of parent.children) {
        if (child.type === 'text') children.push(...splitText(child, source, claims, started));
        else {
          if (child.type === 'element') walk(child);
          children.push(child);
        }
      }
      parent.children = children as typeof parent.children;
    };
    walk(tree);
  };
};

export default rehypeClaims;
