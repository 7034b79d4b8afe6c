/**
 * Opens the exported .docx with a reader that shares nothing with the `docx` package: LibreOffice
 * when it is installed (converted to text), else a plain ZIP + XML reading of word/document.xml.
 */
import { describe, expect, it } from 'vitest';
import { renderPlanDocx } from './document.ts';
import { examplePlanWithBody, exampleStructuredPlan } from './fixtures.ts';
import { convertWithLibreOffice, findSoffice } from './pdf.ts';
import { paragraphTexts, unzipText } from './read-docx.ts';

const soffice = findSoffice();

async function readBack(docx: Buffer): Promise<string> {
  if (soffice) return (await convertWithLibreOffice(docx, 'docx', 'txt', { soffice })).toString('utf8');
  return paragraphTexts(unzipText(docx).get('word/document.xml') ?? '').join('\n');
}

describe(`the exported .docx read back by ${soffice ? 'LibreOffice' : 'a ZIP/XML reader'}`, () => {
  it('has the Party heading, number, title, sections and signer', async () => {
    const text = await readBack(await renderPlanDocx(examplePlanWithBody()));
    expect(text.normalize('NFC')).toBe(text);
    for (const expected of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG BỘ TỈNH LAI CHÂU',
      'THÀNH ỦY LAI CHÂU',
      'Số 30-KH/ThU',
      'TP. Lai Châu, ngày 25 tháng 5 năm 2021',
      'KẾ HOẠCH',
      'tuyên truyền, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG TUYÊN TRUYỀN',
      'III. TỔ CHỨC THỰC HIỆN',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      'Trần Văn Minh',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('has the State heading and the report forms', async () => {
    const text = await readBack(await renderPlanDocx(exampleStructuredPlan()));
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/KH-UBND',
      'Lò Văn Hùng',
      'BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN',
      'Pa nô, áp phích, khẩu hiệu',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
