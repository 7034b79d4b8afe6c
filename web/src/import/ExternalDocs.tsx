// Registering a parsed document as an external (higher-level) document, and the unit's register.
import { Alert, Badge, Button, Group, Modal, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { errorMessage } from '../lib/notify';
import { useExternalDocuments } from './api';
import { formatPartialDate } from './dates';
import { kindName, numberLine } from './labels';
import type { PlanDocument } from './types';
import type { UnitRef } from './UnitChoice';

export function RegisterExternalModal({
  opened,
  plan,
  unit,
  loading,
  error,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  plan: PlanDocument | null;
  unit: UnitRef | null;
  loading: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Đăng ký văn bản cấp trên" size="lg">
      {plan && (
        <Stack gap="sm">
          <Text size="sm">
            Văn bản sau sẽ được đăng ký vào sổ văn bản cấp trên của <b>{unit?.name ?? '…'}</b>, để các kế hoạch của đơn vị và
            đơn vị trực thuộc trích dẫn làm căn cứ. Văn bản không trở thành kế hoạch của đơn vị.
          </Text>
          <Paper withBorder p="sm" bg="gray.0">
            <Text size="sm" fw={600}>
              {kindName(plan.kind)} {numberLine(plan.serial, plan.symbol, true)}
            </Text>
            <Text size="sm">{plan.title}</Text>
            <Text size="xs" c="dimmed" mt={4}>
              {[plan.issuer, plan.date ? `ngày ${formatPartialDate(plan.date)}` : null].filter(Boolean).join(' · ')}
            </Text>
          </Paper>
          {error && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button onClick={onConfirm} loading={loading} disabled={!unit}>
              Đăng ký
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** External documents registered by the unit or the units above it. */
export function ExternalDocsList({ unit, highlightId }: { unit: UnitRef; highlightId?: number | null }) {
  const q = useExternalDocuments(unit.id);
  return (
    <Paper withBorder data-testid="external-docs">
      <Group justify="space-between" px="md" py={8} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Text size="sm" fw={600}>
          Văn bản cấp trên đã đăng ký — {unit.name}
        </Text>
        {q.data && (
          <Text size="xs" c="dimmed">
            {q.data.items.length} văn bản
          </Text>
        )}
      </Group>
      {q.isPending ? (
        <Stack p="md" gap={6}>
          <Skeleton h={24} />
          <Skeleton h={24} />
        </Stack>
      ) : q.isError ? (
        <Alert m="md" color="red">
          {errorMessage(q.error)}
        </Alert>
      ) : q.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" p="md">
          Chưa có văn bản nào.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560} mah={320}>
          <Table striped fz="sm" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>Số, ký hiệu</Table.Th>
                <Table.Th w={100}>Ngày</Table.Th>
                <Table.Th>Trích yếu</Table.Th>
                <Table.Th>Cơ quan ban hành</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((d) => (
                <Table.Tr key={d.id} data-new={d.id === highlightId || undefined}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{numberLine(d.serial, d.symbol) || kindName(d.kind)}</Text>
                      {d.id === highlightId && (
                        <Badge size="xs" color="teal">
                          Mới
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatPartialDate(d.issuedOn)}</Table.Td>
                  <Table.Td>
                    {kindName(d.kind)} {d.title}
                  </Table.Td>
                  <Table.Td>{d.issuer ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
