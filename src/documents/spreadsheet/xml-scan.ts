/**
 * A small streaming XML tokenizer for the parts of an .xlsx: text arrives in chunks and is handed
 * on as open tags, close tags and text, so a part is never held whole. Linear in its input: a tag
 * is bounded (`maxTagChars`), text is passed on as it comes (the handler bounds what it keeps), and
 * no DOCTYPE is accepted (no entity expansion; only the five predefined and numeric references).
 */

export interface XmlHandler {
  /** `name` without its namespace prefix; attributes keep theirs (`r:id`). */
  open(name: string, attrs: ReadonlyMap<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  /** Decoded text (entities and CDATA resolved); one text node may come in several pieces. */
  text(text: string): void;
}

export type XmlProblem = 'tag-too-long' | 'doctype' | 'malformed';

export class XmlScanError extends Error {
  constructor(readonly problem: XmlProblem) {
    super(problem);
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref]!;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

export class XmlScanner {
  private buf = '';

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxTagChars: number,
  ) {}

  push(chunk: string): void {
    this.buf = this.buf.length ? this.buf + chunk : chunk;
    this.drain();
  }

  /** The input is complete: what is left must be text. */
  end(): void {
    if (this.buf.includes('<')) throw new XmlScanError('malformed');
    if (this.buf) this.handler.text(decodeEntities(this.buf));
    this.buf = '';
  }

  private drain(): void {
    const buf = this.buf;
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) {
        // Text up to the end of what has arrived, except a possible entity cut in half.
        const amp = buf.lastIndexOf('&');
        const keep = amp >= pos && buf.indexOf(';', amp) < 0 && buf.length - amp <= 12 ? amp : buf.length;
        if (keep > pos) this.handler.text(decodeEntities(buf.slice(pos, keep)));
        pos = keep;
        break;
      }
      if (lt > pos) this.handler.text(decodeEntities(buf.slice(pos, lt)));
      pos = lt;
      const next = this.markup(buf, lt);
      if (next < 0) {
        if (buf.length - lt > this.maxTagChars) throw new XmlScanError('tag-too-long');
        break;
      }
      pos = next;
    }
    this.buf = buf.slice(pos);
  }

  /** Handles the markup at `lt`; returns where it ends, or -1 when it has not all arrived. */
  private markup(buf: string, lt: number): number {
    if (buf.length - lt < 2) return -1;
    if (buf[lt + 1] === '!') {
      if (buf.startsWith('<!--', lt)) return this.skipTo(buf, lt, '-->');
      if (buf.startsWith('<![CDATA[', lt)) {
        const end = buf.indexOf(']]>', lt + 9);
        if (end < 0) return -1;
        this.handler.text(buf.slice(lt + 9, end));
        return end + 3;
      }
      if (buf.length - lt < 9) return -1; // too short yet to tell "<!DOCTYPE" from "<!--"
      throw new XmlScanError('doctype');
    }
    if (buf[lt + 1] === '?') return this.skipTo(buf, lt, '?>');
    // A tag ends at the first '>' outside quotes (a '>' may stand unescaped in an attribute value).
    let quote = 0;
    const limit = Math.min(buf.length, lt + this.maxTagChars + 1);
    for (let i = lt + 1; i < limit; i++) {
      const c = buf.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3c) throw new XmlScanError('malformed');
      else if (c === 0x3e) {
        this.tag(buf.slice(lt + 1, i));
        return i + 1;
      }
    }
    if (limit < buf.length) throw new XmlScanError('tag-too-long');
    return -1;
  }

  private skipTo(buf: string, lt: number, end: string): number {
    const at = buf.indexOf(end, lt + 2);
    return at < 0 ? -1 : at + end.length;
  }

  private tag(body: string): void {
    if (body[0] === '/') {
      this.handler.close(localName(body.slice(1).trim()));
      return;
    }
    const selfClosing = body.endsWith('/');
    if (selfClosing) body = body.slice(0, -1);
    let i = 0;
    while (i < body.length && !isSpace(body.charCodeAt(i))) i++;
    const name = body.slice(0, i);
    if (!name) throw new XmlScanError('malformed');
    const attrs = new Map<string, string>();
    for (;;) {
      while (i < body.length && isSpace(body.charCodeAt(i))) i++;
      if (i >= body.length) break;
      const eq = body.indexOf('=', i);
      if (eq < 0) throw new XmlScanError('malformed');
      const attr = body.slice(i, eq).trim();
      i = eq + 1;
      while (i < body.length && isSpace(body.charCodeAt(i))) i++;
      const q = body[i];
      if (q !== '"' && q !== "'") throw new XmlScanError('malformed');
      const close = body.indexOf(q, i + 1);
      if (close < 0 || !attr) throw new XmlScanError('malformed');
      attrs.set(attr, decodeEntities(body.slice(i + 1, close)));
      i = close + 1;
    }
    this.handler.open(localName(name), attrs, selfClosing);
    if (selfClosing) this.handler.close(localName(name));
  }
}
