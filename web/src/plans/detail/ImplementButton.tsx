import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { IconFilePlus } from '@tabler/icons-react';
import { useSession } from '../../api/auth';
import { ApiError, get } from '../../api/client';
import type { UnitDetail } from '../../api/types';
import { unitKeys } from '../../api/units';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../lib/notify';
import { editableRoots, ownEditableIds } from '../access';
import { useDeriveDraft } from '../api';
import { foldedFilter } from '../text';
import type { PlanDetail } from '../types';

/**
 * "Xây dựng kế hoạch thực hiện" for the recipient units the user may write for: the new draft starts
 * from this plan's themes, phases, channels… and opens in the editor.
 */
export function ImplementButton({ plan: p }: { plan: PlanDetail }) {
  const navigate = useNavigate();
  const units = useRecipientUnitsICanEditFor(p);
  const derive = useDeriveDraft(p.id);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  if (units.length === 0) return null;

  const start = (unitId: number) =>
    derive.mutate(
      { action: 'implement', unitId },
      {
        onSuccess: (d) => {
          notifySuccess('Đã tạo dự thảo kế hoạch thực hiện.');
          navigate(`/ke-hoach/${d.id}/sua`);
        },
        onError: () => setOpen(true),
      },
    );
  const existing =
    derive.error instanceof ApiError && derive.error.code === 'already_implementing'
      ? Number((derive.error.details as { planId?: unknown } | undefined)?.planId) || null
      : null;
  const close = () => {
    setOpen(false);
    derive.reset();
  };

  return (
    <>
      <Button
        color="red.8"
        variant={p.permissions.edit ? 'light' : 'filled'}
        leftSection={<IconFilePlus size={16} />}
        loading={derive.isPending && !open}
        onClick={() => (units.length === 1 ? start(units[0]!.id) : setOpen(true))}
      >
        Xây dựng kế hoạch thực hiện
      </Button>
      <Modal opened={open} onClose={close} title="Xây dựng kế hoạch thực hiện" size="lg">
        <Stack gap="sm">
          {units.length > 1 && (
            <>
              <Text size="sm">
                Chọn đơn vị nhận mà bạn xây dựng kế hoạch thực hiện. Dự thảo mới dẫn chiếu kế hoạch này và có sẵn nội dung,
                các đợt, hình thức, khẩu hiệu, ngày kỷ niệm của cấp trên để điều chỉnh cho phù hợp.
              </Text>
              <Select
                label="Đơn vị thực hiện"
                placeholder="Chọn đơn vị"
                searchable
                filter={foldedFilter}
                nothingFoundMessage="Không có đơn vị phù hợp"
                data={units.map((u) => ({ value: String(u.id), label: u.name }))}
                value={chosen}
                onChange={(v) => {
                  setChosen(v);
                  derive.reset();
                }}
              />
            </>
          )}
          {existing !== null ? (
            <Alert color="blue" title="Đã có kế hoạch thực hiện" data-testid="already-implementing">
              <Group gap="sm">
                <Text size="sm">{(derive.error as ApiError).message}</Text>
                <Button size="xs" variant="light" component={Link} to={`/ke-hoach/${existing}`} onClick={close}>
                  Mở kế hoạch thực hiện
                </Button>
              </Group>
            </Alert>
          ) : (
            <ErrorAlert error={derive.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {units.length > 1 ? 'Hủy' : 'Đóng'}
            </Button>
            {units.length > 1 && (
              <Button color="red.8" disabled={!chosen} loading={derive.isPending} onClick={() => chosen && start(Number(chosen))}>
                Tạo dự thảo
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/**
 * Recipient units of an issued plan the user may write for: first those where the user holds an
 * editing role directly; otherwise, the recipients checked one by one (a role applies to the subtree,
 * and the plan does not say where its recipients sit in the tree).
 */
function useRecipientUnitsICanEditFor(p: PlanDetail): { id: number; name: string }[] {
  const me = useSession();
  const issued = p.status === 'issued' || p.status === 'closed';
  const recipients = issued ? p.content.recipients.filter((r) => r.unitId !== null && r.unitId !== p.issuerUnitId) : [];
  const own = ownEditableIds(me);
  const direct = recipients.filter((r) => own.has(r.unitId!));
  const needLookup = direct.length === 0 && editableRoots(me).length > 0;
  const looked = useQueries({
    queries: (needLookup ? recipients.slice(0, 200) : []).map((r) => ({
      queryKey: unitKeys.detail(r.unitId!),
      queryFn: ({ signal }: { signal: AbortSignal }) => get<UnitDetail>(`/units/${r.unitId}`, undefined, signal),
      retry: false,
      staleTime: 5 * 60_000,
      meta: { silent: true },
    })),
  });
  if (direct.length > 0) return direct.map((r) => ({ id: r.unitId!, name: r.label }));
  const editable = new Set(looked.filter((q) => q.data?.canEdit).map((q) => q.data!.id));
  return recipients.filter((r) => editable.has(r.unitId!)).map((r) => ({ id: r.unitId!, name: r.label }));
}
