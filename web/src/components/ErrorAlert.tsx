import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { ApiError } from '../api/client';
import { errorMessage } from '../lib/notify';

/** The server's Vietnamese message (and validation issues) inside a form. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const issues = error instanceof ApiError ? error.issues.filter((i) => i.message && i.message !== error.message) : [];
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="error-alert">
      {errorMessage(error)}
      {issues.length > 0 && (
        <List size="sm" mt={4}>
          {issues.map((i, n) => (
            <List.Item key={n}>{i.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
