import type { Role } from '../../domain/access/roles.ts';
import type { UnitKind } from '../../domain/units/tree.ts';

/**
 * The demo province, organised the post-2025 way: provincial committee, its advisory boards, the
 * committees of provincial Party and government bodies, commune and ward committees with their
 * cells, government offices, a loudspeaker station and mass organisations. Names are Lai Châu's.
 */
export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  children?: DemoUnit[];
}

const cells = (prefix: string, names: string[]): DemoUnit[] =>
  names.map((name, i) => ({ code: `${prefix}-CB${String(i + 1).padStart(2, '0')}`, name: `Chi bộ ${name}`, kind: 'cell' as const }));

interface Commune {
  code: string;
  name: string;
  ward?: boolean;
  cells: string[];
}

const COMMUNES: Commune[] = [
  { code: 'TP', name: 'Tân Phong', ward: true, cells: ['Tổ dân phố số 1', 'Tổ dân phố số 2', 'Tổ dân phố số 3', 'Tổ dân phố số 4', 'Trường Tiểu học Tân Phong', 'Quân sự phường'] },
  { code: 'DK', name: 'Đoàn Kết', ward: true, cells: ['Tổ dân phố số 5', 'Tổ dân phố số 6', 'Tổ dân phố số 7', 'Tổ dân phố Hoà Bình', 'Trường THCS Đoàn Kết', 'Công an phường'] },
  { code: 'BL', name: 'Bình Lư', cells: ['bản Bình Lư', 'bản Thuận Hòa', 'bản Nà Luồng', 'bản Hua Bó', 'Trạm Y tế xã'] },
  { code: 'TD', name: 'Tam Đường', cells: ['bản Phiêng Phát', 'bản Thẩm Phé', 'bản Đông Pao', 'Trường Tiểu học Tam Đường', 'Quân sự xã'] },
  { code: 'SH', name: 'Sìn Hồ', cells: ['bản Sìn Hồ', 'bản Phìn Hồ', 'bản Nậm Tăm', 'bản Hồng Thu', 'Trường THCS Sìn Hồ', 'Công an xã', 'Trạm Y tế xã'] },
  { code: 'PT', name: 'Phong Thổ', cells: ['bản Pa Nậm Cúm', 'bản Na Củng', 'bản Huổi Luông', 'Trường Phổ thông Dân tộc nội trú'] },
  { code: 'TU', name: 'Than Uyên', cells: ['bản Mé', 'bản Hua Nà', 'bản Mường Cang', 'Khu 1', 'Khu 2', 'Quân sự xã', 'Trường Tiểu học Than Uyên', 'Trạm Y tế xã'] },
  { code: 'TNU', name: 'Tân Uyên', cells: ['bản Phiêng Pẳn', 'bản Nà Ún', 'bản Hô Be', 'Khu 3'] },
  { code: 'MT', name: 'Mường Tè', cells: ['bản Cang', 'bản Nậm Củm', 'bản Pắc Ma', 'Công an xã', 'Trường Tiểu học Mường Tè'] },
  { code: 'NN', name: 'Nậm Nhùn', cells: ['bản Nậm Manh', 'bản Nậm Hàng', 'bản Lé Ma'] },
  { code: 'BN', name: 'Bum Nưa', cells: ['bản Pa Thắng', 'bản Nậm Củm', 'bản Bum Nưa', 'Quân sự xã'] },
  { code: 'PTN', name: 'Pa Tần', cells: ['bản Pa Tần', 'bản Nậm Bắc', 'bản Huổi Chát', 'Trạm Y tế xã', 'Trường THCS Pa Tần'] },
  { code: 'KH', name: 'Khun Há', cells: ['bản Khun Há', 'bản Can Hồ', 'bản Phiêng Tòng'] },
  { code: 'DS', name: 'Dào San', cells: ['bản Dào San', 'bản Tung Qua Lìn', 'bản Mồ Sì San', 'Quân sự xã', 'Trường Tiểu học Dào San'] },
];

const commune = (c: Commune): DemoUnit => {
  const code = `LCU-${c.code}`;
  const place = `${c.ward ? 'phường' : 'xã'} ${c.name}`;
  return {
    code,
    name: `Đảng ủy ${place}`,
    kind: 'committee',
    children: [
      ...cells(code, c.cells),
      { code: `${code}-UB`, name: `Ủy ban nhân dân ${place}`, kind: 'government' },
      { code: `${code}-MT`, name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${place}`, kind: 'mass' },
      ...(c.code === 'TP' || c.code === 'TU' ? [{ code: `${code}-TT`, name: `Đài Truyền thanh ${place}`, kind: 'media' as const }] : []),
    ],
  };
};

export const DEMO_TREE: DemoUnit = {
  code: 'LCU',
  name: 'Tỉnh ủy Lai Châu',
  kind: 'committee',
  children: [
    { code: 'LCU-BTGDV', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', kind: 'board' },
    { code: 'LCU-BTC', name: 'Ban Tổ chức Tỉnh ủy', kind: 'board' },
    { code: 'LCU-UBKT', name: 'Ủy ban Kiểm tra Tỉnh ủy', kind: 'board' },
    { code: 'LCU-VP', name: 'Văn phòng Tỉnh ủy', kind: 'board' },
    {
      code: 'LCU-DCQD',
      name: 'Đảng ủy các cơ quan Đảng tỉnh',
      kind: 'committee',
      children: cells('LCU-DCQD', ['Văn phòng Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Báo và Phát thanh, Truyền hình Lai Châu', 'Trường Chính trị tỉnh']),
    },
    {
      code: 'LCU-DUBND',
      name: 'Đảng ủy Ủy ban nhân dân tỉnh',
      kind: 'committee',
      children: [
        ...cells('LCU-DUBND', ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo', 'Sở Y tế']),
        { code: 'LCU-SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'government' },
        { code: 'LCU-SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'government' },
        { code: 'LCU-SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'government' },
      ],
    },
    { code: 'LCU-BPTTH', name: 'Báo và Phát thanh, Truyền hình Lai Châu', kind: 'media' },
    { code: 'LCU-MTTQ', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', kind: 'mass' },
    { code: 'LCU-TDOAN', name: 'Tỉnh đoàn Lai Châu', kind: 'mass' },
    { code: 'LCU-HLHPN', name: 'Hội Liên hiệp Phụ nữ tỉnh', kind: 'mass' },
    { code: 'LCU-HND', name: 'Hội Nông dân tỉnh', kind: 'mass' },
    { code: 'LCU-HCCB', name: 'Hội Cựu chiến binh tỉnh', kind: 'mass' },
    ...COMMUNES.map(commune),
  ],
};

export const DEMO_PASSWORD = 'tuyentruyen2026';

export interface DemoUser {
  username: string;
  fullName: string;
  unitCode: string;
  role: Role;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin.tinh', fullName: 'Nguyễn Văn Hùng', unitCode: 'LCU', role: 'admin' },
  { username: 'bientap.tinh', fullName: 'Lò Thị Hoà', unitCode: 'LCU-BTGDV', role: 'editor' },
  { username: 'admin.tanphong', fullName: 'Trần Minh Đức', unitCode: 'LCU-TP', role: 'admin' },
  { username: 'lanhdao.tanphong', fullName: 'Vàng A Sử', unitCode: 'LCU-TP', role: 'leader' },
  { username: 'xem.chibo', fullName: 'Phạm Thị Thủy', unitCode: 'LCU-TP-CB01', role: 'viewer' },
];
