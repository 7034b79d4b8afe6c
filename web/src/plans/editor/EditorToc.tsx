import type { ReactNode } from 'react';
import { NavLink, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheckFilled, IconCircleDashed } from '@tabler/icons-react';
import { SECTIONS, type SectionId } from './sections';

/** Table of contents of the editor with what is filled in; jumping opens the section. */
export function EditorToc({
  filled,
  onJump,
  children,
}: {
  filled: Record<SectionId, boolean>;
  onJump: (id: SectionId) => void;
  children: ReactNode;
}) {
  return (
    <Stack gap="sm" className="tt-editor-aside">
      <Paper withBorder p="sm">{children}</Paper>
      <Paper withBorder p={6} component="nav" aria-label="Mục lục kế hoạch" visibleFrom="md">
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" px={8} py={4}>
          Mục lục
        </Text>
        {SECTIONS.map((s) => (
          <NavLink
            key={s.id}
            href={`#${s.id}`}
            onClick={(e) => {
              e.preventDefault();
              onJump(s.id);
            }}
            label={`${s.number}. ${s.title}`}
            leftSection={
              filled[s.id] ? (
                <IconCircleCheckFilled size={14} color="var(--mantine-color-teal-6)" aria-label="đã có nội dung" />
              ) : (
                <IconCircleDashed size={14} color="var(--mantine-color-gray-5)" aria-label="chưa có nội dung" />
              )
            }
            styles={{ label: { fontSize: 13 } }}
            py={4}
          />
        ))}
      </Paper>
    </Stack>
  );
}
