import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../lib/notify';
import type { useTransition } from '../api';
import { DateField } from '../components/DateField';
import { isoToday } from '../dates';
import type { PlanDetail } from '../types';

type TransitionMutation = ReturnType<typeof useTransition>;

export function IssueModal({ opened, plan, mutation, onClose }: { opened: boolean; plan: PlanDetail; mutation: TransitionMutation; onClose: () => void }) {
  const [issuedOn, setIssuedOn] = useState<string | null>(isoToday());
  return (
    <Modal opened={opened} onClose={onClose} title="Ban hành kế hoạch" size="md">
      <Stack gap="sm">
        <Text size="sm">
          Kế hoạch được cấp số tiếp theo trong sổ văn bản của {plan.issuerName} và gửi tới {plan.content.recipients.length} nơi
          nhận. Sau khi ban hành, nội dung không sửa được nữa.
        </Text>
        <DateField label="Ngày ban hành" value={issuedOn} onChange={setIssuedOn} required w={200} data-autofocus />
        <ErrorAlert error={mutation.error} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button
            color="teal"
            loading={mutation.isPending}
            disabled={!issuedOn}
            onClick={() =>
              mutation.mutate(
                { action: 'issue', body: { issuedOn: issuedOn ?? undefined } },
                { onSuccess: (p) => (notifySuccess(`Đã ban hành: số ${p.number ?? ''}.`), onClose()) },
              )
            }
          >
            Ban hành
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function ReturnModal({ opened, mutation, onClose }: { opened: boolean; mutation: TransitionMutation; onClose: () => void }) {
  const [comment, setComment] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title="Trả lại dự thảo" size="md">
      <Stack gap="sm">
        <Textarea
          label="Ý kiến chỉ đạo"
          description="Người soạn thảo sẽ thấy ý kiến này khi sửa dự thảo"
          autosize
          minRows={3}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          data-autofocus
        />
        <ErrorAlert error={mutation.error} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button
            color="orange"
            loading={mutation.isPending}
            onClick={() =>
              mutation.mutate(
                { action: 'return', body: { comment: comment.trim() } },
                { onSuccess: () => (notifySuccess('Đã trả lại dự thảo.'), setComment(''), onClose()) },
              )
            }
          >
            Trả lại
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
