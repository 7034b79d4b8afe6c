/**
 * Bytes → text, saying what was found: UTF-8 (with or without BOM, NFC or decomposed NFD), UTF-16
 * LE/BE (with a BOM, or recognised by its zero bytes), Windows-1258, and the legacy font encodings
 * TCVN3 and VNI (converted to Unicode). Binary content and unknown encodings are refused.
 */
import { PlanImportError } from './errors.ts';
import { convertLegacy, detectLegacyVietnamese, LEGACY_NAMES, looksLikeWords, type LegacyEncoding } from './legacy-vietnamese.ts';

export interface EncodingInfo {
  /** The byte encoding: utf-8, utf-16le, utf-16be, windows-1258, latin-1 (legacy font bytes). */
  charset: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'latin-1';
  bom: boolean;
  /** How the Unicode text was composed before it was normalised to NFC. */
  normalisation: 'nfc' | 'nfd' | 'mixed';
  /** A legacy Vietnamese font encoding found in the text and converted to Unicode. */
  legacy: LegacyEncoding | null;
}

export interface DecodedText {
  text: string;
  encoding: EncodingInfo;
  /** What was detected, in words (for warnings and the command line). */
  notes: string[];
}

/** Magic numbers of files that are not text (and not .docx), with what they are. */
const SIGNATURES: { bytes: number[]; what: string; code: 'binary' | 'legacy-doc' }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file', code: 'binary' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Word .doc file (save it as .docx)', code: 'legacy-doc' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', code: 'binary' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', code: 'binary' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', code: 'binary' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (a .docx? name it .docx)', code: 'binary' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable', code: 'binary' },
  { bytes: [0x4d, 0x5a], what: 'an executable', code: 'binary' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive', code: 'binary' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF file (save it as .docx)', code: 'legacy-doc' },
];

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

/** Guesses UTF-16 without a BOM: in Vietnamese or ASCII text every other byte is mostly zero. */
function utf16WithoutBom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length - (buf.length % 2), 4096);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Share of bytes that are control characters other than tab, CR, LF, FF. */
function controlShare(buf: Uint8Array): number {
  const n = Math.min(buf.length, 65536);
  if (!n) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n;
}

function controlShareOfText(text: string): number {
  const sample = text.slice(0, 65536);
  if (!sample) return 0;
  const control = (sample.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g) ?? []).length;
  return control / sample.length;
}

function decodeUtf16(buf: Uint8Array, charset: 'utf-16le' | 'utf-16be', offset: number): string {
  try {
    return new TextDecoder(charset, { fatal: true }).decode(buf.subarray(offset, buf.length - ((buf.length - offset) % 2)));
  } catch {
    throw new PlanImportError('unknown-encoding', `the file starts like ${charset.toUpperCase()} but is not valid ${charset.toUpperCase()}`);
  }
}

function decodeUtf8(buf: Uint8Array, offset: number): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(offset));
  } catch {
    return null;
  }
}

const VIETNAMESE_LETTER = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/gu;
const HAS_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

/** Windows-1258 writes tones as combining marks: after NFC, real Vietnamese letters appear. */
function tryWindows1258(buf: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('windows-1258').decode(buf).normalize('NFC');
  } catch {
    return null; // A Node build without full ICU lacks this code page.
  }
  const letters = (text.match(/\p{L}/gu) ?? []).length || 1;
  const vietnamese = (text.match(VIETNAMESE_LETTER) ?? []).length;
  return vietnamese / letters > 0.03 && looksLikeWords(text, letters) ? text : null;
}

function normalisationOf(text: string): EncodingInfo['normalisation'] {
  const nfc = text.normalize('NFC');
  if (nfc === text) return 'nfc';
  return text.normalize('NFD') === text ? 'nfd' : 'mixed';
}

/**
 * Converts text that turns out to be a legacy font encoding. Used for .docx text as well, where
 * a document typed in .VnTime or VNI-Times fonts comes out as Latin-1 letters.
 */
export function convertLegacyText(text: string): { text: string; legacy: LegacyEncoding | null; notes: string[] } {
  const verdict = detectLegacyVietnamese(text);
  if (!verdict.encoding) return convertLegacyLines(text);
  return {
    text: convertLegacy(text, verdict.encoding).normalize('NFC'),
    legacy: verdict.encoding,
    notes: [`encoding: ${LEGACY_NAMES[verdict.encoding]} detected and converted to Unicode`],
  };
}

/**
 * A Unicode document with some paragraphs still in a legacy font (a heading in .VnTimeH pasted from
 * an old file): those lines alone are converted, each judged on its own, strictly.
 */
function convertLegacyLines(text: string): { text: string; legacy: LegacyEncoding | null; notes: string[] } {
  let converted = 0;
  let legacy: LegacyEncoding | null = null;
  const lines = text.split('\n').map((line) => {
    if (line.length < 12 || HAS_VIETNAMESE.test(line)) return line;
    const verdict = detectLegacyVietnamese(line, 3);
    if (!verdict.encoding || verdict.confidence < 0.6) return line;
    converted++;
    legacy ??= verdict.encoding;
    return convertLegacy(line, verdict.encoding).normalize('NFC');
  });
  if (!converted || !legacy) return { text, legacy: null, notes: [] };
  return {
    text: lines.join('\n'),
    legacy,
    notes: [`encoding: ${converted} line${converted > 1 ? 's' : ''} in ${LEGACY_NAMES[legacy]} detected and converted to Unicode`],
  };
}

/** Decodes a text file's bytes. Throws PlanImportError for binary content or an unknown encoding. */
export function decodeText(buf: Uint8Array): DecodedText {
  if (buf.length === 0) throw new PlanImportError('empty', 'the file is empty');
  const notes: string[] = [];
  let text: string | null = null;
  let charset: EncodingInfo['charset'] = 'utf-8';
  let bom = false;

  if (startsWith(buf, [0xef, 0xbb, 0xbf])) {
    bom = true;
    text = decodeUtf8(buf, 3);
    if (text === null) throw new PlanImportError('unknown-encoding', 'the file has a UTF-8 mark but is not valid UTF-8');
  } else if (startsWith(buf, [0xff, 0xfe, 0x00, 0x00]) || startsWith(buf, [0x00, 0x00, 0xfe, 0xff])) {
    throw new PlanImportError('unknown-encoding', 'UTF-32 text is not supported: save the file as UTF-8');
  } else if (startsWith(buf, [0xff, 0xfe])) {
    bom = true;
    charset = 'utf-16le';
    text = decodeUtf16(buf, charset, 2);
  } else if (startsWith(buf, [0xfe, 0xff])) {
    bom = true;
    charset = 'utf-16be';
    text = decodeUtf16(buf, charset, 2);
  } else {
    const signature = SIGNATURES.find((s) => startsWith(buf, s.bytes));
    if (signature) throw new PlanImportError(signature.code, `the file is ${signature.what}, not text`);
    const utf16 = utf16WithoutBom(buf);
    if (utf16) {
      charset = utf16;
      text = decodeUtf16(buf, utf16, 0);
    } else {
      if (buf.includes(0) || controlShare(buf) > 0.05) {
        throw new PlanImportError('binary', 'the file is binary data, not text (expected .txt, .md or .docx)');
      }
      text = decodeUtf8(buf, 0);
      if (text === null) {
        // Not UTF-8: legacy font bytes (TCVN3, VNI) read as Latin-1, or Windows-1258.
        const latin1 = new TextDecoder('latin1').decode(buf);
        const legacy = detectLegacyVietnamese(latin1);
        if (legacy.encoding) {
          charset = 'latin-1';
          text = latin1;
        } else {
          const cp1258 = tryWindows1258(buf);
          if (!cp1258) {
            throw new PlanImportError(
              'unknown-encoding',
              'the text is neither UTF-8, UTF-16, Windows-1258, TCVN3 nor VNI: save it as UTF-8 (Unicode)',
            );
          }
          charset = 'windows-1258';
          text = cp1258;
        }
      }
    }
  }
  if (controlShareOfText(text) > 0.05) {
    throw new PlanImportError('binary', 'the file is binary data, not text (expected .txt, .md or .docx)');
  }
  const normalisation = normalisationOf(text);
  text = text.normalize('NFC');
  const converted = convertLegacyText(text);
  text = converted.text;
  const names: Record<EncodingInfo['charset'], string> = {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    'windows-1258': 'Windows-1258',
    'latin-1': 'single-byte',
  };
  // Legacy font bytes are named by the conversion note below.
  if ((charset !== 'utf-8' && charset !== 'latin-1') || bom || normalisation !== 'nfc') {
    const parts = [names[charset], bom ? 'with BOM' : '', normalisation === 'nfc' ? '' : `${normalisation.toUpperCase()} (normalised to NFC)`];
    notes.push(`encoding: ${parts.filter(Boolean).join(', ')}`);
  }
  notes.push(...converted.notes);
  if (!text.trim()) throw new PlanImportError('empty', 'the file holds no text (only blanks)');
  return { text, encoding: { charset, bom, normalisation, legacy: converted.legacy }, notes };
}
