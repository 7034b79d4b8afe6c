import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Skeleton, Switch, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/notify';
import { useRecipients } from '../api';
import { statusLabel } from '../labels';
import type { Counts, PlanDetail, RecipientStatus } from '../types';

/** Who received the plan: opened or not, its implementing plan, late — and the same rolled up below it. */
export function RecipientsTab({ plan }: { plan: PlanDetail }) {
  const q = useRecipients(plan.id, true);
  const [lateOnly, setLateOnly] = useState(false);
  if (q.isPending) return <Skeleton h={300} />;
  if (q.isError) {
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />}>
        {errorMessage(q.error)}
      </Alert>
    );
  }
  const { totals, items } = q.data;
  const shown = lateOnly ? items.filter((r) => r.late || r.subtree.late > 0) : items;
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb="md" data-testid="recipient-totals">
        <Stat label="Phải xây dựng kế hoạch" value={totals.expected} testId="total-expected" />
        <Stat label="Đã mở văn bản" value={totals.opened} of={items.length} testId="total-opened" />
        <Stat label="Đã ban hành kế hoạch" value={totals.issued} of={totals.expected} color="teal" testId="total-issued" />
        <Stat label="Chậm" value={totals.late} color={totals.late ? 'red' : undefined} testId="total-late" />
      </SimpleGrid>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {plan.content.implementBy
            ? `Hạn ban hành kế hoạch thực hiện: ${formatDate(plan.content.implementBy)}`
            : 'Kế hoạch không đặt hạn ban hành kế hoạch thực hiện.'}
        </Text>
        <Switch label="Chỉ đơn vị chậm" checked={lateOnly} onChange={(e) => setLateOnly(e.currentTarget.checked)} />
      </Group>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="xs" striped data-testid="recipients-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nơi nhận</Table.Th>
              <Table.Th w={120}>Đã mở</Table.Th>
              <Table.Th w={230}>Kế hoạch thực hiện</Table.Th>
              <Table.Th w={250}>
                <Tooltip label="Các đơn vị cấp dưới nhận kế hoạch thực hiện của đơn vị này: phải xây dựng kế hoạch, đã mở, đã ban hành, chậm" withArrow multiline w={280}>
                  <span>Đơn vị cấp dưới</span>
                </Tooltip>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Row key={r.recipientId} r={r} />
            ))}
            {shown.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed" ta="center" py="md">
                    {lateOnly ? 'Không có đơn vị nào chậm.' : 'Kế hoạch chưa có nơi nhận.'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Row({ r }: { r: RecipientStatus }) {
  const impl = r.implementingPlan;
  const issued = impl && (impl.status === 'issued' || impl.status === 'closed');
  return (
    <Table.Tr data-late={r.late || undefined} data-testid="recipient-row" className={r.late ? 'tt-row-late' : undefined}>
      <Table.Td>
        <Text size="sm" fw={500} c={r.late ? 'red.8' : undefined}>
          {r.label}
        </Text>
        <Group gap={4}>
          {r.mustImplement && <Text size="xs" c="dimmed">Phải xây dựng kế hoạch thực hiện</Text>}
          {r.late && (
            <Badge color="red" size="xs" leftSection={<IconClock size={10} />}>
              Chậm
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        {r.openedAt ? (
          <Text size="sm">{formatDate(r.openedAt)}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            Chưa mở
          </Text>
        )}
      </Table.Td>
      <Table.Td data-testid="implementing-plan">
        {issued && impl ? (
          <Group gap={4} wrap="nowrap">
            <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" />
            <Anchor component={Link} to={`/ke-hoach/${impl.id}`} size="sm" fw={600}>
              {impl.number}
            </Anchor>
            <Text size="sm" c="dimmed">
              ngày {formatDate(impl.issuedOn)}
            </Text>
          </Group>
        ) : impl ? (
          <Text size="sm" c={r.late ? 'red.8' : 'dimmed'}>
            Chưa ban hành{' '}
            <Anchor component={Link} to={`/ke-hoach/${impl.id}`} size="xs">
              ({statusLabel(impl.status).toLowerCase()})
            </Anchor>
          </Text>
        ) : r.mustImplement ? (
          <Text size="sm" c={r.late ? 'red.8' : 'dimmed'} fw={r.late ? 600 : undefined}>
            Chưa ban hành
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <SubtreeCounts c={r.subtree} />
      </Table.Td>
    </Table.Tr>
  );
}

function SubtreeCounts({ c }: { c: Counts }) {
  if (c.expected === 0 && c.opened === 0 && c.issued === 0 && c.late === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Group gap={4} data-testid="subtree-counts">
      <Badge variant="light" color="gray" size="sm" title="Phải xây dựng kế hoạch">
        Phải XD {c.expected}
      </Badge>
      <Badge variant="light" color="blue" size="sm" title="Đã mở">
        Mở {c.opened}
      </Badge>
      <Badge variant="light" color="teal" size="sm" title="Đã ban hành">
        BH {c.issued}
      </Badge>
      {c.late > 0 && (
        <Badge variant="filled" color="red" size="sm" title="Chậm">
          Chậm {c.late}
        </Badge>
      )}
    </Group>
  );
}

function Stat({ label, value, of, color, testId }: { label: string; value: number; of?: number; color?: string; testId: string }) {
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={testId}>
        {value}
        {of !== undefined && (
          <Text span size="sm" c="dimmed" fw={400}>
            {' '}
            / {of}
          </Text>
        )}
      </Text>
    </Paper>
  );
}
