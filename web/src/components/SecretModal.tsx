import { ActionIcon, Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconInfoCircle } from '@tabler/icons-react';

export interface Secret {
  title: string;
  intro: string;
  label: string;
  value: string;
}

/** Shows a one-time secret (invitation link, temporary password) with a copy button. */
export function SecretModal({ secret, onClose }: { secret: Secret | null; onClose: () => void }) {
  return (
    <Modal opened={secret !== null} onClose={onClose} title={secret?.title} size="lg" closeOnClickOutside={false}>
      {secret && (
        <Stack gap="sm">
          <Text size="sm">{secret.intro}</Text>
          <Text size="sm" fw={600}>
            {secret.label}
          </Text>
          <Group gap="xs" wrap="nowrap" align="center">
            <Code block className="tt-secret" style={{ flex: 1, fontSize: 15 }} data-testid="secret-value">
              {secret.value}
            </Code>
            <CopyButton value={secret.value}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Đã sao chép' : 'Sao chép'} withArrow>
                  <ActionIcon variant="light" color={copied ? 'teal' : 'gray'} size="lg" onClick={copy} aria-label="Sao chép">
                    {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          <Alert color="yellow" icon={<IconInfoCircle size={18} />}>
            Thông tin này chỉ hiển thị một lần. Hãy chuyển cho người dùng qua kênh an toàn.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              Đã ghi lại
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
