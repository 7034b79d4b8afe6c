import { Link, useNavigate } from 'react-router';
import { Anchor, Table, Text } from '@mantine/core';
import { formatDate } from '../lib/format';
import { StatusBadge } from './components/StatusBadge';
import { formatPeriod } from './dates';
import { KIND_NAMES } from './labels';
import type { PlanSummary } from './types';

export function PlansTable({ plans }: { plans: PlanSummary[] }) {
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="plans-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>Số, ký hiệu</Table.Th>
            <Table.Th>Trích yếu</Table.Th>
            <Table.Th w={220}>Đơn vị ban hành</Table.Th>
            <Table.Th w={125}>Ngày ban hành</Table.Th>
            <Table.Th w={200}>Thời gian thực hiện</Table.Th>
            <Table.Th w={120}>Trạng thái</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((p) => (
            <Table.Tr
              key={p.id}
              data-plan-id={p.id}
              style={{ cursor: 'pointer' }}
              onClick={(e) => {
                if ((e.target as HTMLElement).closest('a')) return;
                navigate(`/ke-hoach/${p.id}`);
              }}
            >
              <Table.Td>
                {p.number ? (
                  <Text size="sm" fw={600} data-testid="plan-row-number">
                    {p.number}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed" fs="italic" data-testid="plan-row-number">
                    Dự thảo
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/ke-hoach/${p.id}`} size="sm" c="dark.7" fw={500} className="tt-plan-title-link">
                  <Text span size="xs" c="dimmed" tt="uppercase" fw={600} mr={6}>
                    {KIND_NAMES[p.kind]}
                  </Text>
                  {p.title}
                </Anchor>
                {p.amendsPlanId !== null && (
                  <Text size="xs" c="orange.8">
                    Văn bản sửa đổi, bổ sung
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.issuerName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(p.issuedOn)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatPeriod(p.periodStart, p.periodEnd)}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={p.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
