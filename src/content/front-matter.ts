import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { InputError } from '../errors.ts';

/** A content file split into its front matter (with line numbers) and its Markdown body. */
export interface ContentFile {
  /** Front matter as plain data. */
  data: Record<string, unknown>;
  /** The Markdown after the closing `---`. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** 1-based line of the file where a top-level front matter key is written, if it is. */
  lineOf(key: string): number | undefined;
  /** 1-based line of the file where the value at a path is written ("overrides", "add", 0, "from"), if it is. */
  lineOfPath(path: (string | number)[]): number | undefined;
}

const FENCE = /^---[ \t]*$/;

/**
 * Splits a content file into YAML front matter and Markdown body, keeping line numbers so that
 * problems can be reported as `file:line`. Throws {@link InputError} for missing, unclosed or
 * malformed front matter.
 */
export function parseContentFile(source: string, file: string): ContentFile {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    throw new InputError(file, 'no front matter', {
      line: 1,
      fix: 'start the file with a "---" line, the YAML fields, and another "---" line',
    });
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    throw new InputError(file, 'front matter is not closed', {
      line: 1,
      fix: 'end the YAML fields with a "---" line',
    });
  }

  const yamlText = lines.slice(1, close).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const offset = firstError.pos[0];
    const reason = firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(file, `malformed front matter: ${reason}`, {
      line: lineCounter.linePos(offset).line + 1,
      fix: 'check the YAML syntax: "key: value", one per line; quote values that contain ": " or start with a special character',
    });
  }

  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    throw new InputError(file, 'front matter must be a list of "key: value" fields', { line: 2 });
  }
  const keyLines = new Map<string, number>();
  for (const pair of contents?.items ?? []) {
    if (isScalar(pair.key) && pair.key.range) {
      keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + 1);
    }
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;

  return {
    data,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    lineOf: (key) => keyLines.get(key),
    lineOfPath: (path) => {
      // Line numbers of the YAML are offset by the opening fence.
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lineCounter.linePos(node.range[0]).line + 1 : undefined;
    },
  };
}

/** An article's body as the engine and the ledger take it: without blank lines around it. */
export function trimBody(body: string): string {
  return body.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\s+$/, '');
}
