import { useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, Paper, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconFileText, IconListCheck, IconUsersGroup } from '@tabler/icons-react';
import { useSession } from '../../api/auth';
import { formatDate, formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/notify';
import { usePageTitle } from '../../lib/title';
import { ownUnitIds } from '../access';
import { markOpened, usePlan } from '../api';
import { StatusBadge } from '../components/StatusBadge';
import { formatPeriod } from '../dates';
import { KIND_NAMES } from '../labels';
import type { PlanDetail } from '../types';
import { CoverageTab } from './CoverageTab';
import { PlanActions } from './PlanActions';
import { PlanDocument } from './PlanDocument';
import { RecipientsTab } from './RecipientsTab';

/** /ke-hoach/:planId */
export function PlanDetailPage() {
  const id = Number(useParams().planId);
  const q = usePlan(Number.isInteger(id) && id > 0 ? id : null);
  usePageTitle(q.data ? `${KIND_NAMES[q.data.kind]} ${q.data.number ?? '(dự thảo)'}` : 'Kế hoạch');
  if (q.isPending) {
    return (
      <Stack>
        <Skeleton h={120} />
        <Skeleton h={400} />
      </Stack>
    );
  }
  if (q.isError) {
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />} title="Không mở được kế hoạch">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(q.error)}</Text>
          <Button size="xs" variant="light" component={Link} to="/ke-hoach">
            Về danh sách kế hoạch
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <PlanView plan={q.data} />;
}

function PlanView({ plan: p }: { plan: PlanDetail }) {
  const [params, setParams] = useSearchParams();
  const issued = p.status === 'issued' || p.status === 'closed';
  useMarkOpened(p);
  const tab = params.get('tab') ?? 'van-ban';
  return (
    <Stack gap="md">
      <Paper withBorder p="lg">
        <Breadcrumbs separator="›" mb="xs">
          <Anchor component={Link} to="/ke-hoach" size="sm">
            Kế hoạch
          </Anchor>
          <Text size="sm" c="dimmed">
            {p.number ?? 'Dự thảo'}
          </Text>
        </Breadcrumbs>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={700} size="lg" c={p.number ? 'red.9' : 'dimmed'} data-testid="plan-number">
                {p.number ? `Số ${p.number}` : 'Dự thảo (chưa có số)'}
              </Text>
              <StatusBadge status={p.status} size="md" />
              {p.amendsPlanId !== null && (
                <Badge variant="outline" color="orange">
                  Sửa đổi, bổ sung
                </Badge>
              )}
            </Group>
            <Title order={2} size="h3" lh={1.35}>
              <Text span inherit c="dimmed" fw={500}>
                {KIND_NAMES[p.kind]}{' '}
              </Text>
              {p.title}
            </Title>
            <Group gap="lg" c="dimmed">
              <Text size="sm">
                Đơn vị ban hành: <b>{p.issuerName}</b>
              </Text>
              {p.issuedOn && <Text size="sm">Ngày ban hành: {formatDate(p.issuedOn)}</Text>}
              {(p.periodStart || p.periodEnd) && <Text size="sm">Thực hiện: {formatPeriod(p.periodStart, p.periodEnd)}</Text>}
              {!issued && <Text size="sm">Cập nhật: {formatDateTime(p.updatedAt)}</Text>}
            </Group>
            {p.parent && (
              <Text size="sm">
                Thực hiện {KIND_NAMES[p.parent.kind].toLowerCase()}{' '}
                <Anchor component={Link} to={`/ke-hoach/${p.parent.id}`}>
                  số {p.parent.number}
                </Anchor>{' '}
                của {p.parent.issuerName}
              </Text>
            )}
            {p.amendsPlanId !== null && (
              <Text size="sm">
                Sửa đổi, bổ sung{' '}
                <Anchor component={Link} to={`/ke-hoach/${p.amendsPlanId}`}>
                  văn bản đã ban hành
                </Anchor>
              </Text>
            )}
          </Stack>
        </Group>
        <PlanActions plan={p} />
      </Paper>

      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'van-ban' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="van-ban" leftSection={<IconFileText size={16} />}>
            Văn bản
          </Tabs.Tab>
          {issued && (
            <Tabs.Tab value="noi-nhan" leftSection={<IconUsersGroup size={16} />}>
              Nơi nhận và triển khai
            </Tabs.Tab>
          )}
          {p.parentPlanId !== null && (
            <Tabs.Tab value="bao-quat" leftSection={<IconListCheck size={16} />}>
              Bao quát kế hoạch cấp trên
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="van-ban" pt="md">
          <PlanDocument plan={p} />
        </Tabs.Panel>
        {issued && (
          <Tabs.Panel value="noi-nhan" pt="md">
            <RecipientsTab plan={p} />
          </Tabs.Panel>
        )}
        {p.parentPlanId !== null && (
          <Tabs.Panel value="bao-quat" pt="md">
            <CoverageTab plan={p} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

/**
 * A recipient unit's member viewing an issued plan records that it was opened (once per view).
 * Only for the units the user belongs to directly, so a higher level reading its own plan marks nothing.
 */
function useMarkOpened(p: PlanDetail) {
  const me = useSession();
  const done = useRef<number | null>(null);
  const own = ownUnitIds(me);
  const issued = p.status === 'issued' || p.status === 'closed';
  const mine = issued && p.content.recipients.some((r) => r.unitId !== null && own.has(r.unitId));
  useEffect(() => {
    if (!mine || done.current === p.id) return;
    done.current = p.id;
    markOpened(p.id).catch(() => undefined);
  }, [mine, p.id]);
}
