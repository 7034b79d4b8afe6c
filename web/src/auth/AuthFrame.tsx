import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';

/** Centered card used by the sign-in, invitation and password pages. */
export function AuthFrame({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="gray.1">
      <Box w="100%" maw={420}>
        <Group gap="sm" justify="center" mb="lg">
          <ThemeIcon size={44} radius="md" color="red.8" variant="filled">
            <IconSpeakerphone size={26} />
          </ThemeIcon>
          <Stack gap={0}>
            <Text fw={700} size="lg" c="red.9" lh={1.2}>
              Tuyên truyền
            </Text>
            <Text size="xs" c="dimmed">
              Kế hoạch, điều phối và báo cáo công tác tuyên truyền
            </Text>
          </Stack>
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={2} size="h3" mb={subtitle ? 4 : 'md'}>
            {title}
          </Title>
          {subtitle && (
            <Text size="sm" c="dimmed" mb="md">
              {subtitle}
            </Text>
          )}
          {children}
        </Paper>
      </Box>
    </Center>
  );
}
