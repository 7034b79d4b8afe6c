import { Link } from 'react-router';
import { Alert, Button, Center, Group, Loader, Menu, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useSessionStorage } from '@mantine/hooks';
import { IconAlertCircle, IconCalendarEvent, IconChevronDown, IconFileImport, IconFileText, IconPlus, IconSettings } from '@tabler/icons-react';
import { useSession } from '../api/auth';
import { errorMessage } from '../lib/notify';
import { usePageTitle } from '../lib/title';
import { useCurrentUnit } from '../layout/currentUnit';
import { editableRoots } from './access';
import { usePlans } from './api';
import { emptyPlanFilters, PlanFiltersBar } from './PlanFiltersBar';
import { PlansTable } from './PlansTable';
import type { PlanFilters } from './types';

/** /ke-hoach — plans issued by the user's units or sent to them. */
export function PlansListPage() {
  usePageTitle('Kế hoạch');
  const me = useSession();
  const { unitId } = useCurrentUnit();
  const [filters, setFilters] = useSessionStorage<PlanFilters>({
    key: `tt.planFilters.${me.user.id}`,
    defaultValue: emptyPlanFilters,
    getInitialValueInEffect: false,
  });
  const [debounced] = useDebouncedValue(filters, 300);
  const q = usePlans(debounced);
  const plans = q.data?.pages.flatMap((p) => p.items) ?? [];
  const editable = editableRoots(me);
  const isAdmin = me.user.roles.some((r) => r.role === 'admin');

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start" mb="md">
          <Stack gap={2}>
            <Title order={2} size="h3">
              Kế hoạch, hướng dẫn
            </Title>
            <Text size="sm" c="dimmed">
              Văn bản do đơn vị của bạn ban hành và văn bản cấp trên gửi đến
            </Text>
          </Stack>
          <Group gap="xs">
            <Button component={Link} to="/lich" variant="default" leftSection={<IconCalendarEvent size={16} />}>
              Lịch
            </Button>
            {isAdmin && unitId !== null && (
              <Button component={Link} to={`/ke-hoach/van-ban/${filters.unit?.id ?? unitId}`} variant="default" leftSection={<IconSettings size={16} />}>
                Thiết lập văn bản
              </Button>
            )}
            {editable.length > 0 && (
              <Button component={Link} to="/ke-hoach/nhap" variant="default" leftSection={<IconFileImport size={16} />}>
                Nhập từ văn bản
              </Button>
            )}
            <CreateButton units={editable} preferred={filters.unit?.id ?? unitId} />
          </Group>
        </Group>
        <PlanFiltersBar value={filters} onChange={setFilters} />
      </Paper>

      <Paper withBorder>
        {q.isPending ? (
          <Stack p="md" gap="sm">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} h={36} />
            ))}
          </Stack>
        ) : q.isError ? (
          <Alert m="md" color="red" icon={<IconAlertCircle size={18} />} title="Không tải được danh sách">
            {errorMessage(q.error)}
          </Alert>
        ) : plans.length === 0 ? (
          <Stack align="center" gap={6} p="xl">
            <IconFileText size={36} stroke={1.2} color="var(--mantine-color-gray-5)" />
            <Text c="dimmed" data-testid="plans-empty">
              Không có kế hoạch nào phù hợp.
            </Text>
          </Stack>
        ) : (
          <>
            <PlansTable plans={plans} />
            <Group justify="space-between" px="md" py="sm">
              <Text size="xs" c="dimmed">
                {plans.length} văn bản{q.hasNextPage ? ' (còn nữa)' : ''}
              </Text>
              {q.hasNextPage && (
                <Button variant="light" size="xs" onClick={() => void q.fetchNextPage()} loading={q.isFetchingNextPage}>
                  Xem thêm
                </Button>
              )}
              {q.isFetching && !q.isFetchingNextPage && (
                <Center>
                  <Loader size="xs" />
                </Center>
              )}
            </Group>
          </>
        )}
      </Paper>
    </Stack>
  );
}

function CreateButton({ units, preferred }: { units: { id: number; name: string }[]; preferred: number | null }) {
  if (units.length === 0) return null;
  const first = units.find((u) => u.id === preferred) ?? units[0]!;
  if (units.length === 1) {
    return (
      <Button component={Link} to={`/ke-hoach/moi?donVi=${first.id}`} leftSection={<IconPlus size={16} />}>
        Tạo kế hoạch
      </Button>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button leftSection={<IconPlus size={16} />} rightSection={<IconChevronDown size={14} />}>
          Tạo kế hoạch
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Đơn vị ban hành</Menu.Label>
        {units.map((u) => (
          <Menu.Item key={u.id} component={Link} to={`/ke-hoach/moi?donVi=${u.id}`}>
            {u.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
