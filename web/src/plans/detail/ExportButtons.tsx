import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { IconFileTypeDoc, IconFileTypePdf } from '@tabler/icons-react';
import { notifyError } from '../../lib/notify';
import { downloadExport } from '../api';

/** Tải Word / PDF; the server's message is shown when it cannot make the file (e.g. no PDF converter). */
export function ExportButtons({ planId }: { planId: number }) {
  const [busy, setBusy] = useState<'docx' | 'pdf' | null>(null);
  const run = async (format: 'docx' | 'pdf') => {
    setBusy(format);
    try {
      await downloadExport(planId, format);
    } catch (err) {
      notifyError(err, format === 'pdf' ? 'Không tải được bản PDF' : 'Không tải được bản Word');
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap={6}>
      <Button variant="default" leftSection={<IconFileTypeDoc size={16} />} loading={busy === 'docx'} onClick={() => void run('docx')}>
        Tải Word
      </Button>
      <Button variant="default" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'pdf'} onClick={() => void run('pdf')}>
        PDF
      </Button>
    </Group>
  );
}
