import { useRef, useState } from 'react';
import { Alert, Anchor, Button, FileButton, Group, Table, Text } from '@mantine/core';
import { IconAlertCircle, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { ConfirmModal } from '../../components/ConfirmModal';
import { errorMessage, notifySuccess } from '../../lib/notify';
import { attachmentUrl, useAttachFiles, useDeleteAttachment, type RefusedFile } from '../api/attachments';
import { EVIDENCE_ACCEPT } from '../api/evidence';
import type { Report, ReportAttachment } from '../api/types';
import { fileSizeLabel, fileTypeLabel } from '../common/labels';

/** Files sent along with the report (a signed scan, photos): open them; attach and remove while editable. */
export function AttachmentsSection({ report, editable }: { report: Report; editable: boolean }) {
  const attach = useAttachFiles(report.id);
  const remove = useDeleteAttachment(report.id);
  const [refused, setRefused] = useState<RefusedFile[]>([]);
  const [removing, setRemoving] = useState<ReportAttachment | null>(null);
  // Lets the same file be picked again after a refusal.
  const resetPicker = useRef<() => void>(null);

  const upload = (files: File[]) => {
    resetPicker.current?.();
    if (files.length === 0) return;
    setRefused([]);
    attach.mutate(files, {
      onSuccess: (r) => {
        setRefused(r.refused);
        if (r.attached) notifySuccess(`Đã đính kèm ${r.attached} tệp.`);
      },
    });
  };

  const closeRemove = () => {
    setRemoving(null);
    remove.reset();
  };

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        closeRemove();
        notifySuccess('Đã xóa tệp đính kèm.');
      },
    });
  };

  const files = report.attachments;
  return (
    <>
      {files.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="report-attachments-empty">
          Chưa có tệp đính kèm.
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={4} data-testid="report-attachments">
          <Table.Thead>
            <Table.Tr bg="gray.1">
              <Table.Th w={50} ta="center">
                STT
              </Table.Th>
              <Table.Th>Tên tệp</Table.Th>
              <Table.Th w={120}>Loại</Table.Th>
              <Table.Th w={110} ta="right">
                Dung lượng
              </Table.Th>
              {editable && <Table.Th w={110} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {files.map((f, i) => (
              <Table.Tr key={f.id} data-attachment-id={f.id}>
                <Table.Td ta="center">
                  <Text size="sm" c="dimmed">
                    {i + 1}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor href={attachmentUrl(f.id)} target="_blank" rel="noreferrer" size="sm" title={`Mở ${f.filename}`}>
                    {f.filename}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{fileTypeLabel(f.mime)}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{fileSizeLabel(f.size)}</Text>
                </Table.Td>
                {editable && (
                  <Table.Td ta="right">
                    <Button size="compact-xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => setRemoving(f)}>
                      Xóa tệp
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      {refused.length > 0 && (
        <Alert mt="sm" color="red" icon={<IconAlertCircle size={18} />} role="alert" title="Không đính kèm được" data-testid="attachment-error">
          {refused.map((r, i) => (
            <Text key={i} size="sm">
              {r.filename}: {errorMessage(r.error)}
            </Text>
          ))}
        </Alert>
      )}

      {editable && (
        <Group justify="space-between" mt="sm">
          <Text size="xs" c="dimmed">
            Ảnh (JPEG, PNG, WebP, GIF) hoặc bản quét PDF, tối đa 10 MB mỗi tệp.
          </Text>
          <FileButton onChange={upload} accept={EVIDENCE_ACCEPT} multiple resetRef={resetPicker}>
            {(props) => (
              <Button {...props} size="xs" variant="default" leftSection={<IconPaperclip size={14} />} loading={attach.isPending}>
                Đính kèm tệp
              </Button>
            )}
          </FileButton>
        </Group>
      )}

      <ConfirmModal
        opened={removing !== null}
        title="Xóa tệp đính kèm"
        confirmLabel="Xóa tệp"
        loading={remove.isPending}
        error={remove.error}
        onClose={closeRemove}
        onConfirm={confirmRemove}
      >
        Xóa tệp <b>{removing?.filename}</b> khỏi báo cáo?
      </ConfirmModal>
    </>
  );
}
