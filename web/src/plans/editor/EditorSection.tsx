import type { ReactNode } from 'react';
import { Badge, Collapse, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';

/** A collapsible part of the editor; its id is the anchor the table of contents jumps to. */
export function EditorSection({
  id,
  number,
  title,
  hint,
  count,
  opened,
  onToggle,
  children,
}: {
  id: string;
  number: string;
  title: string;
  hint?: string;
  count?: number;
  opened: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <Paper withBorder id={id} component="section" aria-labelledby={`${id}-h`} className="tt-editor-section">
      <UnstyledButton
        onClick={onToggle}
        aria-expanded={opened}
        aria-controls={`${id}-body`}
        className="tt-editor-section-head"
        id={`${id}-h`}
      >
        <Group justify="space-between" wrap="nowrap" px="md" py="sm">
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} c="red.9" w={26}>
              {number}
            </Text>
            <div>
              <Text fw={600} tt="uppercase" size="sm" lh={1.3}>
                {title}
              </Text>
              {hint && (
                <Text size="xs" c="dimmed">
                  {hint}
                </Text>
              )}
            </div>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {count !== undefined && count > 0 && (
              <Badge variant="light" color="gray" size="sm">
                {count}
              </Badge>
            )}
            <IconChevronDown
              size={18}
              style={{ transform: opened ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }}
            />
          </Group>
        </Group>
      </UnstyledButton>
      <Collapse expanded={opened} id={`${id}-body`}>
        <div className="tt-editor-section-body">{children}</div>
      </Collapse>
    </Paper>
  );
}
