// /ke-hoach/nhap — read plans from Word or text files, review them beside their source, save them.
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconArrowLeft } from '@tabler/icons-react';
import { usePageTitle } from '../lib/title';
import { BatchView } from './BatchView';
import { FileDrop } from './FileDrop';
import { ReviewView } from './ReviewView';
import type { ImportEntry, PlanDocument, SaveAs } from './types';
import { useDefaultUnit, type UnitRef } from './UnitChoice';
import { useImportQueue } from './useImportQueue';
import './import.css';

type Reviewable = ImportEntry & { result: NonNullable<ImportEntry['result']>; plan: PlanDocument };

function reviewable(e: ImportEntry | undefined): e is Reviewable {
  return !!e && e.status === 'parsed' && e.result !== null && e.plan !== null;
}

export function ImportPage() {
  usePageTitle('Nhập kế hoạch từ văn bản');
  const queue = useImportQueue();
  const fallback = useDefaultUnit();
  const [chosen, setChosen] = useState<UnitRef | null>(null);
  const unit = chosen ?? fallback;
  const [openKey, setOpenKey] = useState<string | null>(null);
  const { entries } = queue;
  const single = entries.length === 1 ? entries[0] : undefined;
  const opened = entries.find((e) => e.key === openKey);

  const choose = (files: File[]) => {
    setOpenKey(null);
    void queue.start(files);
  };
  const review = (e: Reviewable, onBack?: () => void) => (
    <ReviewView
      key={e.key}
      entry={e}
      unit={unit}
      onUnit={setChosen}
      onPlan={(plan) => queue.update(e.key, { plan })}
      onSaved={(as: SaveAs, id: number, u: UnitRef) => queue.update(e.key, { saved: { as, id, unitName: u.name }, saveError: null })}
      onBack={onBack}
    />
  );

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Anchor component={Link} to="/ke-hoach" size="sm" c="dimmed">
              <Group gap={4} component="span">
                <IconArrowLeft size={14} /> Kế hoạch, hướng dẫn
              </Group>
            </Anchor>
            <Title order={2} size="h3">
              Nhập kế hoạch từ văn bản
            </Title>
            <Text size="sm" c="dimmed">
              Đọc kế hoạch, hướng dẫn từ tệp Word hoặc văn bản; kiểm tra từng mục bên cạnh văn bản gốc trước khi lưu.
            </Text>
          </Stack>
          {entries.length > 0 && !queue.reading && (
            <Button variant="default" onClick={queue.clear}>
              Nhập tệp khác
            </Button>
          )}
        </Group>
        {entries.length === 0 && (
          <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
            <FileDrop onFiles={choose} />
          </div>
        )}
      </Paper>

      {single && single.status !== 'parsed' && single.status !== 'refused' && (
        <Paper withBorder p="xl">
          <Group justify="center" gap="sm">
            <Loader size="sm" />
            <Text>Đang đọc tệp {single.file.name}…</Text>
          </Group>
        </Paper>
      )}
      {single && single.status === 'refused' && (
        <Stack gap="md">
          <Alert color="red" icon={<IconAlertCircle size={20} />} title={`Không nhập được tệp ${single.file.name}`} role="alert" data-testid="import-refusal">
            {single.error}
          </Alert>
          <FileDrop onFiles={choose} compact />
        </Stack>
      )}
      {reviewable(single) && review(single)}

      {entries.length > 1 &&
        (reviewable(opened) ? (
          review(opened, () => setOpenKey(null))
        ) : (
          <>
            <BatchView
              entries={entries}
              done={queue.done}
              reading={queue.reading}
              unit={unit}
              onUnit={setChosen}
              update={queue.update}
              onOpen={setOpenKey}
            />
          </>
        ))}
    </Stack>
  );
}
