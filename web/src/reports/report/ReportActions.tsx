import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowBack, IconCheck, IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Report } from '../api/types';
import { periodName } from './draft';

export function ReportActions({
  report,
  editable,
  dirty,
  saving,
  busy,
  error,
  onSave,
  onSubmit,
  onAccept,
  onReturn,
}: {
  report: Report;
  editable: boolean;
  dirty: boolean;
  saving: boolean;
  busy: boolean;
  error: unknown;
  onSave: () => void;
  onSubmit: (done: () => void) => void;
  onAccept: (done: () => void) => void;
  onReturn: (comment: string, done: () => void) => void;
}) {
  const [confirm, setConfirm] = useState<'submit' | 'accept' | null>(null);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const decide = report.permissions.decide && report.status === 'submitted';
  const period = periodName(report.periodKey);

  return (
    <>
      {editable && (
        <>
          <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={onSave} loading={saving} disabled={!dirty}>
            Lưu
          </Button>
          <Button leftSection={<IconSend size={16} />} onClick={() => setConfirm('submit')} disabled={saving}>
            Gửi báo cáo
          </Button>
        </>
      )}
      {decide && (
        <>
          <Button variant="default" color="grape" leftSection={<IconArrowBack size={16} />} onClick={() => setReturning(true)}>
            Trả lại
          </Button>
          <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => setConfirm('accept')}>
            Tiếp nhận
          </Button>
        </>
      )}

      <ConfirmModal
        opened={confirm !== null}
        title={confirm === 'accept' ? 'Tiếp nhận báo cáo' : 'Gửi báo cáo'}
        confirmLabel={confirm === 'accept' ? 'Tiếp nhận' : 'Gửi'}
        color={confirm === 'accept' ? 'teal' : 'blue'}
        loading={busy}
        error={confirm ? error : null}
        onClose={() => setConfirm(null)}
        onConfirm={() => (confirm === 'accept' ? onAccept(() => setConfirm(null)) : onSubmit(() => setConfirm(null)))}
      >
        {confirm === 'accept' ? (
          <>
            Tiếp nhận báo cáo {period} của <b>{report.unitName}</b>? Báo cáo sẽ được khóa và số liệu được cộng ngay vào tổng hợp.
          </>
        ) : (
          <>
            Gửi báo cáo {period} lên cấp trên? {dirty && 'Những thay đổi chưa lưu sẽ được lưu trước. '}Sau khi gửi, báo cáo không sửa
            được trừ khi bị trả lại.
          </>
        )}
      </ConfirmModal>

      <Modal opened={returning} onClose={() => setReturning(false)} title="Trả lại báo cáo">
        <Stack gap="sm">
          <Text size="sm">
            Trả lại báo cáo {period} của <b>{report.unitName}</b> để đơn vị sửa và gửi lại.
          </Text>
          <Textarea
            label="Lý do, nội dung cần sửa"
            required
            autosize
            minRows={3}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            data-autofocus
          />
          <ErrorAlert error={returning ? error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReturning(false)}>
              Hủy
            </Button>
            <Button
              color="grape"
              loading={busy}
              disabled={!comment.trim()}
              onClick={() =>
                onReturn(comment.trim(), () => {
                  setReturning(false);
                  setComment('');
                })
              }
            >
              Trả lại
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
