import { describe, expect, it } from 'vitest';
import { renderPlanDocx } from './document.ts';
import { examplePlanWithBody } from './fixtures.ts';
import { ConversionError, docxToPdf, findSoffice, LibreOfficeMissingError } from './pdf.ts';

const soffice = findSoffice();

describe('PDF through LibreOffice', () => {
  it('says clearly what to install when LibreOffice is absent', async () => {
    const env = { PATH: '/nonexistent', SOFFICE: '/nonexistent/soffice' };
    expect(findSoffice(env)).toBeNull();
    expect(findSoffice({ PATH: '/nonexistent' }, [])).toBeNull();
    const error = await docxToPdf(Buffer.from('PK'), { env }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibreOfficeMissingError);
    expect((error as Error).message).toMatch(/LibreOffice.*soffice.*apt-get install libreoffice-writer/s);
  });

  it('reports a converter that cannot run', async () => {
    const error = await docxToPdf(Buffer.from('PK'), { soffice: '/nonexistent/soffice' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConversionError);
  });

  it.skipIf(!soffice)('converts an exported plan to a PDF', async () => {
    const pdf = await docxToPdf(await renderPlanDocx(examplePlanWithBody()));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  });
});
