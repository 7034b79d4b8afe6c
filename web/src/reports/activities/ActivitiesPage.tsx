import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconList, IconTable } from '@tabler/icons-react';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifySuccess } from '../../lib/notify';
import { usePageTitle } from '../../lib/title';
import { useActivities, useDeleteActivity, type ActivityFilters } from '../api/activities';
import type { Activity } from '../api/types';
import { ScopeHeader } from '../common/ScopeHeader';
import { UnitError } from '../common/UnitError';
import { useUnitParam } from '../common/useUnitParam';
import { ActivityFiltersBar, emptyActivityFilters } from './ActivityFilters';
import { ActivityTable, type ActivityAction } from './ActivityTable';
import { BulkEntryGrid } from './BulkEntryGrid';
import { EditActivityModal } from './EditActivityModal';
import { EvidenceModal } from './EvidenceModal';
import { useReportingContext, type ReportingContext } from './useReportingContext';

/** /ket-qua?unit=ID — what a unit carried out: the list, and the bulk-entry grid. */
export function ActivitiesPage() {
  const { unitId, unit, setUnit, params, setParams } = useUnitParam();
  usePageTitle(unit.data ? `Kết quả thực hiện · ${unit.data.name}` : 'Kết quả thực hiện');
  const ctx = useReportingContext(unit.data ? unitId : null);
  const tab = params.get('tab') === 'nhap' ? 'nhap' : 'ds';
  const setTab = (t: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (t === 'nhap') next.set('tab', 'nhap');
      else next.delete('tab');
      return next;
    });

  if (unitId === null) return <Alert color="yellow">Tài khoản chưa được giao vai trò ở đơn vị nào.</Alert>;
  const canEdit = unit.data?.canEdit === true;

  return (
    <Stack gap="md">
      <ScopeHeader title="Kết quả thực hiện" unit={unit.data} failed={unit.isError} onUnit={setUnit} />
      {unit.error && <UnitError error={unit.error} onUnit={setUnit} />}
      {unit.data && (
        <Paper withBorder p="md">
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="ds" leftSection={<IconList size={16} />}>
                Danh sách kết quả
              </Tabs.Tab>
              {canEdit && (
                <Tabs.Tab value="nhap" leftSection={<IconTable size={16} />}>
                  Nhập nhanh (nhiều dòng)
                </Tabs.Tab>
              )}
            </Tabs.List>
            <Tabs.Panel value="ds">
              <ActivityList unitId={unitId} ctx={ctx} canEdit={canEdit} onEnter={() => setTab('nhap')} />
            </Tabs.Panel>
            {canEdit && (
              <Tabs.Panel value="nhap">
                <BulkEntryGrid unitId={unitId} ctx={ctx} canEdit={canEdit} />
              </Tabs.Panel>
            )}
          </Tabs>
        </Paper>
      )}
    </Stack>
  );
}

function ActivityList({ unitId, ctx, canEdit, onEnter }: { unitId: number; ctx: ReportingContext; canEdit: boolean; onEnter: () => void }) {
  const [filters, setFilters] = useState<ActivityFilters>(emptyActivityFilters);
  const list = useActivities(unitId, filters);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const [editing, setEditing] = useState<Activity | null>(null);
  const [evidenceOf, setEvidenceOf] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const remove = useDeleteActivity(unitId);

  const onAction = (a: ActivityAction, activity: Activity) => {
    if (a === 'edit') setEditing(activity);
    else if (a === 'evidence') setEvidenceOf(activity.id);
    else {
      remove.reset();
      setDeleting(activity);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <ActivityFiltersBar value={filters} onChange={setFilters} plans={ctx.plans} />
        {canEdit && (
          <Button variant="light" leftSection={<IconTable size={16} />} onClick={onEnter}>
            Nhập kết quả
          </Button>
        )}
      </Group>
      <ActivityTable items={items} loading={list.isPending} plans={ctx.plans} catalog={ctx.catalog} canEdit={canEdit} onAction={onAction} />
      {list.hasNextPage && (
        <Group justify="center">
          <Button variant="light" loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
            Tải thêm
          </Button>
        </Group>
      )}
      <EditActivityModal activity={editing} unitId={unitId} ctx={ctx} onClose={() => setEditing(null)} />
      <EvidenceModal
        activity={items.find((a) => a.id === evidenceOf) ?? null}
        unitId={unitId}
        canEdit={canEdit}
        onClose={() => setEvidenceOf(null)}
      />
      <ConfirmModal
        opened={deleting !== null}
        title="Xóa kết quả"
        confirmLabel="Xóa"
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              notifySuccess('Đã xóa kết quả.');
            },
          })
        }
      >
        <Text size="sm">
          Xóa kết quả này cùng các tệp minh chứng đính kèm? Báo cáo đã mở trước đó không thay đổi.
        </Text>
      </ConfirmModal>
    </Stack>
  );
}
