/**
 * Slogans (khẩu hiệu) the plan prescribes, verbatim. They follow a "Khẩu hiệu…:" lead — on the same
 * line or one per line after it, numbered, dashed or bare — or a "KHẨU HIỆU" heading, and they end
 * with "!" as a rule. A line ending with "!" that opens like a slogan ("Nhiệt liệt chào mừng…",
 * "… muôn năm!") counts anywhere in the body.
 */
import type { Line } from './lines.ts';
import { fold, squash, stripQuotes } from './text.ts';

const MARKER = /^(?:[-–+•*]\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+|\(?[a-zđ][.)]\s+)*/u;
/** "Khẩu hiệu:", "- Khẩu hiệu tuyên truyền:", "III. KHẨU HIỆU TUYÊN TRUYỀN", "Các khẩu hiệu sau:". */
const LEAD = /^(?:[ivx]{1,4}\s*[.\-–)]\s*)?(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s*)?(?:[-–+•]\s*)?(?:(?:[^:.!;]{0,40}\s)?(?:su dung |cac |mot so )?khau hieu\b[^:]{0,80}|[^:]{0,60}\bcac khau hieu(?: sau| chinh)?[^:]{0,30})(:|$)/u;
const SLOGAN_OPENING =
  /^(?:nhiet liet chao mung|chao mung|dang cong san viet nam quang vinh|muon nam|nuoc cong hoa xa hoi chu nghia viet nam muon nam|chu tich ho chi minh vi dai|toan dang, toan dan|tat ca vi|quyet tam|doan ket,|thi dua|mung dang|mung xuan|vi to quoc|dong chi|hay|phat huy|tiep tuc|dai hoi)/u;

/** Lines that tell what to do with slogans rather than give one. */
const INSTRUCTION = /^(?:to chuc|treo|tuyen truyen|thuc hien|su dung|can|phai|cac (?:don vi|co quan|chi bo)|noi dung|in an|ke ve|trang tri|lua chon|khau hieu)\b/u;

function cleanSlogan(text: string): string {
  return squash(stripQuotes(text.replace(MARKER, '')).replace(/^[:\s]+/, ''));
}

function isSloganText(text: string): boolean {
  const t = text.trim();
  return t.length >= 8 && t.length <= 260 && /[!]["”’»]?$/.test(t);
}

function isHeadingLine(line: Line): boolean {
  return /^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)\-–]\s+\S/u.test(line.text) && !isSloganText(line.text);
}

/** Slogans of the body, in order, each once. */
export function readSlogans(lines: readonly Line[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (s: string) => {
    const slogan = cleanSlogan(s);
    const k = fold(slogan).replace(/[^\p{L}\d]+/gu, ' ').trim();
    if (!slogan || seen.has(k)) return;
    seen.add(k);
    out.push(slogan);
  };
  let inBlock = false;
  for (const line of lines) {
    const lead = line.key.includes('khau hieu') ? LEAD.exec(line.key) : null;
    if (lead && (lead[1] === ':' || (line.text.length < 80 && !/[.;,]$/.test(line.text)))) {
      inBlock = true;
      const after = line.text.slice(lead[0].length).trim();
      if (after) {
        // Several slogans can share the line: "Khẩu hiệu: “A!”; “B!”".
        const parts = after.split(/(?<=!["”’»]?)\s*[;,]?\s+(?=["“«]?[\p{Lu}])/u);
        for (const p of parts) if (isSloganText(cleanSlogan(p)) || parts.length === 1) add(p);
      }
      continue;
    }
    // Only a line ending with "!" or inside a block can be a slogan: clean no other.
    if (!inBlock && !/!["”’»*\s]*$/u.test(line.text)) continue;
    if (inBlock && (line.heading > 0 || isHeadingLine(line)) && !/!["”’»*\s]*$/u.test(line.text) && !/^(?:[-–+•]|\d{1,2}[.)])\s/u.test(line.text)) {
      inBlock = false;
      continue;
    }
    const text = cleanSlogan(line.text);
    if (inBlock) {
      if (isSloganText(text)) {
        add(text);
        continue;
      }
      // Inside a block, a quoted line, or a listed line that opens like a slogan and is no instruction,
      // reads as a slogan without "!"; anything else ends the block.
      const listed = /^(?:[-–+•]|\d{1,2}[.)])\s*/u.test(line.text);
      const quoted = /^(?:[-–+•]\s*|\d{1,2}[.)]\s*)?["“«]/u.test(line.text);
      const plain = listed && !INSTRUCTION.test(fold(text)) && (SLOGAN_OPENING.test(fold(text)) || text.split(' ').length <= 14);
      if (!isHeadingLine(line) && text.length <= 160 && !/[.:;,]$/.test(text) && (quoted || plain)) {
        add(text);
        continue;
      }
      inBlock = false;
    }
    if (isSloganText(text) && text.length <= 200 && SLOGAN_OPENING.test(fold(text)) && !/[.;:]\s/.test(text.slice(0, -1))) {
      add(text);
    }
  }
  return out;
}
