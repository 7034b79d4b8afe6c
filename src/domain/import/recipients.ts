/**
 * The distribution list (Nơi nhận). Shapes seen: the heading alone then one recipient per line
 * ("- Ban Tuyên giáo Tỉnh ủy (b/c);"), everything on the heading's line ("Nơi nhận: - Như trên;
 * - Lưu VT."), or a two-column closing where the signature sits beside the list. Each recipient is
 * kept as written without its dash and trailing punctuation; blanks to fill in are dropped.
 */
import { isAuthorityLine, isPersonName, isPositionText, isSignatureNote } from './signer.ts';
import { fold, isPlaceholder, squash, trimEndWhile } from './text.ts';

const HEADING = /^noi\s+nhan\s*:?/u;
const BULLET = /^\s*(?:[-–—+•·∙◦▪*]|\d{1,2}[.)])\s*/u;

export function isRecipientsHeading(text: string): boolean {
  // Only the start of the line matters: fold no more of it.
  return HEADING.test(fold(text.trimStart().slice(0, 16)));
}

function cleanRecipient(text: string): string | null {
  let t = squash(text.replace(BULLET, ''));
  t = trimEndWhile(t.replace(/\s*\.\/\.\s*$/u, ''), /[\s;,.:]/u).trim();
  t = trimEndWhile(t.replace(/^[“"']+/u, ''), /[”"']/u).trim();
  if (!t || isPlaceholder(t) || /^[.…_\s]+$/u.test(t.replace(/\(.*?\)/gu, ''))) return null;
  // Blanks and dots, perhaps around one bracket: "……… (b/c)". (Written so that the two runs of
  // blanks cannot trade characters, which would be quadratic on a long run.)
  if (/^[\s.…_;,]*(?:\([^)]*\)[\s.…_;,]*)?$/u.test(t) && /[.…_]{2,}/u.test(t)) return null;
  return t;
}

/** Splits "- A; - B, - C." written on one line into its items. */
function splitInlineItems(text: string): string[] {
  const items = text
    .split(/(?:^|[;,.]\s*)[-–+•](?=\s)/u)
    .map((s) => s.trim())
    .filter(Boolean);
  // "Nơi nhận: Như trên; Lưu VT." — no dashes, items between semicolons.
  if (items.length === 1 && !/^[-–+•]/.test(text.trim()) && (items[0] ?? '').includes(';')) {
    return (items[0] ?? '').split(';').map((s) => s.trim()).filter(Boolean);
  }
  return items;
}

export interface Closing {
  recipients: string[];
  /** Fragments left for the signature. */
  rest: string[];
}

function isSignaturePart(text: string): boolean {
  return isAuthorityLine(text) || isPositionText(text) || isSignatureNote(text) || isPersonName(text, false);
}

/** Separates the distribution list from the rest of the closing fragments. */
export function readRecipients(fragments: readonly string[]): Closing {
  const recipients: string[] = [];
  const rest: string[] = [];
  let inList = false;
  let afterList = false;
  for (const fragment of fragments) {
    const text = fragment.trim();
    if (!text) continue;
    if (!inList && isRecipientsHeading(text)) {
      inList = true;
      const after = text.replace(/^[^:]*?nh[aậ]n\s*:?/iu, '').trim();
      for (const item of splitInlineItems(after)) {
        const r = cleanRecipient(item);
        if (r) recipients.push(r);
      }
      continue;
    }
    if (inList && !afterList) {
      if (BULLET.test(text) && !isAuthorityLine(text)) {
        const items = splitInlineItems(text);
        for (const item of items.length ? items : [text]) {
          const r = cleanRecipient(item);
          if (r) recipients.push(r);
        }
        continue;
      }
      if (isSignaturePart(text)) {
        rest.push(text);
        continue;
      }
      // A recipient written without a dash right under the heading, or a wrapped line.
      if (text.length < 120 && !/[.!?]$/.test(text.replace(/\.\/\.$/, ''))) {
        const last = recipients.length - 1;
        if (last >= 0 && /^[\p{Ll}(]/u.test(text)) recipients[last] = `${recipients[last]} ${cleanRecipient(text) ?? ''}`.trim();
        else {
          const r = cleanRecipient(text);
          if (r) recipients.push(r);
        }
        continue;
      }
      afterList = true;
    }
    rest.push(text);
  }
  return { recipients, rest };
}
