import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import dayjs from 'dayjs';
import { emptyAuditFilters, useAudit, type AuditFilters } from '../api/audit';
import { useUnit } from '../api/units';
import { useCurrentUnit } from '../layout/currentUnit';
import { parseId } from '../units/UnitsPage';
import { UnitScopeHeader } from '../components/UnitScopeHeader';
import { AuditFiltersBar } from './AuditFiltersBar';
import { AuditTable } from './AuditTable';
import { usePageTitle } from '../lib/title';

/** /nhat-ky/:unitId — what was done in the unit's subtree, newest first (administrators). */
export function AuditPage() {
  const unitId = parseId(useParams().unitId) ?? 0;
  const unit = useUnit(unitId);
  const { setUnitId } = useCurrentUnit();
  usePageTitle(unit.data ? `Nhật ký · ${unit.data.name}` : 'Nhật ký');
  useEffect(() => {
    if (unit.isSuccess) setUnitId(unitId);
  }, [unit.isSuccess, unitId, setUnitId]);
  const allowed = unit.data?.canAdminister === true;

  return (
    <Stack gap="md">
      <UnitScopeHeader title="Nhật ký hoạt động" unit={unit.data} section="nhat-ky" />
      {unit.data && !allowed && (
        <Alert color="yellow" title="Không có quyền">
          Chỉ quản trị của đơn vị mới xem được nhật ký.
        </Alert>
      )}
      {unit.data && allowed && <AuditSection unitId={unit.data.id} />}
    </Stack>
  );
}

function AuditSection({ unitId }: { unitId: number }) {
  const [filters, setFilters] = useState<AuditFilters>(emptyAuditFilters);
  const [debounced] = useDebouncedValue(filters, 350);
  const query: AuditFilters = {
    ...debounced,
    from: debounced.from ? dayjs(debounced.from).startOf('day').toISOString() : null,
    to: debounced.to ? dayjs(debounced.to).endOf('day').toISOString() : null,
  };
  const audit = useAudit(unitId, query);
  const entries = audit.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Paper withBorder p="md">
      <AuditFiltersBar value={filters} onChange={setFilters} />
      <AuditTable entries={entries} loading={audit.isPending} />
      <Group justify="space-between" mt="md">
        <Text size="sm" c="dimmed">
          {audit.isSuccess ? `Đang hiển thị ${entries.length} mục` : ''}
        </Text>
        {audit.hasNextPage && (
          <Button variant="light" loading={audit.isFetchingNextPage} onClick={() => audit.fetchNextPage()}>
            Tải thêm
          </Button>
        )}
      </Group>
    </Paper>
  );
}
