/**
 * The template: every number and fixed text of an official document's layout, in one place, so a
 * new format guide (Quy định 399-QĐ/TW may bring one to replace Hướng dẫn 36-HD/VPTW) is applied
 * here without touching the code that builds documents. Sizes are points, lengths millimetres,
 * widths percentages of the text width.
 */

export interface TextStyle {
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** Printed in capitals whatever the case of the text given. */
  upper?: boolean;
  underline?: boolean;
}

/** A short horizontal line under a heading block, centred, as a fraction of its cell. */
export interface RuleMark {
  kind: 'rule';
  widthPct: number;
  /** Space between the text above and the line, clear of its descenders. */
  gapPt: number;
}

export interface TextMark {
  kind: 'text';
  text: string;
  style: TextStyle;
}

export interface DocumentLayout {
  /** The guide this layout follows. */
  guide: string;
  font: string;
  /** w:lang of every run. */
  language: string;
  page: {
    widthMm: number;
    heightMm: number;
    marginMm: { top: number; bottom: number; left: number; right: number };
    /** Distance from the page edge to the header (page number). */
    headerMm: number;
    footerMm: number;
  };
  /** Page number: centred in the page header, from the second page. */
  pageNumber: { style: TextStyle; onFirstPage: boolean };
  header: {
    /** Width of the issuer's cell; the national title's cell has the rest. */
    leftWidthPct: number;
    /** Overhang of the header table beyond each side of the text width, so the long national title fits. */
    outdentMm: number;
    /** Lines of the right cell above place and date: "ĐẢNG CỘNG SẢN VIỆT NAM" or quốc hiệu, tiêu ngữ. */
    nationalTitle: { text: string; style: TextStyle }[];
    issuerParent: TextStyle;
    issuer: TextStyle;
    /** What follows the issuer: "*" (Party) or a short rule (State). */
    issuerMark: TextMark | RuleMark;
    number: {
      style: TextStyle;
      /** "Số " + serial + separator + symbol: "Số 30-KH/ThU" or "Số: 15/KH-UBND". */
      prefix: string;
      /** Between serial and a bare code ("KH"); a full symbol brings its own ("-KH/ThU", "/KH-UBND"). */
      separator: string;
      /** Printed where the serial is still to be filled in. */
      blankSerial: string;
    };
    placeDate: TextStyle;
    /** Space between the title block and the number / date row. */
    rowGapPt: number;
  };
  date: {
    /** Printed for a day or month still to be filled in ("ngày     tháng     năm 2025"). */
    blank: string;
    /** Day numbers below 10 get a leading zero. */
    padDay: boolean;
    /** Months that get a leading zero (Nghị định 30: January and February). */
    padMonths: number[];
  };
  typeName: TextStyle & { spaceBeforePt: number };
  title: TextStyle;
  /** Under the title: "-----" (Party) or a short rule (State). */
  titleMark: TextMark | RuleMark;
  body: {
    style: TextStyle;
    firstLineIndentMm: number;
    spaceBeforePt: number;
    spaceAfterPt: number;
    /** Line spacing in 240ths of a line (240 single, 360 one and a half). */
    lineSpacing: number;
    /** Space between the title block and the first body paragraph. */
    startGapPt: number;
  };
  /** "I. MỤC ĐÍCH, YÊU CẦU". */
  sectionHeading: TextStyle & { numberSuffix: string };
  /** "1. Mục đích" — a short numbered line. */
  pointHeading: TextStyle;
  /** "1.1 - Tuyên truyền …". */
  subPointHeading: TextStyle;
  /** A numbered line is a heading only when it is at most this long. */
  headingMaxChars: number;
  signature: {
    /** Width of the recipients' cell; the signer's cell has the rest. */
    leftWidthPct: number;
    spaceBeforePt: number;
    authority: TextStyle;
    position: TextStyle;
    /** Empty lines left for the signature and seal. */
    gapLines: number;
    name: TextStyle;
  };
  recipients: {
    label: string;
    labelStyle: TextStyle;
    itemStyle: TextStyle;
    /** Each line: prefix + text + separator; the last line ends with `last`. */
    itemPrefix: string;
    itemSeparator: string;
    last: string;
  };
  reportForm: {
    /** "Mẫu số 01", above the form's title. */
    label: string;
    labelStyle: TextStyle;
    title: TextStyle;
    /** "(Kèm theo Kế hoạch số … ngày … của …)". */
    attachedTo: TextStyle;
    table: TextStyle;
    tableHeader: TextStyle;
    /** Width of a "STT" column. */
    serialColumnPct: number;
    /** Width of the column that holds the row labels. */
    labelColumnPct: number;
    /** Empty rows printed when the form names none. */
    blankRows: number;
    cellMarginMm: number;
  };
}

/** Party documents: Hướng dẫn 36-HD/VPTW (2018) of the Văn phòng Trung ương Đảng. */
export const PARTY_LAYOUT: DocumentLayout = {
  guide: 'Hướng dẫn 36-HD/VPTW',
  font: 'Times New Roman',
  language: 'vi-VN',
  page: {
    widthMm: 210,
    heightMm: 297,
    marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
    headerMm: 10,
    footerMm: 10,
  },
  pageNumber: { style: { size: 14 }, onFirstPage: false },
  header: {
    leftWidthPct: 45,
    outdentMm: 0,
    nationalTitle: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: { size: 15, bold: true, underline: true } }],
    issuerParent: { size: 14, upper: true },
    issuer: { size: 14, upper: true, bold: true },
    issuerMark: { kind: 'text', text: '*', style: { size: 14 } },
    number: { style: { size: 14 }, prefix: 'Số ', separator: '-', blankSerial: '     ' },
    placeDate: { size: 14, italic: true },
    rowGapPt: 0,
  },
  date: { blank: '     ', padDay: true, padMonths: [1, 2] },
  typeName: { size: 16, bold: true, upper: true, spaceBeforePt: 18 },
  title: { size: 14, bold: true },
  titleMark: { kind: 'text', text: '-----', style: { size: 14 } },
  body: {
    style: { size: 14 },
    firstLineIndentMm: 12.7,
    spaceBeforePt: 0,
    spaceAfterPt: 6,
    lineSpacing: 264,
    startGapPt: 12,
  },
  sectionHeading: { size: 14, bold: true, upper: true, numberSuffix: '.' },
  pointHeading: { size: 14, bold: true },
  subPointHeading: { size: 14, bold: true, italic: true },
  headingMaxChars: 160,
  signature: {
    leftWidthPct: 50,
    spaceBeforePt: 12,
    authority: { size: 14, bold: true, upper: true },
    position: { size: 14, bold: true, upper: true },
    gapLines: 5,
    name: { size: 14, bold: true },
  },
  recipients: {
    label: 'Nơi nhận:',
    labelStyle: { size: 14, underline: true },
    itemStyle: { size: 12 },
    itemPrefix: '- ',
    itemSeparator: ',',
    last: '.',
  },
  reportForm: {
    label: 'Mẫu số',
    labelStyle: { size: 13, bold: true, italic: true },
    title: { size: 14, bold: true },
    attachedTo: { size: 13, italic: true },
    table: { size: 13 },
    tableHeader: { size: 13, bold: true },
    serialColumnPct: 9,
    labelColumnPct: 50,
    blankRows: 4,
    cellMarginMm: 1.5,
  },
};

/** Government documents: Nghị định 30/2020/NĐ-CP, Phụ lục I. */
export const STATE_LAYOUT: DocumentLayout = {
  ...PARTY_LAYOUT,
  guide: 'Nghị định 30/2020/NĐ-CP',
  pageNumber: { style: { size: 13 }, onFirstPage: false },
  header: {
    leftWidthPct: 46,
    outdentMm: 12,
    nationalTitle: [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: { size: 13, bold: true } },
      { text: 'Độc lập - Tự do - Hạnh phúc', style: { size: 14, bold: true, underline: true } },
    ],
    issuerParent: { size: 13, upper: true },
    issuer: { size: 13, upper: true, bold: true },
    issuerMark: { kind: 'rule', widthPct: 35, gapPt: 0 },
    number: { style: { size: 13 }, prefix: 'Số: ', separator: '/', blankSerial: '     ' },
    placeDate: { size: 14, italic: true },
    rowGapPt: 6,
  },
  typeName: { size: 14, bold: true, upper: true, spaceBeforePt: 18 },
  title: { size: 14, bold: true },
  titleMark: { kind: 'rule', widthPct: 25, gapPt: 3 },
  signature: {
    ...PARTY_LAYOUT.signature,
    authority: { size: 14, bold: true, upper: true },
    position: { size: 14, bold: true, upper: true },
  },
  recipients: {
    label: 'Nơi nhận:',
    labelStyle: { size: 12, bold: true, italic: true },
    itemStyle: { size: 11 },
    itemPrefix: '- ',
    itemSeparator: ';',
    last: '.',
  },
};

export type DocumentFormat = 'party' | 'state';

export const LAYOUTS: Record<DocumentFormat, DocumentLayout> = { party: PARTY_LAYOUT, state: STATE_LAYOUT };
