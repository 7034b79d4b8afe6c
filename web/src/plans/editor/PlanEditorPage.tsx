import { Link, useParams, useSearchParams } from 'react-router';
import { Alert, Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useSession } from '../../api/auth';
import { useUnit } from '../../api/units';
import { errorMessage } from '../../lib/notify';
import { usePageTitle } from '../../lib/title';
import { editableRoots } from '../access';
import { usePlan } from '../api';
import { KIND_NAMES } from '../labels';
import { PlanEditor } from './PlanEditor';

function parseId(raw: string | null | undefined): number | null {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** /ke-hoach/moi?donVi=ID and /ke-hoach/:planId/sua */
export function PlanEditorPage() {
  const planId = parseId(useParams().planId);
  return planId === null ? <NewPlan /> : <EditPlan id={planId} />;
}

function Header({ title, planId }: { title: string; planId: number | null }) {
  return (
    <Stack gap={4} mb="sm">
      <Breadcrumbs separator="›">
        <Anchor component={Link} to="/ke-hoach" size="sm">
          Kế hoạch
        </Anchor>
        {planId !== null && (
          <Anchor component={Link} to={`/ke-hoach/${planId}`} size="sm">
            Văn bản
          </Anchor>
        )}
        <Text size="sm" c="dimmed">
          {planId === null ? 'Tạo mới' : 'Soạn thảo'}
        </Text>
      </Breadcrumbs>
      <Title order={2} size="h3">
        {title}
      </Title>
    </Stack>
  );
}

function NewPlan() {
  usePageTitle('Tạo kế hoạch');
  const me = useSession();
  const requested = parseId(useSearchParams()[0].get('donVi'));
  const unit = useUnit(requested);
  const fallback = editableRoots(me)[0] ?? null;
  if (requested !== null && unit.isPending) return <Skeleton h={300} />;
  const issuer = unit.data?.canEdit ? { id: unit.data.id, name: unit.data.name } : fallback;
  return (
    <>
      <Header title="Tạo kế hoạch, hướng dẫn" planId={null} />
      {issuer === null ? (
        <Alert color="yellow" title="Chưa có quyền soạn thảo">
          Bạn cần vai trò Biên tập trở lên tại một đơn vị để tạo kế hoạch.
        </Alert>
      ) : (
        <PlanEditor plan={null} issuer={issuer} />
      )}
    </>
  );
}

function EditPlan({ id }: { id: number }) {
  const q = usePlan(id);
  usePageTitle(q.data ? `Sửa: ${q.data.title}` : 'Sửa kế hoạch');
  if (q.isPending) {
    return (
      <Stack>
        <Skeleton h={30} w="50%" />
        <Skeleton h={300} />
      </Stack>
    );
  }
  if (q.isError) {
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />} title="Không mở được kế hoạch">
        {errorMessage(q.error)}
      </Alert>
    );
  }
  const p = q.data;
  const blocked = p.status !== 'draft' ? 'Chỉ sửa được kế hoạch ở trạng thái dự thảo.' : !p.permissions.edit ? 'Bạn không có quyền sửa kế hoạch này.' : null;
  return (
    <>
      <Header title={`${KIND_NAMES[p.kind]} ${p.title}`} planId={p.id} />
      {blocked ? (
        <Alert color="yellow" title="Không sửa được">
          <Group gap="sm">
            <Text size="sm">{blocked}</Text>
            <Button size="xs" variant="light" component={Link} to={`/ke-hoach/${p.id}`}>
              Xem kế hoạch
            </Button>
          </Group>
        </Alert>
      ) : (
        <PlanEditor key={p.id} plan={p} issuer={null} />
      )}
    </>
  );
}
