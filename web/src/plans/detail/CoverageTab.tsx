import { Link } from 'react-router';
import { Alert, Anchor, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { errorMessage } from '../../lib/notify';
import { useCoverage } from '../api';
import { channelLabel } from '../labels';
import type { PlanDetail } from '../types';

/** What of the parent plan this implementing plan does not (yet) cover. */
export function CoverageTab({ plan }: { plan: PlanDetail }) {
  const q = useCoverage(plan.id, true);
  if (q.isPending) return <Skeleton h={200} />;
  if (q.isError) {
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />}>
        {errorMessage(q.error)}
      </Alert>
    );
  }
  const { parent, complete, missing } = q.data;
  const groups: { title: string; items: string[] }[] = [
    { title: 'Nội dung tuyên truyền', items: missing.themes },
    { title: 'Các đợt', items: missing.phases },
    { title: 'Hình thức', items: missing.channels.map(channelLabel) },
    { title: 'Khẩu hiệu', items: missing.slogans },
    { title: 'Ngày kỷ niệm', items: missing.anniversaries },
    {
      title: 'Chỉ tiêu thấp hơn cấp trên',
      items: missing.targets.map(
        (t) =>
          `${channelLabel(t.channel)}: cấp trên ${t.parent.toLocaleString('vi-VN')} ${t.measure}, kế hoạch này ${
            t.child === null ? 'chưa đặt chỉ tiêu (cùng cách tính)' : `${t.child.toLocaleString('vi-VN')} ${t.measure}`
          }`,
      ),
    },
  ].filter((g) => g.items.length > 0);

  return (
    <Paper withBorder p="md" data-testid="coverage">
      <Text size="sm" mb="sm">
        Đối chiếu với {parent.kind === 'HD' ? 'Hướng dẫn' : 'Kế hoạch'}{' '}
        <Anchor component={Link} to={`/ke-hoach/${parent.id}`}>
          số {parent.number}
        </Anchor>{' '}
        của {parent.issuerName}.
      </Text>
      {complete ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Đã bao quát đầy đủ">
          Kế hoạch này có đủ nội dung, các đợt, hình thức, khẩu hiệu, ngày kỷ niệm và chỉ tiêu của kế hoạch cấp trên.
        </Alert>
      ) : (
        <Stack gap="md">
          <Alert color="orange" icon={<IconAlertCircle size={18} />} title="Chưa bao quát hết kế hoạch cấp trên">
            Những mục dưới đây có trong kế hoạch cấp trên nhưng chưa có (hoặc thấp hơn) trong kế hoạch này.
          </Alert>
          {groups.map((g) => (
            <div key={g.title}>
              <Title order={4} size="h6" mb={4}>
                {g.title} ({g.items.length})
              </Title>
              <List size="sm" spacing={2}>
                {g.items.map((i) => (
                  <List.Item key={i}>{i}</List.Item>
                ))}
              </List>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
