import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Anchor, Badge, Breadcrumbs, Button, Divider, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { UnitDetail } from '../api/types';
import { formatDate, kindLabel, ROLE_COLORS, roleLabel } from '../lib/format';
import { errorMessage } from '../lib/notify';
import { KindIcon } from './KindIcon';
import { UnitActions } from './UnitActions';
import { ChildrenList } from './ChildrenList';

export function UnitDetailPanel({ query, showRetired }: { query: UseQueryResult<UnitDetail>; showRetired: boolean }) {
  if (query.isPending) {
    return (
      <Paper withBorder p="lg">
        <Skeleton h={14} w="40%" mb="md" />
        <Skeleton h={28} w="60%" mb="lg" />
        <Skeleton h={80} />
      </Paper>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />} title="Không mở được đơn vị">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(query.error)}</Text>
          <Button size="xs" variant="light" component={Link} to="/don-vi">
            Về đơn vị của tôi
          </Button>
        </Stack>
      </Alert>
    );
  }
  const u = query.data;
  return (
    <Stack gap="md">
      <Paper withBorder p="lg" component="section" aria-labelledby="unit-title">
        <nav aria-label="Đơn vị cấp trên">
        <Breadcrumbs separator="›" mb="xs" style={{ flexWrap: 'wrap' }}>
          {u.ancestors.map((a) => (
            <Anchor key={a.id} component={Link} to={`/don-vi/${a.id}`} size="sm">
              {a.name}
            </Anchor>
          ))}
          <Text size="sm" c="dimmed">
            {u.name}
          </Text>
        </Breadcrumbs>
        </nav>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="nowrap">
              <KindIcon kind={u.kind} size={24} />
              <Title order={2} size="h3" id="unit-title" c={u.retiredAt ? 'dimmed' : undefined}>
                {u.name}
              </Title>
            </Group>
            <Group gap={6}>
              <Badge variant="light" color="blue" data-testid="unit-kind">
                {kindLabel(u.kind)}
              </Badge>
              {u.retiredAt && (
                <Badge variant="filled" color="gray">
                  Đã giải thể ngày {formatDate(u.retiredAt)}
                </Badge>
              )}
            </Group>
          </Stack>
        </Group>
        {u.canAdminister && (
          <>
            <Divider my="md" />
            <UnitActions unit={u} />
          </>
        )}
        <Divider my="md" />
        <dl className="tt-dl">
          <Field label="Mã đơn vị">{u.code ?? <Text span c="dimmed">Chưa có</Text>}</Field>
          {u.shortName && <Field label="Tên viết tắt">{u.shortName}</Field>}
          <Field label="Đơn vị trực thuộc">
            <span data-testid="unit-child-count">{u.childCount}</span>
          </Field>
          <Field label="Người dùng">
            <span data-testid="unit-user-count">{u.userCount}</span>
          </Field>
          <Field label="Vai trò của bạn">
            <Badge variant="dot" color={ROLE_COLORS[u.myRole]} data-testid="unit-my-role">
              {roleLabel(u.myRole)}
            </Badge>
          </Field>
          <Field label="Cập nhật">{formatDate(u.updatedAt)}</Field>
          {u.canAdminister && (
            <Field label="Văn bản">
              <Anchor component={Link} to={`/ke-hoach/van-ban/${u.id}`}>Thiết lập văn bản</Anchor>
            </Field>
          )}
        </dl>
      </Paper>
      {u.childCount > 0 && <ChildrenList unit={u} showRetired={showRetired} />}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
