import type { Client } from './app.ts';

/** A complete plan body as the editor sends it; callers override what the test is about. */
export function planBody(issuerUnitId: number, recipients: { unitId: number; label: string }[], overrides: Record<string, unknown> = {}) {
  return {
    issuerUnitId,
    kind: 'KH',
    title: 'Tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam',
    periodStart: '2026-01-15',
    periodEnd: '2026-03-31',
    content: {
      purposes: ['Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về truyền thống vẻ vang của Đảng.'],
      requirements: ['Tuyên truyền sâu rộng, thiết thực, tiết kiệm.'],
      themes: [
        { title: 'Tuyên truyền truyền thống vẻ vang của Đảng', points: ['Quá trình hình thành và phát triển của Đảng'] },
        { title: 'Tuyên truyền kết quả Đại hội XIV của Đảng', points: [] },
      ],
      phases: [
        { label: 'Đợt 1', start: '2026-01-15', end: '2026-02-03' },
        { label: 'Đợt 2', start: '2026-02-04', end: '2026-03-31' },
      ],
      channels: [
        { code: 'visual', note: 'Pa nô, băng rôn tại trục đường chính', target: { quantity: 20, measure: 'băng rôn', per: 'plan' } },
        { code: 'meeting', target: { quantity: 2, measure: 'buổi', per: 'month' } },
        { code: 'radio' },
      ],
      slogans: ['Nhiệt liệt chào mừng 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)!'],
      anniversaries: [{ title: '96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)', eventDate: '1930-02-03', anniversaryDate: '2026-02-03', years: 96 }],
      assignments: [{ unitName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', duties: ['Hướng dẫn nội dung tuyên truyền'], due: '2026-01-20' }],
      reporting: { cadence: 'monthly', deadlineDay: 20, formCode: 'Mẫu số 01' },
      recipients: recipients.map((r) => ({ ...r, mustImplement: true })),
      signer: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Nguyễn Văn Hùng' },
      implementBy: '2026-01-25',
    },
    ...overrides,
  };
}

/** Draft → submitted → issued; returns the issued plan's JSON. */
export async function issue(client: Client, id: number, issuedOn = '2026-01-10') {
  const submitted = await client.post(`/api/plans/${id}/submit`);
  if (submitted.statusCode !== 200) throw new Error(`submit: ${submitted.body}`);
  const issued = await client.post(`/api/plans/${id}/issue`, { issuedOn });
  if (issued.statusCode !== 200) throw new Error(`issue: ${issued.body}`);
  return issued.json();
}
