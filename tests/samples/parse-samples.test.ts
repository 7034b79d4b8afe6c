/**
 * The samples of ../shared (not part of the repository): every field as the scorer counts it.
 * Runs only under `npm run test:samples`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/domain/import/parse-plan.ts';
import { SAMPLES } from './samples-dir.ts';

describe('the shared samples', () => {
  const files = readdirSync(SAMPLES).filter((f) => /\.(txt|md)$/.test(f));
  it('are there', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s matches its golden file on the contract fields', (file) => {
    const gold = JSON.parse(readFileSync(join(SAMPLES, file.replace(/\.(txt|md)$/, '.json')), 'utf8'));
    const plan = parsePlan(readFileSync(join(SAMPLES, file), 'utf8'));
    expect(plan.kind).toBe(gold.kind);
    expect(plan.serial).toBe(gold.serial);
    expect(plan.symbol).toBe(gold.symbol);
    expect(plan.date).toBe(gold.date);
    expect(plan.bases.map((b) => [b.serial, b.symbol, b.date])).toEqual(gold.bases.map((b: { serial: number; symbol: string; date: string }) => [b.serial, b.symbol, b.date]));
    expect(plan.phases.map((p) => [p.start, p.end])).toEqual(gold.phases.map((p: { start: string; end: string }) => [p.start, p.end]));
    expect(plan.anniversaries.map((a) => [a.eventDate, a.anniversaryDate, a.years])).toEqual(
      gold.anniversaries.map((a: { eventDate: string; anniversaryDate: string; years: number }) => [a.eventDate, a.anniversaryDate, a.years]),
    );
    expect([...plan.channels].sort()).toEqual([...gold.channels].sort());
    expect(plan.recipients).toEqual(gold.recipients);
  });
});
