import { Component, type ReactNode } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';

interface Props {
  /** Another value (the path) clears the error: the person went to another page. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: string;
}

/**
 * What a screen that failed shows, inside the app shell so the menu still works. A screen's code that no
 * longer loads usually means a new version was deployed (the old files are gone) or the connection dropped;
 * React keeps the failed import, so only reloading the page fetches it again.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const notLoaded = isLoadFailure(error);
    return (
      <Alert
        color={notLoaded ? 'yellow' : 'red'}
        icon={<IconAlertTriangle size={18} />}
        title={notLoaded ? 'Không tải được trang này' : 'Trang này gặp lỗi'}
        maw={640}
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            {notLoaded
              ? 'Có thể ứng dụng vừa được cập nhật phiên bản mới hoặc kết nối mạng bị gián đoạn. Vui lòng tải lại trang.'
              : 'Đã xảy ra lỗi khi hiển thị trang. Vui lòng tải lại trang; nếu lỗi vẫn còn, hãy báo cho quản trị hệ thống.'}
          </Text>
          <Button size="xs" leftSection={<IconRefresh size={16} />} onClick={() => window.location.reload()}>
            Tải lại trang
          </Button>
        </Stack>
      </Alert>
    );
  }
}

/** The messages browsers (Chromium, Firefox, Safari) and Vite's preloading give when a code file fails to load. */
function isLoadFailure(error: Error): boolean {
  return /dynamically imported module|module script failed|unable to preload/i.test(error.message);
}
