/**
 * Names of bodies (đơn vị, tổ chức): the words a body's name starts with, for finding where one name
 * begins in a header, in an opening sentence ("…, Ban Thường vụ Đảng ủy Khối xây dựng Kế hoạch") and
 * in the duties of the implementation part ("Giao Chi bộ Trung tâm … xây dựng …").
 */

/** Folded words a body's name starts with. Longer alternatives first where they share a start. */
const UNIT_HEADS = [
  'ban thuong vu',
  'ban chap hanh',
  'ban can su',
  'ban chi dao',
  'ban chi huy',
  'ban to chuc',
  'ban tuyen giao',
  'ban dan van',
  'ban kiem tra',
  'ban',
  'bch',
  'btv',
  'thuong truc',
  'thuong vu',
  'dang bo',
  'dang uy',
  'dang doan',
  'dang uy vien',
  'tinh uy',
  'thanh uy',
  'huyen uy',
  'quan uy',
  'thi uy',
  'xa uy',
  'chi bo',
  'chi, dang bo',
  'chi dang bo',
  'chi bo, dang bo',
  'chi uy',
  'cap uy',
  'cac cap uy',
  'to chuc dang',
  'tieu ban',
  'to cong tac',
  'to tuyen truyen',
  'to',
  'nhom',
  'ubnd',
  'ubmttq',
  'mttq',
  'uy ban',
  'hdnd',
  'hoi dong',
  'so',
  'phong',
  'bo chi huy',
  'bo',
  'tong cuc',
  'chi cuc',
  'cuc',
  'hoc vien',
  'vien',
  'truong',
  'trung tam',
  'dai',
  'bao',
  'tap chi',
  'hoi',
  'lien doan',
  'lien hiep',
  'cong doan',
  'doan thanh nien',
  'doan',
  'mat tran',
  'van phong',
  'cong an',
  'quan doi',
  'bo doi',
  'benh vien',
  'tap doan',
  'tong cong ty',
  'cong ty',
  'ngan hang',
  'kho bac',
  'toa an',
  'thanh tra',
  'lanh dao',
  'thu truong',
  'dong chi',
  'bi thu',
  'chu tich',
  'giam doc',
  'truong ban',
  'pho truong ban',
  'cac dong chi',
  'co quan',
  'don vi',
  'dia phuong',
  'doan vien',
  'dang vien',
  'can bo',
  'hoi vien',
  'ban bien tap',
];

const HEAD_ALTERNATION = [...UNIT_HEADS]
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/ /g, '\\s+'))
  .join('|');
const HEAD_RE = new RegExp(`^(?:cac\\s+|moi\\s+|tat ca\\s+)?(?:${HEAD_ALTERNATION})(?![\\p{L}\\d])`, 'u');

/** Words that look like a unit head but start something else ("Tổ chức …" is a verb; "Sở dĩ"). */
const NOT_A_UNIT = /^(?:cac\s+)?(?:to\s+chuc(?!\s+(?:dang|co\s+so\s+dang|doan|hoi|chinh\s+tri))|so\s+(?:luong|lieu|di|do|voi)|ban\s+hanh|truong\s+hop|hoi\s+nghi|bao\s+cao|dai\s+hoi|phong\s+trao|phong\s+chong|bo\s+sung|cuc\s+ky|don\s+vi\s+tinh|co\s+quan\s+diem|hoi\s+dap|dai\s+bieu|bao\s+dam|bao\s+ve|nhom\s+(?:noi\s+dung|giai\s+phap))(?![\p{L}\d])/u;

/** True when the folded text starts with the name of a body. */
export function startsWithUnit(key: string): boolean {
  const k = key.trimStart();
  return HEAD_RE.test(k) && !NOT_A_UNIT.test(k);
}

/** Length of the unit head at the start of the folded text, 0 when none. */
export function unitHeadLength(key: string): number {
  const m = HEAD_RE.exec(key);
  return m && !NOT_A_UNIT.test(key) ? m[0].length : 0;
}
