import { checkContent } from '../content/check.ts';
import { trimBody } from '../content/front-matter.ts';
import { LEDGER_PATH, readLedger, recordClaims, updateLedger } from '../content/ledger.ts';
import { InputError } from '../errors.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIO } from './io.ts';

const USAGE = `Usage: collate ledger [--check]

Records the claim ids of every article in ${LEDGER_PATH}, so that a claim's permalink keeps
working after its sentence is edited or removed (it then leads to the nearest current claim).
Past ids are never removed. Commit the ledger with the content.

Options:
  --check     change nothing; fail if some current claim ids are not recorded yet`;

/** Runs `collate ledger`; returns the exit code. */
export async function runLedger(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('ledger', argv, { check: { type: 'boolean', default: false } });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new InputError(positionals[0]!, 'collate ledger takes no files', { fix: 'run it in the project folder' });
  const content = checkContent(io.cwd);
  if (content.problems.length > 0) throw content.problems[0]!;
  const current = content.articles.map((article) => ({ slug: article.slug, body: trimBody(article.body) }));
  if (values.check) {
    const added = recordClaims(readLedger(io.cwd), current);
    if (added > 0) throw new InputError(LEDGER_PATH, `${added} current claim ids are not recorded`, { fix: 'run `collate ledger` and commit the ledger' });
    io.out(`${LEDGER_PATH}: every current claim id is recorded`);
    return 0;
  }
  const { ledger, added } = updateLedger(io.cwd, (ledger) => recordClaims(ledger, current));
  const total = Object.values(ledger.articles).reduce((sum, claims) => sum + Object.keys(claims).length, 0);
  io.out(`${LEDGER_PATH}: ${added} new claim ids recorded (${total} in all)`);
  return 0;
}
