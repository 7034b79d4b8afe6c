/**
 * Assignments: the units given duties in the implementation part (Tổ chức thực hiện), one per
 * numbered or headed unit. A unit opens its item — "1. Ban Tuyên giáo Đảng ủy Khối tham mưu …",
 * "2. Ban Chỉ đạo 35 của Đảng ủy Khối" (duties below), "- Giao Chi bộ Trung tâm … xây dựng …",
 * "- Hàng tháng, các Chi bộ báo cáo …" — and its name ends where its first duty's verb begins.
 */
import type { Line } from './lines.ts';
import type { SectionMark } from './sections.ts';
import { capitaliseFirst, fold, squash, trimEndWhile } from './text.ts';
import { startsWithUnit } from './units.ts';

export interface Assignment {
  unit: string;
  duties: string[];
}

const IMPLEMENTATION = /to chuc thuc hien|to chuc trien khai|trach nhiem|phan cong|trien khai thuc hien|nhiem vu cua cac/u;

const NUMBERED = /^(\d{1,2})\s*[.)\-–]\s*(?!\d)/u;
const LETTERED = /^([a-zđ])\s*[.)]\s+/u;
const BULLET = /^[-–+•*]\s*/u;
const CLOSING = /^(?:tren day la|ke hoach nay|huong dan nay|qua trinh (?:thuc hien|trien khai)|trong qua trinh|noi nhan|de nghi cac .* nghiem tuc|yeu cau cac .* nghiem tuc)/u;

/** Words that ask a unit to act, before its name: "Giao …", "Đề nghị …", "Phối hợp với …". */
const LEAD = /^(?:giao(?: cho)?|de nghi|yeu cau|phan cong|phoi hop voi|doi voi|ve phia|nhiem vu cua|trach nhiem cua)\s+/u;

/** Clauses of time or basis that may come before a unit: "Hàng tháng, …", "Căn cứ Kế hoạch này, …". */
const ADVERBIAL = /^(?:hang (?:thang|quy|nam|tuan)|dinh ky|truoc ngay|truoc|sau khi|sau|can cu|tren co so|trong thoi gian|trong qua trinh|dong thoi|ngoai ra|ben canh do|ket thuc|cuoi|dau)\b/u;

/** Verbs that begin a duty: the unit's name ends before the first of them. */
const VERB = new RegExp(
  `(?<![\\p{L}\\d])(?:${[
    'tham muu', 'chu tri', 'phoi hop', 'to chuc', 'xay dung', 'chi dao', 'thuc hien', 'trien khai', 'huong dan',
    'theo doi', 'bao cao', 'thong tin', 'tuyen truyen', 'can cu', 'co trach nhiem', 'chiu trach nhiem', 'nghien cuu',
    'quan triet', 'dang tai', 'dang tin', 'phat dong', 'kiem tra', 'don doc', 'tang cuong', 'day manh', 'bo tri',
    'cung cap', 'phan anh', 'dua tin', 'bien tap', 'in an', 'treo', 'cu can bo', 'nam bat', 'nam tinh hinh',
    'tiep tuc', 'phat huy', 'chuan bi', 'tap trung', 'dinh huong', 'thuong xuyen', 'kip thoi', 'tich cuc',
    'chu dong', 'lam tot', 'pho bien', 'ra soat', 'suu tam', 'bieu duong', 'van dong', 'tham gia', 'dam bao',
    'bao dam', 'lua chon', 'duy tri', 'gioi thieu', 'soan thao', 'cap nhat', 'gui', 'tong hop', 'theo chuc nang',
    'tren co so', 'thanh lap', 'lanh dao', 'quan ly', 'nang cao', 'khan truong', 'phan cong', 'nghiem tuc',
    'phai', 'duoc', 'dong thoi', 'ban hanh', 'ho tro', 'tao dieu kien', 'hoan thanh', 'giup viec cho', 'giam sat',
    'de xuat', 'trinh bay', 'mo chuyen muc', 'lap ke hoach', 'xay dung ke hoach', 'yeu cau', 'de nghi', 'giao cho', 'giao nhiem vu', 'phan cong nhiem vu',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\d])`,
  'gu',
);
/** A verb word that is part of a name here: "tổ chức đảng", "báo cáo viên", "Tiểu ban tuyên truyền". */
const NOT_VERB_AFTER: Record<string, RegExp> = {
  'to chuc': /^\s*(?:dang|co so dang|doan the|chinh tri|hoi|thanh vien)\b/u,
  'bao cao': /^\s*vien\b/u,
  'tuyen truyen': /^\s*vien\b/u,
  'thong tin': /^\s*(?:va truyen thong|dien tu|vien)\b/u,
  'lanh dao': /^\s*(?:co quan|don vi|cac|chu chot)\b/u,
};
const NOUN_BEFORE = /(?:ban|to|nhom|doi|tin|vien|cong tac vien|,|va)\s*$/u;

function markerLength(key: string): number {
  const m = /^(?:\d{1,2}(?:\.\d{1,2})*\s*[.)\-–]?\s*(?!\d)|[a-zđ]\s*[.)]\s+|[-–+•*]\s*)+/u.exec(key);
  return m ? m[0].length : 0;
}

/** The unit's name at the start of `text` (marker already removed), or null. */
export function unitAtStart(text: string): { unit: string; rest: string } | null {
  let t = text;
  // A unit's name is at the start: fold no further than a name can reach.
  let key = fold(t.slice(0, 400));
  const lead = LEAD.exec(key);
  if (lead) {
    t = t.slice(lead[0].length);
    key = key.slice(lead[0].length);
  }
  if (!startsWithUnit(key)) {
    // "Hàng tháng, các Chi bộ …", "Căn cứ Kế hoạch này, các chi bộ …": a lead clause, then the unit.
    if (!ADVERBIAL.test(key)) return null;
    const comma = key.indexOf(', ');
    if (comma < 0 || comma > 90) return null;
    const after = key.slice(comma + 2);
    const afterLead = LEAD.exec(after);
    const skip = comma + 2 + (afterLead ? afterLead[0].length : 0);
    if (!startsWithUnit(key.slice(skip))) return null;
    t = t.slice(skip);
    key = key.slice(skip);
  }
  let end = t.length;
  const STOP = /\s[-–]\s|:|\(|\.(?:\s|$)|;/gu;
  for (let s = STOP.exec(key); s; s = STOP.exec(key)) {
    // "Trung tâm Văn hóa - Thể thao", "đoàn thể chính trị - xã hội": a dash inside a name goes on;
    // a dash before a duty ("Ban Tuyên giáo - Chủ trì …") ends the name.
    if (/[-–]/.test(s[0])) {
      VERB.lastIndex = 0;
      const after = key.slice(s.index + s[0].length);
      const verb = VERB.exec(after);
      if (!verb || verb.index !== 0) continue;
    }
    end = s.index;
    break;
  }
  VERB.lastIndex = 0;
  for (let m = VERB.exec(key); m && m.index < end; m = VERB.exec(key)) {
    if (m.index < 3) continue;
    const ch = t.charAt(m.index);
    if (ch !== ch.toLowerCase()) continue;
    const after = key.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (NOT_VERB_AFTER[m[0]]?.test(after)) continue;
    if ((m[0] === 'thong tin' || m[0] === 'tuyen truyen') && NOUN_BEFORE.test(key.slice(Math.max(0, m.index - 16), m.index))) continue;
    end = m.index;
    break;
  }
  const unit = trimEndWhile(squash(t.slice(0, end)), /[\s,;:]/u).replace(/\s+(?:và|cùng)$/u, '');
  if (unit.length < 3 || unit.length > 180) return null;
  // "Ban Thường vụ Huyện ủy yêu cầu:" introduces the duties of others: the issuer speaking.
  if (/^\s*(?:yêu cầu|đề nghị|giao|phân công)(?![\p{L}])/iu.test(t.slice(end)) && /:\s*$/.test(t)) return null;
  return { unit: capitaliseFirst(unit), rest: squash(t.slice(end)).replace(/^[:\s\-–]+/u, '') };
}

/** The lines of the implementation part: its section, or a sub-heading of that name. */
export function implementationLines(body: readonly Line[], sections: readonly SectionMark[], bodyEnd: number): Line[] {
  // "Tổ chức thực hiện" when there is one; else "Trách nhiệm …", "Phân công …".
  let idx = sections.findIndex((s) => /to chuc thuc hien/u.test(fold(s.heading)));
  if (idx < 0) idx = sections.findIndex((s) => IMPLEMENTATION.test(fold(s.heading)));
  if (idx >= 0) {
    const from = sections[idx]?.index ?? 0;
    const to = sections[idx + 1]?.index ?? bodyEnd;
    return body.filter((l) => l.index > from && l.index < to);
  }
  const heading = body.find((l) => l.text.length < 80 && IMPLEMENTATION.test(l.key) && /^(?:[\divx]+\s*[.\-–)]|[a-z]\))?\s*(?:to chuc|trach nhiem|phan cong|trien khai)/u.test(l.key));
  if (!heading) return [];
  return body.filter((l) => l.index > heading.index && l.index < bodyEnd);
}

function itemsOf(lines: readonly Line[]): Assignment[] {
  const out: Assignment[] = [];
  let current: Assignment | null = null;
  let previous: Line | null = null;
  for (const line of lines) {
    const marker = markerLength(line.key);
    const body = line.text.slice(marker);
    // The closing sentence ("Trên đây là Kế hoạch …") ends the assignments.
    if (CLOSING.test(fold(body.slice(0, 240)))) break;
    // A line cut from a long sentence above ("… hướng dẫn" / "Đảng ủy các xã triển khai …") goes on
    // with that sentence: it does not name a new unit.
    const continues = marker === 0 && previous !== null && previous.text.length >= 60 && !/[.;:!?…]["”’)]*$/u.test(previous.text);
    previous = line;
    const found = continues ? null : unitAtStart(body);
    if (found) {
      current = { unit: found.unit, duties: found.rest ? [found.rest] : [] };
      out.push(current);
    } else if (current) current.duties.push(squash(body));
  }
  return out;
}

/** Units given duties in the implementation part, in order. */
export function readAssignments(lines: readonly Line[]): Assignment[] {
  const numbered = lines.filter((l) => NUMBERED.test(l.text));
  const lettered = lines.filter((l) => LETTERED.test(l.key));
  const top = numbered.length >= 1 ? NUMBERED : lettered.length >= 2 ? LETTERED : null;
  if (!top) return itemsOf(lines.filter((l) => BULLET.test(l.text) || !/^\s*\d/.test(l.text)));
  const out: Assignment[] = [];
  // Group lines under each top item; an item that names no unit hands over to its sub-items.
  const groups: { head: Line; children: Line[] }[] = [];
  const before: Line[] = [];
  for (const line of lines) {
    if (top.test(top === NUMBERED ? line.text : line.key)) groups.push({ head: line, children: [] });
    else if (groups.length) groups[groups.length - 1]?.children.push(line);
    else before.push(line);
  }
  // One by one: spreading a very long list into push() would overflow the stack.
  for (const item of itemsOf(before)) out.push(item);
  for (const group of groups) {
    const headText = group.head.text.slice(markerLength(group.head.key));
    if (CLOSING.test(fold(headText.slice(0, 240)))) break;
    const found = unitAtStart(headText);
    if (found) {
      const duties = [found.rest, ...group.children.map((c) => squash(c.text.slice(markerLength(c.key))))].filter(Boolean);
      out.push({ unit: found.unit, duties });
    } else for (const item of itemsOf(group.children)) out.push(item);
  }
  return out;
}
