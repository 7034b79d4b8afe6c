import { Link } from 'react-router';
import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconEye, IconRefresh } from '@tabler/icons-react';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Save buttons, unsaved state, and what went wrong (missing fields, a concurrent save). */
export function SaveBox({
  isNew,
  dirty,
  saving,
  error,
  problems,
  planId,
  onSave,
  onSaveAndView,
  onReload,
  reloading,
}: {
  isNew: boolean;
  dirty: boolean;
  saving: boolean;
  error: unknown;
  problems: string[];
  planId: number | null;
  onSave: () => void;
  onSaveAndView: () => void;
  onReload: () => void;
  reloading: boolean;
}) {
  const conflict = error instanceof ApiError && error.code === 'version_conflict';
  const notEditable = error instanceof ApiError && error.code === 'plan_not_editable';
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {isNew ? 'Kế hoạch mới' : 'Dự thảo'}
      </Text>
      <Text size="xs" c={dirty ? 'orange.8' : 'dimmed'} data-testid="save-state">
        {isNew ? 'Chưa lưu' : dirty ? 'Có thay đổi chưa lưu' : 'Đã lưu mọi thay đổi'}
      </Text>
      <Button leftSection={<IconDeviceFloppy size={16} />} onClick={onSave} loading={saving} disabled={!isNew && !dirty} title="Ctrl+S">
        Lưu dự thảo
      </Button>
      <Button variant="default" leftSection={<IconEye size={16} />} onClick={onSaveAndView} disabled={saving}>
        {dirty || isNew ? 'Lưu và xem văn bản' : 'Xem văn bản'}
      </Button>
      <Text size="xs" c="dimmed">
        Phím tắt: Ctrl+S để lưu.
      </Text>
      {problems.length > 0 && (
        <Alert color="orange" p="xs" title="Cần bổ sung" role="alert" data-testid="editor-problems">
          <List size="xs" spacing={2}>
            {problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {conflict ? (
        <Alert color="red" p="xs" icon={<IconAlertTriangle size={16} />} title="Không lưu được" role="alert" data-testid="version-conflict">
          <Text size="xs" mb={6}>
            Trong lúc bạn soạn, người khác đã lưu kế hoạch này. Thay đổi của bạn chưa được lưu. Tải lại để xem bản mới
            nhất (những gì bạn vừa sửa sẽ bị bỏ), rồi sửa tiếp.
          </Text>
          <Group>
            <Button size="xs" color="red" variant="light" leftSection={<IconRefresh size={14} />} onClick={onReload} loading={reloading}>
              Tải lại bản mới nhất
            </Button>
          </Group>
        </Alert>
      ) : notEditable && planId !== null ? (
        <Alert color="red" p="xs" title="Không lưu được" role="alert">
          <Text size="xs">
            {(error as ApiError).message}{' '}
            <Anchor component={Link} to={`/ke-hoach/${planId}`} size="xs">
              Xem kế hoạch
            </Anchor>
          </Text>
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
    </Stack>
  );
}
