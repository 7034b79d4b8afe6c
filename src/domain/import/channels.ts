/**
 * Channels (hình thức tuyên truyền): every form of communication the document names to use or to
 * report on, mapped to the fixed list of `import-format.md`. One sentence often names several
 * ("hội nghị báo cáo viên; báo chí, Internet, mạng xã hội, cổng/trang thông tin điện tử").
 * Words that also name things ("Hội nghị Trung ương lần thứ mười", "Ngày Báo chí cách mạng",
 * "Sở Văn hóa, Thể thao và Du lịch") count only in ordinary lower case, or at a line's start.
 */
import type { Channel } from '../plans/document.ts';
import { CHANNELS } from '../plans/document.ts';
import type { Line } from './lines.ts';

interface Rule {
  channel: Channel;
  re: RegExp;
  /** Count only when written in lower case (or opening the line). */
  lowercase?: boolean;
  /** Not when the folded text right after the match continues like this. */
  notFollowedBy?: RegExp;
  /** Not when the folded text right before the match ends like this. */
  notPrecededBy?: RegExp;
}

const W = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const r = (source: string) => new RegExp(`${W}(?:${source})${E}`, 'gu');

const RULES: Rule[] = [
  { channel: 'meeting', re: r('tuyen truyen mieng|bao cao vien|tuyen truyen truc tiep|noi chuyen chuyen de|buoi sinh hoat|sinh hoat (?:chi bo|chinh tri|chuyen de|dinh ky|doan the|tu tuong|ngoai khoa|cac chi bo|tai chi|chi,)') },
  { channel: 'meeting', re: r('hoi nghi|toa dam|hoi thao'), lowercase: true },
  { channel: 'website', re: r('trang thong tin dien tu|cong thong tin dien tu|trang thong tin|cong thong tin|cong\\/trang thong tin|website|trang web|cong ttdt|trang ttdt|ttdt|web') },
  { channel: 'social', re: r('mang xa hoi|facebook|zalo|fanpage|tiktok|youtube|mocha|internet|khong gian mang|trang ca nhan|nhom zalo|mxh') },
  { channel: 'press', re: r('bao chi|tap chi|bao in|bao dien tu|bao hinh|bao noi|co quan bao chi|bao,\\s*dai|bao\\s*[-–]\\s*dai|bao dai'), lowercase: true },
  { channel: 'press', re: r('phat thanh\\s*[-–,]?\\s*truyen hinh|truyen hinh|dai phat thanh') },
  { channel: 'press', re: r('(?:tren|cac|dang tren) bao'), notFollowedBy: /^\s*cao/u },
  { channel: 'radio', re: r('truyen thanh|he thong loa|cum loa|loa phat thanh|loa truyen thanh|loa cong cong|dai tt|phat thanh (?:co so|cua xa|cua phuong|tai|tren (?:he thong|dai|loa))') },
  { channel: 'radio', re: r('loa'), notPrecededBy: /xe\s*$/u },
  { channel: 'newsletter', re: r('ban tin|an pham|tai lieu|de cuong|hoi\\s*[-–]?\\s*dap|to roi|to gap|so tay|tap san|ky yeu|sach (?:chuyen de|anh|tuyen truyen)|sach,\\s*bao') },
  { channel: 'visual', re: r('co dong truc quan|truc quan|khau hieu|pa\\s*-?\\s*no|ap phich|bang\\s*-?\\s*ron|bang\\s*-?\\s*zon|bang gon|bang dien tu|man hinh led|led|bien quang cao|tranh co dong|bang hieu|treo co|co to quoc|co dang|co hoa|co phuon|bang roll') },
  { channel: 'culture', re: r('van nghe|sang tac|bieu dien|lien hoan|hoi dien|chieu phim|giao luu van hoa|hoat dong van hoa|sinh hoat van hoa|the duc the thao|giai the thao|hoat dong the thao') },
  { channel: 'culture', re: r('the thao|nghe thuat'), lowercase: true, notFollowedBy: /^\s*(?:va|,)\s*du lich/u },
  { channel: 'exhibition', re: r('trien lam|trung bay') },
  { channel: 'emulation', re: r('phong trao thi dua|dot thi dua|thi dua yeu nuoc|phat dong (?:phong trao |dot )?thi dua|ton vinh|dien hinh tien tien|guong nguoi tot|nguoi tot,? viec tot|guong dien hinh|dien hinh tieu bieu') },
  { channel: 'contest', re: r('cuoc thi|hoi thi|thi tim hieu|thi viet|thi trac nghiem|thi sang tac|thi anh|thi ke chuyen|thi hung bien|thi tuyen truyen|giai bao chi') },
  { channel: 'mobile', re: r('xe loa|luu dong|xe thong tin|xe tuyen truyen|xe co dong|doi thong tin') },
];

const MARKER = /^(?:[-–+•*]\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+|\(?[a-zđ][.)]\s+|[ivx]{1,4}[.)\-–]\s+)*/u;

/** A flag ("cờ") is a one-syllable word: match it on the text as written, not folded. */
const FLAG = /(?<![\p{L}])(?:cờ|Cờ|CỜ)(?![\p{L}])/u;

function channelsOfLine(line: Line, into: Set<Channel>): void {
  const { key, text } = line;
  const start = MARKER.exec(key)?.[0].length ?? 0;
  for (const rule of RULES) {
    if (into.has(rule.channel)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(key); m; m = rule.re.exec(key)) {
      const at = m.index;
      const end = at + m[0].length;
      if (rule.lowercase && at !== start) {
        const ch = text.charAt(at);
        if (ch !== ch.toLowerCase()) continue;
      }
      if (rule.notFollowedBy?.test(key.slice(end, end + 20))) continue;
      if (rule.notPrecededBy?.test(key.slice(Math.max(0, at - 10), at))) continue;
      into.add(rule.channel);
      break;
    }
  }
  if (!into.has('visual') && FLAG.test(text)) into.add('visual');
}

/** The channels named in the given lines, in the order of the fixed list. */
export function readChannels(lines: readonly Line[]): Channel[] {
  const found = new Set<Channel>();
  for (const line of lines) {
    channelsOfLine(line, found);
    if (found.size === CHANNELS.length) break;
  }
  return CHANNELS.filter((c) => found.has(c));
}
