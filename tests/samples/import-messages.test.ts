/** The parser's warnings on the real plans of ../shared/samples, in Vietnamese. Runs only under `npm run test:samples`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMessageInVietnamese as vi } from '../../src/domain/import/messages-vi.ts';
import { parsePlan } from '../../src/domain/import/parse-plan.ts';
import { SAMPLES } from './samples-dir.ts';

describe('every warning the parser gives on the real plans has its Vietnamese wording', () => {
  it('leaves nothing in English', () => {
    const texts = readdirSync(SAMPLES).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(SAMPLES, f), 'utf8'));
    expect(texts.length).toBeGreaterThan(0);
    const warnings = texts.flatMap((t) => parsePlan(t).warnings ?? []);
    for (const w of warnings) expect(vi(w), w).not.toBe(w);
  });
});
