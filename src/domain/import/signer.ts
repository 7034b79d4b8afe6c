/**
 * The signature block: authority ("T/M BAN THƯỜNG VỤ", "TM. ĐẢNG ỦY", "K/T BÍ THƯ"), position
 * ("BÍ THƯ", "P. BÍ THƯ") and the signer's name. Some plans print only the name; some print a
 * position with no authority (a unit head signing alone).
 */
import type { Signer } from '../plans/document.ts';
import { fold, isUpperText, squash, trimEndWhile } from './text.ts';

/** "T/M", "TM.", "K/T", "KT.", "T/L", "TL.", "TUQ.", "Q." — signing for a body or a superior. */
const AUTHORITY = /^(?:T\s*\/\s*M|TM|K\s*\/\s*T|KT|T\s*\/\s*L|TL|T\s*\/\s*U|TUQ|Q|THỪA\s+LỆNH|THỪA\s+ỦY\s+QUYỀN|THỪA\s+UỶ\s+QUYỀN)(?:[.:]\s*|\s+)[\p{Lu}]/u;

const POSITION_WORDS =
  /^(?:(?:p\.|pho|q\.|quyen|kt\.?)\s*)?(?:bi thu|chu tich|giam doc|truong|chanh|thu truong|hieu truong|tong bien tap|chu nhiem|uy vien|thuong truc|cuc truong|vien truong|tong giam doc|chanh van phong|nguoi lap|nguoi ky|dai dien|tm\.|t\/m)/u;

/** Lines that are not a name: signature notes and seals. */
const SIGNATURE_NOTE = /^\(?\s*(?:da ky|ky ten|ky,|ky va|ky ghi ro|ghi ro ho ten|dong dau|da ky va dong dau|ky, ghi ro|chu ky)/u;

export function isAuthorityLine(text: string): boolean {
  return AUTHORITY.test(text.trim());
}

export function isSignatureNote(text: string): boolean {
  return SIGNATURE_NOTE.test(fold(text.trimStart().slice(0, 24)));
}

/** A position in capitals: "BÍ THƯ", "P. BÍ THƯ", "THỦ TRƯỞNG ĐƠN VỊ". */
export function isPositionText(text: string, anyCase = false): boolean {
  const t = text.trim();
  if (t.length > 80 || (!anyCase && !isUpperText(t))) return false;
  if (anyCase && (t.length > 40 || /[.;:,]$/.test(t))) return false;
  return POSITION_WORDS.test(fold(t));
}

/**
 * A person's name: two to six words, each capitalised ("Bùi Quang Nhựt"), or the same in capitals
 * when `allowCapitals` (some units print the name in bold capitals).
 */
export function isPersonName(text: string, allowCapitals = false): boolean {
  if (text.length > 60) return false;
  const t = trimEndWhile(text.trim(), /[.,;]/u);
  if (t.length > 50 || /[\d:;/()]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  const key = fold(t);
  if (/^(?:noi nhan|luu|kinh gui|nguoi lap|thu truong|ban|dang|chi bo|so|phong|uy ban|hoi|cac|doan)\b/u.test(key)) return false;
  // "Sùng A Páo", "Y Ngông Niê Kđăm", "H'Hen Niê": one-letter words and apostrophes occur in names.
  const capitalised = words.every((w) => /^[\p{Lu}](?:['’][\p{Lu}])?[\p{Ll}]*$/u.test(w)) && words.filter((w) => w.length >= 2).length >= 2;
  if (capitalised) return true;
  return allowCapitals && words.every((w) => /^[\p{Lu}]{1,7}$/u.test(w)) && !POSITION_WORDS.test(key);
}

/** Reads the signer from the fragments of the closing part (recipients already taken out). */
export function readSigner(fragments: readonly string[]): Signer {
  const signer: Signer = { authority: null, position: null, name: null };
  let sawPosition = false;
  for (const raw of fragments) {
    const text = squash(raw);
    if (!text || isSignatureNote(text)) continue;
    if (isAuthorityLine(text)) {
      signer.authority = signer.authority && !signer.position ? `${signer.authority} ${text}` : text;
      continue;
    }
    // Under an authority, "Bí thư" in ordinary case is still the position.
    if (!signer.name && isPositionText(text, signer.authority !== null && !signer.position)) {
      signer.position = signer.position && !sawPosition ? `${signer.position} ${text}` : (signer.position ?? text);
      sawPosition = true;
      continue;
    }
    if (signer.authority && !signer.position && isUpperText(text) && !isPersonName(text, false) && text.length < 60) {
      // The authority's body continues on a second line ("T/M BAN THƯỜNG VỤ" / "ĐẢNG ỦY KHỐI").
      signer.authority = `${signer.authority} ${text}`;
      continue;
    }
    if (!signer.name && isPersonName(text, sawPosition || signer.authority !== null)) {
      signer.name = trimEndWhile(text, /[.,;]/u);
      continue;
    }
  }
  return signer;
}
