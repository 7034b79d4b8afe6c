/**
 * The consolidated report (báo cáo tổng hợp) as files to send up: an official .docx (a BC document in
 * the unit's format with the totals, the per-unit table and the units' difficulties and
 * recommendations) and an .xlsx workbook with the same tables.
 */
import ExcelJS from 'exceljs';
import type { Consolidated } from '../domain/reports/consolidated.ts';
import type { PlanDocument } from '../domain/plans/document.ts';
import type { IssuerSettings } from '../domain/plans/issuer-settings.ts';
import { renderPlanDocx } from './docx/index.ts';

const n = (v: number | undefined) => (v ?? 0).toLocaleString('vi-VN');
const vnDate = (iso: string) => iso.split('-').reverse().join('/');

export async function consolidatedDocx(c: Consolidated, issuer: IssuerSettings, today: string, planTitle: string | null): Promise<Buffer> {
  const about = planTitle ? ` thực hiện ${planTitle}` : '';
  const doc: PlanDocument = {
    kind: 'BC',
    serial: null,
    symbol: issuer.format === 'state' ? `BC-${issuer.symbolCode}` : `BC/${issuer.symbolCode}`,
    issuer: issuer.issuerName,
    issuerParent: issuer.parentBody,
    place: issuer.place,
    date: today,
    title: `kết quả công tác tuyên truyền${about} (từ ngày ${vnDate(c.from)} đến ngày ${vnDate(c.to)})`,
    sections: [],
    body: [
      {
        heading: 'KẾT QUẢ THỰC HIỆN',
        lines: [
          `Tổng hợp từ ${c.reportsCounted} báo cáo đã được tiếp nhận của các đơn vị trực thuộc, kết quả như sau:`,
          ...c.indicators.map((i) => `- ${i.label}: ${n(i.total)} ${i.measure}.`),
        ],
      },
      {
        heading: 'KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ CỦA CÁC ĐƠN VỊ',
        lines: c.notes.length
          ? c.notes.flatMap((note) => [
              `${note.unitName} (kỳ ${note.periodKey})`,
              ...(note.difficulties ? [`- Khó khăn, vướng mắc: ${note.difficulties}`] : []),
              ...(note.recommendations ? [`- Kiến nghị, đề xuất: ${note.recommendations}`] : []),
            ])
          : ['Các đơn vị không nêu khó khăn, vướng mắc hay kiến nghị.'],
      },
    ],
    bases: [],
    phases: [],
    slogans: [],
    anniversaries: [],
    channels: [],
    assignments: [],
    recipients: ['Cấp ủy cấp trên (b/c)', 'Lưu: VT'],
    signer: null,
    reportTemplates: [],
    format: issuer.format,
  };
  doc.sections = doc.body!.map((s) => s.heading);
  const keys = c.indicators.map((i) => i.key);
  return renderPlanDocx(doc, {
    dataTables: [
      {
        caption: 'Biểu 1. Tổng hợp số liệu theo chỉ tiêu',
        columns: ['Chỉ tiêu', 'Đơn vị tính', 'Tổng số'],
        rows: c.indicators.map((i) => [i.label, i.measure, n(i.total)]),
      },
      {
        caption: 'Biểu 2. Số liệu theo đơn vị trực thuộc',
        columns: ['Đơn vị', ...c.indicators.map((i) => i.label)],
        rows: [...c.children.map((ch) => [ch.name, ...keys.map((k) => n(ch.values[k]))]), ['Tổng cộng', ...c.indicators.map((i) => n(i.total))]],
        totalRow: true,
      },
    ],
  });
}

export async function consolidatedXlsx(c: Consolidated, title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tuyentruyen';
  const totals = wb.addWorksheet('Tổng hợp');
  totals.addRow([title]).font = { bold: true, size: 13 };
  totals.addRow([`${c.unit.name} — từ ${vnDate(c.from)} đến ${vnDate(c.to)}`]);
  totals.addRow([]);
  totals.addRow(['Chỉ tiêu', 'Đơn vị tính', 'Hình thức', 'Tổng số']).font = { bold: true };
  for (const i of c.indicators) totals.addRow([i.label, i.measure, i.channel, i.total]);
  totals.columns.forEach((col, idx) => (col.width = [50, 14, 14, 12][idx] ?? 12));

  const byUnit = wb.addWorksheet('Theo đơn vị');
  byUnit.addRow(['Đơn vị', ...c.indicators.map((i) => `${i.label} (${i.measure})`)]).font = { bold: true };
  for (const ch of c.children) byUnit.addRow([ch.name, ...c.indicators.map((i) => ch.values[i.key] ?? 0)]);
  byUnit.addRow(['Tổng cộng', ...c.indicators.map((i) => i.total)]).font = { bold: true };
  byUnit.getColumn(1).width = 45;

  const notes = wb.addWorksheet('Khó khăn, kiến nghị');
  notes.addRow(['Đơn vị', 'Kỳ', 'Kết quả nổi bật', 'Khó khăn, vướng mắc', 'Kiến nghị, đề xuất']).font = { bold: true };
  for (const note of c.notes) notes.addRow([note.unitName, note.periodKey, note.results, note.difficulties, note.recommendations]);
  notes.columns.forEach((col, idx) => (col.width = [40, 10, 50, 50, 50][idx] ?? 20));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
