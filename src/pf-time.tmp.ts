import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { claimRecords } from './search/records.ts';
const dir = process.argv[2]!;
const variant = process.argv[3];
const files = readdirSync(join(dir, 'compare')).filter((n) => n.endsWith('.json')).sort();
const all: any[] = [];
for (const f of files) all.push(...claimRecords(JSON.parse(readFileSync(join(dir, 'compare', f), 'utf8'))));
if (variant === 'notitle') for (const r of all) { delete r.meta.title; delete r.meta.article; }
for (let rep = 0; rep < 2; rep++) {
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({});
  const t2 = performance.now();
  await Promise.all(all.map((r) => index!.addCustomRecord(r)));
  const t3 = performance.now();
  rmSync('/tmp/pf-out2', { recursive: true, force: true });
  await index!.writeFiles({ outputPath: '/tmp/pf-out2' });
  const t4 = performance.now();
  await pagefind.close();
  console.log(variant, { add: Math.round(t3 - t2), write: Math.round(t4 - t3) });
}
