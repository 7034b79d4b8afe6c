import { Alert, Button } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useSession } from '../../api/auth';
import { errorMessage } from '../../lib/notify';

/** The unit of the page cannot be shown (no right to it, or it does not exist): say so once, offer the user's own. */
export function UnitError({ error, onUnit }: { error: unknown; onUnit: (id: number) => void }) {
  const { roots } = useSession();
  const home = roots[0];
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} title="Không mở được đơn vị này" role="alert">
      {errorMessage(error)}
      {home && (
        <Button mt="sm" size="xs" variant="light" color="red" display="block" onClick={() => onUnit(home.id)}>
          Về {home.name}
        </Button>
      )}
    </Alert>
  );
}
