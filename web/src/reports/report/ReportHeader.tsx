import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconLock } from '@tabler/icons-react';
import { formatDate, formatDateTime } from '../../lib/format';
import type { Report } from '../api/types';
import { StatusBadge } from '../common/Badges';
import { vnRange } from '../common/dates';
import { periodName } from './draft';

export function ReportHeader({ report, planNumber, actions }: { report: Report; planNumber: string | null; actions: ReactNode }) {
  const overdue = report.status !== 'accepted' && report.status !== 'submitted' && report.late;
  return (
    <Paper withBorder p="md">
      <Anchor component={Link} to={`/bao-cao?unit=${report.unitId}`} size="sm" c="dimmed">
        <Group gap={2} component="span">
          <IconChevronLeft size={14} /> Danh sách báo cáo
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" mt={6} gap="md">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs">
            <Title order={2} size="h3">
              Báo cáo {periodName(report.periodKey)}
            </Title>
            <StatusBadge value={report.status} size="lg" />
            {report.status === 'accepted' && (
              <Badge color="gray" variant="outline" tt="none" leftSection={<IconLock size={12} />} data-testid="locked-badge">
                Đã khóa
              </Badge>
            )}
            {report.status === 'submitted' || report.status === 'accepted' ? (
              report.late ? (
                <Badge color="orange" variant="light" tt="none">
                  Nộp muộn
                </Badge>
              ) : (
                <Badge color="teal" variant="light" tt="none">
                  Đúng hạn
                </Badge>
              )
            ) : overdue ? (
              <Badge color="red" variant="filled" tt="none">
                Quá hạn
              </Badge>
            ) : null}
          </Group>
          <Text fw={600}>{report.unitName}</Text>
          <Text size="sm" c="dimmed" lineClamp={2}>
            Thực hiện Kế hoạch {planNumber ? `số ${planNumber} ` : ''}về {report.planTitle}
          </Text>
          <Group gap="lg" mt={4}>
            <Text size="sm">
              Kỳ báo cáo: <b>{vnRange(report.periodStart, report.periodEnd)}</b>
            </Text>
            <Text size="sm">
              Hạn nộp: <b>{formatDate(report.dueOn)}</b>
            </Text>
            <Text size="sm">
              Mẫu: <b>{report.form.code}</b>
            </Text>
            {report.submittedAt && (
              <Text size="sm">
                Gửi lúc: <b>{formatDateTime(report.submittedAt)}</b>
              </Text>
            )}
            {report.acceptedAt && (
              <Text size="sm">
                Tiếp nhận lúc: <b>{formatDateTime(report.acceptedAt)}</b>
              </Text>
            )}
          </Group>
        </Stack>
        <Group gap="xs">{actions}</Group>
      </Group>
    </Paper>
  );
}
