/**
 * Channels (hình thức tuyên truyền): every form of communication the document names to use or to
 * report on, mapped to the fixed list of `import-format.md`. One sentence often names several
 * ("hội nghị báo cáo viên; báo chí, Internet, mạng xã hội, cổng/trang thông tin điện tử").
 * Words that also name things ("Hội nghị Trung ương lần thứ mười", "Ngày Báo chí cách mạng",
 * "Sở Văn hóa, Thể thao và Du lịch") count only in ordinary lower case, or at a line's start.
 *
 * The phrases are matched word by word through a trie, so a line is read once whatever the number
 * of phrases.
 */
import type { Channel } from '../plans/document.ts';
import { CHANNELS } from '../plans/document.ts';
import type { Line } from './lines.ts';

interface Rule {
  channel: Channel;
  /** Folded phrases, words separated by spaces; punctuation in the text counts as a space. */
  phrases: string[];
  /** Count only when written in lower case (or opening the line). */
  lowercase?: boolean;
  /** Not when one of these runs of words comes right after the phrase. */
  notBefore?: string[][];
  /** Not when this word comes right before the phrase. */
  notAfter?: string;
}

const RULES: Rule[] = [
  {
    channel: 'meeting',
    phrases: ['tuyen truyen mieng', 'bao cao vien', 'tuyen truyen truc tiep', 'noi chuyen chuyen de', 'buoi sinh hoat', 'sinh hoat chi', 'sinh hoat chinh tri', 'sinh hoat chuyen de', 'sinh hoat dinh ky', 'sinh hoat doan the', 'sinh hoat tu tuong', 'sinh hoat ngoai khoa', 'sinh hoat cac chi bo', 'sinh hoat tai chi'],
  },
  { channel: 'meeting', phrases: ['hoi nghi', 'toa dam', 'hoi thao'], lowercase: true },
  {
    channel: 'website',
    phrases: ['trang thong tin dien tu', 'cong thong tin dien tu', 'trang thong tin', 'cong thong tin', 'website', 'trang web', 'cong ttdt', 'trang ttdt', 'ttdt', 'web'],
  },
  { channel: 'social', phrases: ['mang xa hoi', 'facebook', 'zalo', 'fanpage', 'tiktok', 'youtube', 'mocha', 'internet', 'khong gian mang', 'trang ca nhan', 'mxh'] },
  { channel: 'press', phrases: ['bao chi', 'tap chi', 'bao in', 'bao dien tu', 'bao hinh', 'bao noi', 'co quan bao chi', 'bao dai'], lowercase: true },
  { channel: 'press', phrases: ['phat thanh truyen hinh', 'truyen hinh', 'dai phat thanh'] },
  { channel: 'press', phrases: ['tren bao', 'cac bao', 'dang tren bao'], notBefore: [['cao']] },
  {
    channel: 'radio',
    phrases: ['truyen thanh', 'he thong loa', 'cum loa', 'loa phat thanh', 'loa truyen thanh', 'loa cong cong', 'dai tt', 'phat thanh co so', 'phat thanh cua xa', 'phat thanh cua phuong', 'phat thanh tai', 'phat thanh tren he thong', 'phat thanh tren dai', 'phat thanh tren loa'],
  },
  { channel: 'radio', phrases: ['loa'], notAfter: 'xe' },
  {
    channel: 'newsletter',
    phrases: ['ban tin', 'an pham', 'tai lieu', 'de cuong', 'hoi dap', 'to roi', 'to gap', 'so tay', 'tap san', 'ky yeu', 'sach chuyen de', 'sach anh', 'sach tuyen truyen', 'sach bao'],
  },
  {
    channel: 'visual',
    phrases: ['co dong truc quan', 'truc quan', 'khau hieu', 'pa no', 'pano', 'ap phich', 'bang ron', 'bangron', 'bang zon', 'bang gon', 'bang dien tu', 'man hinh led', 'led', 'bien quang cao', 'tranh co dong', 'bang hieu', 'treo co', 'co to quoc', 'co dang', 'co hoa', 'co phuon', 'bang roll'],
  },
  {
    channel: 'culture',
    phrases: ['van nghe', 'sang tac', 'bieu dien', 'lien hoan', 'hoi dien', 'chieu phim', 'giao luu van hoa', 'hoat dong van hoa', 'sinh hoat van hoa', 'the duc the thao', 'giai the thao', 'hoat dong the thao'],
  },
  { channel: 'culture', phrases: ['the thao', 'nghe thuat'], lowercase: true, notBefore: [['du', 'lich'], ['va', 'du', 'lich']] },
  { channel: 'exhibition', phrases: ['trien lam', 'trung bay'] },
  {
    channel: 'emulation',
    phrases: ['phong trao thi dua', 'dot thi dua', 'thi dua yeu nuoc', 'phat dong thi dua', 'phat dong phong trao thi dua', 'phat dong dot thi dua', 'ton vinh', 'dien hinh tien tien', 'guong nguoi tot', 'nguoi tot viec tot', 'guong dien hinh', 'dien hinh tieu bieu'],
  },
  {
    channel: 'contest',
    phrases: ['cuoc thi', 'hoi thi', 'thi tim hieu', 'thi viet', 'thi trac nghiem', 'thi sang tac', 'thi anh', 'thi ke chuyen', 'thi hung bien', 'thi tuyen truyen', 'giai bao chi'],
  },
  { channel: 'mobile', phrases: ['xe loa', 'luu dong', 'xe thong tin', 'xe tuyen truyen', 'xe co dong', 'doi thong tin'] },
];

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: Rule[];
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map(), ends: [] };
  for (const rule of RULES) {
    for (const phrase of rule.phrases) {
      let node = root;
      for (const word of phrase.split(' ')) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map(), ends: [] };
          node.next.set(word, child);
        }
        node = child;
      }
      node.ends.push(rule);
    }
  }
  return root;
}

const TRIE = buildTrie();
/** Words of a folded line: letters, digits and "&"; anything else separates them. */
const WORD = /[\p{L}\d&]+/gu;
const MARKER = /^(?:[-–+•*]\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+|\(?[a-zđ][.)]\s+|[ivx]{1,4}[.)\-–]\s+)*/u;
/** A flag ("cờ") is a one-syllable word: match it on the text as written, not folded. */
const FLAG = /(?<![\p{L}])(?:cờ|Cờ|CỜ)(?![\p{L}])/u;

function channelsOfLine(line: Line, into: Set<Channel>): void {
  const { key, text } = line;
  const start = MARKER.exec(key)?.[0].length ?? 0;
  const words: string[] = [];
  const offsets: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(key); m; m = WORD.exec(key)) {
    words.push(m[0]);
    offsets.push(m.index);
  }
  const accept = (rule: Rule, i: number, j: number): boolean => {
    const at = offsets[i] ?? 0;
    if (rule.lowercase && at > start) {
      const ch = text.charAt(at);
      if (ch !== ch.toLowerCase()) return false;
    }
    if (rule.notAfter && words[i - 1] === rule.notAfter) return false;
    return !rule.notBefore?.some((run) => run.every((w, k) => words[j + 1 + k] === w));
  };
  for (let i = 0; i < words.length; i++) {
    let node: TrieNode | undefined = TRIE;
    for (let j = i; j < words.length && node; j++) {
      node = node.next.get(words[j] as string);
      if (!node) break;
      for (const rule of node.ends) if (!into.has(rule.channel) && accept(rule, i, j)) into.add(rule.channel);
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
