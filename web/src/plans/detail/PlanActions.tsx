import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Divider, Group, Text } from '@mantine/core';
import { IconCheck, IconCopyPlus, IconLock, IconPencil, IconSend, IconArrowBackUp, IconTrash } from '@tabler/icons-react';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useDeletePlan, useDeriveDraft, useTransition } from '../api';
import type { PlanDetail } from '../types';
import { ExportButtons } from './ExportButtons';
import { ImplementButton } from './ImplementButton';
import { IssueModal, ReturnModal } from './TransitionModals';

type Dialog = 'delete' | 'submit' | 'return' | 'issue' | 'close' | 'amend';

/** What can be done with the plan now, by its status and the user's rights over its issuer. */
export function PlanActions({ plan: p }: { plan: PlanDetail }) {
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const transition = useTransition(p.id);
  const derive = useDeriveDraft(p.id);
  const remove = useDeletePlan(p.id);
  const { edit, approve } = p.permissions;
  const close = () => {
    setDialog(null);
    transition.reset();
    derive.reset();
    remove.reset();
  };
  const run = (action: 'submit' | 'close', message: string) =>
    transition.mutate({ action }, { onSuccess: () => (notifySuccess(message), close()) });

  const main: React.ReactNode[] = [];
  if (p.status === 'draft' && edit) {
    main.push(
      <Button key="edit" component={Link} to={`/ke-hoach/${p.id}/sua`} leftSection={<IconPencil size={16} />}>
        Sửa
      </Button>,
      <Button key="submit" variant="light" leftSection={<IconSend size={16} />} onClick={() => setDialog('submit')}>
        Trình duyệt
      </Button>,
    );
  }
  if (p.status === 'submitted' && approve) {
    main.push(
      <Button key="issue" color="teal" leftSection={<IconCheck size={16} />} onClick={() => setDialog('issue')}>
        Ban hành
      </Button>,
      <Button key="return" variant="light" color="orange" leftSection={<IconArrowBackUp size={16} />} onClick={() => setDialog('return')}>
        Trả lại
      </Button>,
    );
  }
  if (p.status === 'issued' && edit) {
    main.push(
      <Button key="amend" variant="default" leftSection={<IconCopyPlus size={16} />} onClick={() => setDialog('amend')}>
        Sửa đổi, bổ sung
      </Button>,
    );
  }
  if (p.status === 'issued' && approve) {
    main.push(
      <Button key="close" variant="default" leftSection={<IconLock size={16} />} onClick={() => setDialog('close')}>
        Kết thúc
      </Button>,
    );
  }

  return (
    <>
      <Divider my="md" />
      <Group justify="space-between" gap="sm" role="toolbar" aria-label="Thao tác với kế hoạch">
        <Group gap="xs">
          {main}
          <ImplementButton plan={p} />
          {p.status === 'submitted' && !approve && (
            <Text size="sm" c="dimmed">
              Đang chờ lãnh đạo duyệt.
            </Text>
          )}
        </Group>
        <Group gap="xs">
          <ExportButtons planId={p.id} />
          {p.status === 'draft' && edit && (
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
              Xóa dự thảo
            </Button>
          )}
        </Group>
      </Group>

      <ConfirmModal
        opened={dialog === 'submit'}
        title="Trình duyệt kế hoạch"
        confirmLabel="Trình duyệt"
        color="blue"
        loading={transition.isPending}
        error={transition.error}
        onConfirm={() => run('submit', 'Đã trình lãnh đạo duyệt.')}
        onClose={close}
      >
        Sau khi trình, dự thảo không sửa được nữa cho đến khi lãnh đạo trả lại. Kế hoạch phải có người ký.
      </ConfirmModal>
      <ConfirmModal
        opened={dialog === 'close'}
        title="Kết thúc kế hoạch"
        confirmLabel="Kết thúc"
        color="dark"
        loading={transition.isPending}
        error={transition.error}
        onConfirm={() => run('close', 'Kế hoạch đã kết thúc.')}
        onClose={close}
      >
        Kế hoạch chuyển sang “Đã kết thúc”: không sửa đổi, bổ sung được nữa; các đơn vị vẫn xem và báo cáo được.
      </ConfirmModal>
      <ConfirmModal
        opened={dialog === 'amend'}
        title="Sửa đổi, bổ sung kế hoạch"
        confirmLabel="Tạo dự thảo sửa đổi"
        color="blue"
        loading={derive.isPending}
        error={derive.error}
        onConfirm={() =>
          derive.mutate({ action: 'amend' }, { onSuccess: (d) => (close(), navigate(`/ke-hoach/${d.id}/sua`)) })
        }
        onClose={close}
      >
        Văn bản đã ban hành không sửa trực tiếp. Hệ thống tạo một dự thảo mới, chép nội dung hiện tại, để ban hành văn bản
        sửa đổi, bổ sung.
      </ConfirmModal>
      <ConfirmModal
        opened={dialog === 'delete'}
        title="Xóa dự thảo"
        confirmLabel="Xóa"
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => (notifySuccess('Đã xóa dự thảo.'), navigate('/ke-hoach')),
            onError: (e) => notifyError(e),
          })
        }
        onClose={close}
      >
        Xóa hẳn dự thảo “{p.title}”? Không khôi phục được.
      </ConfirmModal>
      <IssueModal opened={dialog === 'issue'} plan={p} mutation={transition} onClose={close} />
      <ReturnModal opened={dialog === 'return'} mutation={transition} onClose={close} />
    </>
  );
}
