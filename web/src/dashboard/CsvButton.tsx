import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { downloadCsv, type Cell } from './csv';

/** "Tải dữ liệu (CSV)" for one chart or table: the data behind it, with Vietnamese headers. */
export function CsvButton({
  filename,
  build,
  disabled,
  label = 'Tải dữ liệu (CSV)',
}: {
  filename: string;
  build: () => { headers: string[]; rows: Cell[][] };
  disabled?: boolean;
  label?: string;
}) {
  return (
    <Button
      size="xs"
      variant="subtle"
      leftSection={<IconDownload size={14} />}
      disabled={disabled}
      onClick={() => {
        const { headers, rows } = build();
        downloadCsv(filename, headers, rows);
      }}
    >
      {label}
    </Button>
  );
}
