/**
 * Peak memory of the server process while spreadsheet bombs are uploaded at once to the unit import.
 *   npx tsx tests/support/measure-spreadsheet-bombs.ts [bomb…]
 * (bomb names from spreadsheet-bombs.ts; default: three sharedString bombs, the issue's case).
 * Prints the RSS before, the peak RSS (the kernel's high-water mark) and each answer.
 */
import { startTestApp } from './app.ts';
import { spreadsheetBombs } from './spreadsheet-bombs.ts';

const MB = 1024 * 1024;
const names = (process.argv.slice(2).length ? process.argv.slice(2) : ['sharedString', 'sharedString', 'sharedString']) as (keyof Awaited<ReturnType<typeof spreadsheetBombs>>)[];
const bombs = await spreadsheetBombs();
const t = await startTestApp('pglite');
const admin = await t.signIn('admin.tanphong');
const target = await t.unitId('LCU-TP');
const files = names.map((n) => {
  if (!bombs[n]) throw new Error(`no bomb "${n}"; known: ${Object.keys(bombs).join(', ')}`);
  return bombs[n];
});
const rss = () => Math.round(process.memoryUsage().rss / MB);
const peak = () => Math.round((process.resourceUsage().maxRSS * 1024) / MB);
console.log(`bombs: ${names.join(', ')} (${files.map((f) => `${(f.length / MB).toFixed(2)} MB`).join(', ')})`);
console.log(`before: rss ${rss()} MB, peak so far ${peak()} MB`);
const started = Date.now();
const answers = await Promise.all(files.map((f) => admin.upload(`/api/units/${target}/import?mode=preview&filename=bom.xlsx`, f)));
console.log(`after ${Date.now() - started} ms: rss ${rss()} MB, peak ${peak()} MB`);
for (const a of answers) console.log(`  ${a.statusCode} ${a.body.slice(0, 200)}`);
await t.close();
