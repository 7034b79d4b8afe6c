import { describe, expect, it } from 'vitest';
import { findUnsafeText, unsafeText } from './safe-text.ts';

describe('unsafeText', () => {
  it('finds NUL and lone surrogates, high or low, anywhere', () => {
    expect(unsafeText('a\u0000b')).toBe('nul');
    for (const s of ['\uD800', 'a\uD83D', '\uDC00b', 'x\uDE00\uD83D', '\uD83D\uD83D\uDE00']) expect(unsafeText(s), JSON.stringify(s)).toBe('lone_surrogate');
  });
  it('lets well-formed text through, astral characters included', () => {
    for (const s of ['', 'Đảng ủy phường Tân Phong', '😀', '𠀀 chữ Nôm', '\u200B', 'tab\tand\nnew line']) expect(unsafeText(s)).toBeNull();
  });
});

describe('findUnsafeText', () => {
  it('names the field the way schema errors do', () => {
    expect(findUnsafeText({ items: [{ title: 'ok' }, { title: 'x\u0000' }] }, 'body')).toMatchObject({ path: 'body.items.1.title' });
    expect(findUnsafeText({ narrative: { results: '\uD800' } }, 'body')).toMatchObject({ path: 'body.narrative.results' });
    expect(findUnsafeText({ q: '\u0000' }, 'querystring')).toMatchObject({ path: 'querystring.q' });
    expect(findUnsafeText('\u0000', 'body')).toMatchObject({ path: 'body' });
  });
  it('checks object keys too, naming the object', () => {
    expect(findUnsafeText({ figures: { 'a\u0000': 1 } }, 'body')).toMatchObject({ path: 'body.figures', message: expect.stringMatching(/^tên trường/) });
  });
  it('passes clean values, numbers, nulls and raw file bodies', () => {
    expect(findUnsafeText({ a: [1, null, true, 'ok', { b: '😀' }] }, 'body')).toBeNull();
    expect(findUnsafeText(Buffer.from([0, 0xd8, 0]), 'body')).toBeNull();
    expect(findUnsafeText(undefined, 'body')).toBeNull();
  });
  it('walks any depth without recursion', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeText(deep, 'body')!.path.split('.')).toHaveLength(100_001);
  });
});
