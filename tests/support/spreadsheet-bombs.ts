/**
 * Hostile .xlsx files for the import's limits, built byte by byte: a minimal zip writer (one that
 * can also lie about sizes) and the few parts a workbook needs. The big parts are deflated as a
 * stream, so building a 200 MB bomb costs the test a few megabytes.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { once } from 'node:events';

export interface ZipPart {
  name: string;
  /** The deflated bytes. */
  compressed: Buffer;
  crc: number;
  size: number;
  /** The inflated size written in the headers, when it should not be the truth. */
  declaredSize?: number;
}

export function part(name: string, content: string | Buffer): ZipPart {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, compressed: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** Deflates text produced piece by piece (never held whole). */
export async function streamedPart(name: string, pieces: Iterable<string | Buffer>): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const data = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    crc = crc32(data, crc);
    size += data.length;
    if (!deflate.write(data)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return { name, compressed: Buffer.concat(out), crc, size };
}

export function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const size = p.declaredSize ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x5b21, 12); // 2025-09-01
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x5b21, 14);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + p.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The parts of a one-sheet workbook around the given sheet and shared strings. */
export function workbookParts(sheet: ZipPart, sharedStrings?: ZipPart): ZipPart[] {
  return [
    part(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        (sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : '') +
        `</Types>`,
    ),
    part('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Đơn vị" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (sharedStrings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
        `</Relationships>`,
    ),
    { ...sheet, name: 'xl/worksheets/sheet1.xml' },
    ...(sharedStrings ? [{ ...sharedStrings, name: 'xl/sharedStrings.xml' }] : []),
  ];
}

export function sheetXml(rows: string, dimension?: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}">${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>${rows}</sheetData></worksheet>`;
}

/** The shared strings part of a workbook whose one string is `chars` characters long (mostly "A"). */
export function hugeSharedStrings(chars = 200 * 1000 * 1000): Promise<ZipPart> {
  const chunk = Buffer.alloc(1 << 20, 'A');
  // A letter here and there, so it deflates about 170 to 1 rather than a thousand to 1.
  let seed = 7;
  for (let i = 0; i + 512 <= chunk.length; i += 512) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    chunk[i + (seed % 512)] = 0x61 + ((seed >> 9) % 26);
  }
  function* pieces() {
    yield `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>`;
    for (let left = chars; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
    yield '</t></si></sst>';
  }
  return streamedPart('xl/sharedStrings.xml', pieces());
}

/** A sheet whose one cell (A1) shows shared string 0. */
export function oneSharedCellSheet(): ZipPart {
  return part('xl/worksheets/sheet1.xml', sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', 'A1'));
}

/** A sheet of `rows` rows of one number each, declaring `dimension` (or none). */
export function manyRowsSheet(rows: number, dimension?: string): Promise<ZipPart> {
  function* pieces() {
    const head = sheetXml('', dimension);
    const at = head.indexOf('</sheetData>');
    yield head.slice(0, at);
    let batch = '';
    for (let r = 1; r <= rows; r++) {
      batch += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
      if (batch.length > 60_000) (yield batch), (batch = '');
    }
    yield batch + head.slice(at);
  }
  return streamedPart('xl/worksheets/sheet1.xml', pieces());
}

/** The bombs an upload is tested against, by name. */
export async function spreadsheetBombs(): Promise<Record<'sharedString' | 'declaredHuge' | 'declaredSmall' | 'dimension' | 'rows', Buffer>> {
  const strings = await hugeSharedStrings();
  const small = part('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}"><si><t>Mã đơn vị</t></si></sst>`);
  return {
    // One 200 MB shared string, deflated to about 1.2 MB, that every import would hold in full.
    sharedString: zip(workbookParts(oneSharedCellSheet(), strings)),
    // A tiny part whose directory entry says it inflates to 4 GB.
    declaredHuge: zip(workbookParts(oneSharedCellSheet(), { ...small, declaredSize: 4_000_000_000 })),
    // The 200 MB string again, but declared as 1 kB: the lie shows while inflating.
    declaredSmall: zip(workbookParts(oneSharedCellSheet(), { ...strings, declaredSize: 1000 })),
    // A sheet that declares a million rows (and holds 300,000).
    dimension: zip(workbookParts(await manyRowsSheet(300_000, 'A1:D1000000'))),
    // 300,000 rows with no dimension: counted while streaming.
    rows: zip(workbookParts(await manyRowsSheet(300_000))),
  };
}
