import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileWord } from '@tabler/icons-react';
import { ApiError, buildUrl } from '../api/client';
import { notifyError } from '../lib/notify';
import { saveBlob } from './csv';

async function fetchFile(url: string): Promise<{ blob: Blob; filename: string | null }> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
    throw new ApiError(res.status, { code: body?.code ?? `http_${res.status}`, message: body?.message ?? `Lỗi máy chủ (${res.status}).` });
  }
  const cd = res.headers.get('content-disposition') ?? '';
  const m = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(cd);
  const filename = m ? decodeURIComponent(m[1] ?? m[2] ?? '') : null;
  return { blob: await res.blob(), filename };
}

/** The consolidated report of the subtree for the range, as the official .docx or an .xlsx workbook. */
export function ConsolidatedButtons({ unitId, from, to, planId }: { unitId: number; from: string; to: string; planId: number | null }) {
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  const get = async (format: 'docx' | 'xlsx') => {
    setBusy(format);
    try {
      const { blob, filename } = await fetchFile(buildUrl(`/units/${unitId}/consolidated`, { from, to, planId, format }));
      saveBlob(blob, filename ?? `bao-cao-tong-hop-${from}-${to}.${format}`);
    } catch (err) {
      notifyError(err, 'Không tải được báo cáo tổng hợp');
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconFileWord size={16} color="var(--mantine-color-blue-7)" />} loading={busy === 'docx'} onClick={() => void get('docx')}>
        Báo cáo tổng hợp (Word)
      </Button>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={16} color="var(--mantine-color-green-8)" />} loading={busy === 'xlsx'} onClick={() => void get('xlsx')}>
        Báo cáo tổng hợp (Excel)
      </Button>
    </Group>
  );
}
