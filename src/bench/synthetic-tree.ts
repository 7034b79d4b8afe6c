import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { foldForSearch } from '../domain/text/fold.ts';

/**
 * A national-scale hierarchy for benchmarks: a central root, 34 provinces, ~98 communes and
 * committees each (3,332), ~17 cells under each (≈56,600): about 60,000 units on four levels.
 */
const PROVINCES = [
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng',
  'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình', 'Quảng Trị', 'Đà Nẵng',
  'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Hồ Chí Minh', 'Đồng Nai', 'Tây Ninh', 'Cần Thơ', 'Vĩnh Long',
  'Đồng Tháp', 'Cà Mau', 'An Giang',
];
const COMMUNE_WORDS = ['Hòa', 'Tân', 'Phú', 'Bình', 'Thuận', 'An', 'Đông', 'Tây', 'Nam', 'Bắc', 'Hưng', 'Long', 'Phước', 'Thạnh', 'Quang', 'Đức'];
const CELL_KINDS = ['Chi bộ thôn', 'Chi bộ bản', 'Chi bộ Tổ dân phố', 'Chi bộ Trường', 'Chi bộ Trạm Y tế', 'Chi bộ Quân sự', 'Chi bộ Công an'];

interface Row {
  id: number;
  parent_id: number | null;
  path: string;
  depth: number;
  name: string;
  kind: string;
  code: string;
  search_key: string;
}

export interface SyntheticTree {
  total: number;
  rootId: number;
  provinceIds: number[];
  communeIds: number[];
  cellIds: number[];
}

export async function buildSyntheticTree(database: Database, opts: { communesPerProvince?: number; cellsPerCommune?: number } = {}): Promise<SyntheticTree> {
  const communesPerProvince = opts.communesPerProvince ?? 98;
  const cellsPerCommune = opts.cellsPerCommune ?? 17;
  let nextId = 1;
  const batch: Row[] = [];
  const tree: SyntheticTree = { total: 0, rootId: 0, provinceIds: [], communeIds: [], cellIds: [] };
  const flush = async () => {
    if (!batch.length) return;
    await database.db.execute(
      sql`INSERT INTO units (id, parent_id, path, depth, name, kind, code, search_key) OVERRIDING SYSTEM VALUE
          SELECT id, parent_id, path, depth, name, kind, code, search_key FROM json_populate_recordset(NULL::units, ${JSON.stringify(batch)}::json)`,
    );
    tree.total += batch.length;
    batch.length = 0;
  };
  const add = async (parent: Row | null, name: string, kind: string, code: string): Promise<Row> => {
    const id = nextId++;
    const row: Row = {
      id,
      parent_id: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      name,
      kind,
      code,
      search_key: foldForSearch(name),
    };
    batch.push(row);
    if (batch.length >= 5000) await flush();
    return row;
  };
  const root = await add(null, 'Ban Chấp hành Trung ương', 'committee', 'TW');
  tree.rootId = root.id;
  for (const [p, province] of PROVINCES.entries()) {
    const prov = await add(root, `Tỉnh ủy ${province}`, 'committee', `P${p}`);
    tree.provinceIds.push(prov.id);
    for (let c = 0; c < communesPerProvince; c++) {
      const word = `${COMMUNE_WORDS[c % COMMUNE_WORDS.length]} ${COMMUNE_WORDS[(c * 7 + p) % COMMUNE_WORDS.length]}`;
      const commune = await add(prov, `Đảng ủy ${c % 9 === 0 ? 'phường' : 'xã'} ${word} ${c + 1}`, 'committee', `P${p}-C${c}`);
      tree.communeIds.push(commune.id);
      for (let k = 0; k < cellsPerCommune; k++) {
        const cell = await add(commune, `${CELL_KINDS[k % CELL_KINDS.length]} ${word} số ${k + 1}`, 'cell', `P${p}-C${c}-K${k}`);
        tree.cellIds.push(cell.id);
      }
    }
  }
  await flush();
  await database.db.execute(sql`SELECT setval(pg_get_serial_sequence('units', 'id'), ${nextId})`);
  await database.db.execute(sql`ANALYZE units`);
  return tree;
}
