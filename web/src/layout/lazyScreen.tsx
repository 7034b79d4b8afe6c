// Screens are loaded on first visit, so signing in downloads only the login page and the app shell.
import { lazy, Suspense, type ComponentType } from 'react';
import { Center, Group, Loader, Text } from '@mantine/core';

/**
 * A screen from a module that exports it by name (`lazyScreen(() => import('./UnitsPage'), 'UnitsPage')`).
 * Each screen gets its own Suspense boundary, mounted anew when the route changes screens: navigations run
 * as transitions, which would keep the previous screen on view with no sign of progress, but a boundary
 * mounted by the transition shows its loading state at once.
 */
export function lazyScreen<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K): ComponentType {
  const Lazy = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  function Screen() {
    return (
      <Suspense fallback={<ScreenLoading />}>
        <Lazy />
      </Suspense>
    );
  }
  Screen.displayName = `Screen(${name})`;
  return Screen;
}

export function ScreenLoading() {
  return (
    <Center py="xl" role="status" data-testid="screen-loading">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          Đang tải…
        </Text>
      </Group>
    </Center>
  );
}
