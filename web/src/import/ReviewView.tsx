// One parsed file side by side: the source text with what was found, the plan as an editable form.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconArrowLeft, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { importMessageInVietnamese } from '../../../src/domain/import/messages-vi.ts';
import { ExternalDocsList } from './ExternalDocs';
import { HighlightProvider, UncertainBadge } from './highlight';
import { kindName, numberLine } from './labels';
import { PlanForm } from './PlanForm';
import { SaveBar } from './SaveBar';
import { SourceText } from './SourceText';
import type { ImportEntry, PlanDocument, SaveAs } from './types';
import type { UnitRef } from './UnitChoice';

const FORMAT_NAMES: Record<string, string> = { docx: 'Word (.docx)', text: 'Văn bản thuần', markdown: 'Markdown' };

export function ReviewView({
  entry,
  unit,
  onUnit,
  onPlan,
  onSaved,
  onBack,
}: {
  entry: ImportEntry & { result: NonNullable<ImportEntry['result']>; plan: PlanDocument };
  unit: UnitRef | null;
  onUnit: (u: UnitRef) => void;
  onPlan: (p: PlanDocument) => void;
  onSaved: (as: SaveAs, id: number, unit: UnitRef) => void;
  /** Present when the file is one of several: back to the list. */
  onBack?: () => void;
}) {
  const navigate = useNavigate();
  const { result, plan } = entry;
  const [registered, setRegistered] = useState<{ id: number; unit: UnitRef } | null>(null);
  // The reader's notes are shown once, under "Khi đọc tệp", though the parser repeats them among its warnings.
  const warnings = (plan.warnings ?? []).filter((w) => !result.source.notes.includes(w));

  const saved = (as: SaveAs, id: number, u: UnitRef) => {
    onSaved(as, id, u);
    if (as === 'draft') {
      if (onBack) onBack();
      else void navigate(`/ke-hoach/${id}/sua`);
    } else {
      setRegistered({ id, unit: u });
    }
  };

  return (
    <HighlightProvider uncertain={result.uncertain}>
      <Stack gap="md" data-testid="import-review">
        <Paper withBorder p="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Group gap="xs">
                {onBack && (
                  <Button variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={14} />} onClick={onBack}>
                    Danh sách tệp
                  </Button>
                )}
                <Badge variant="light" color="gray">
                  {FORMAT_NAMES[result.source.format] ?? result.source.format}
                </Badge>
                <Text size="sm" c="dimmed">
                  {entry.file.name}
                </Text>
              </Group>
              <Title order={2} size="h4">
                {kindName(plan.kind)} {numberLine(plan.serial, plan.symbol, true)}
              </Title>
              <Text size="sm" lineClamp={2}>
                {plan.title}
              </Text>
            </Stack>
            {result.uncertain.length > 0 && (
              <Group gap={6} wrap="nowrap">
                <UncertainBadge />
                <Text size="sm" c="dimmed">
                  {result.uncertain.length} mục
                </Text>
              </Group>
            )}
          </Group>
          {(result.source.notes.length > 0 || warnings.length > 0) && (
            <Stack gap="xs" mt="sm">
              {result.source.notes.length > 0 && (
                <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} title="Khi đọc tệp" data-testid="source-notes" py={8}>
                  <List size="sm">
                    {result.source.notes.map((n, i) => (
                      <List.Item key={i}>{importMessageInVietnamese(n)}</List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              {warnings.length > 0 && (
                <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Lưu ý" data-testid="plan-warnings" py={8}>
                  <List size="sm">
                    {warnings.map((w, i) => (
                      <List.Item key={i}>{importMessageInVietnamese(w)}</List.Item>
                    ))}
                  </List>
                </Alert>
              )}
            </Stack>
          )}
        </Paper>

        {registered && (
          <Stack gap="sm">
            <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Đã đăng ký văn bản cấp trên" role="status">
              Văn bản đã có trong sổ văn bản cấp trên của {registered.unit.name}; các kế hoạch có thể chọn nó làm căn cứ.
            </Alert>
            <ExternalDocsList unit={registered.unit} highlightId={registered.id} />
          </Stack>
        )}

        <div className="tt-import-review">
          <SourceText text={result.text} spans={result.spans} fileName={entry.file.name} />
          <Stack gap="md">
            <Paper withBorder p="md" pl="lg">
              <PlanForm plan={plan} onChange={(p) => onPlan({ ...plan, ...p })} />
            </Paper>
            <SaveBar plan={plan} unit={unit} onUnit={onUnit} onSaved={saved} registered={registered !== null} />
          </Stack>
        </div>
        {entry.saveError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />}>
            {entry.saveError}
          </Alert>
        )}
      </Stack>
    </HighlightProvider>
  );
}
