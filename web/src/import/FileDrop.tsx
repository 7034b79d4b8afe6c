// Choose or drop plan files (.docx, .txt, .md): a plain file input under a drop zone.
import { useRef, useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { ACCEPTED } from './useImportQueue';

export function FileDrop({ onFiles, compact = false }: { onFiles: (files: File[]) => void; compact?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className="tt-import-drop"
      data-over={over || undefined}
      data-testid="import-drop"
      style={compact ? { padding: 'var(--mantine-spacing-sm)' } : undefined}
      onClick={(e) => {
        if (e.target !== input.current) input.current?.click();
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED.join(',')}
        aria-label="Chọn tệp văn bản"
        style={{ display: 'none' }}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      {compact ? (
        <Group justify="center" gap="xs">
          <IconFileUpload size={18} color="var(--mantine-color-blue-6)" />
          <Text size="sm">Kéo thả hoặc bấm để chọn tệp khác</Text>
        </Group>
      ) : (
        <Stack align="center" gap={6}>
          <IconFileUpload size={40} stroke={1.3} color="var(--mantine-color-blue-6)" />
          <Text fw={500}>Kéo thả tệp vào đây hoặc bấm để chọn</Text>
          <Text size="sm" c="dimmed">
            Văn bản Word (.docx), văn bản thuần (.txt) hoặc Markdown (.md); có thể chọn nhiều tệp cùng lúc, mỗi tệp tối đa 50 MB.
          </Text>
          <Button mt={4} variant="light" leftSection={<IconFileUpload size={16} />} onClick={(e) => { e.stopPropagation(); input.current?.click(); }}>
            Chọn tệp
          </Button>
        </Stack>
      )}
    </div>
  );
}
