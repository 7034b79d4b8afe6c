import { useState } from 'react';
import { Alert, Anchor, Button, FileButton, Group, Image, Modal, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconFileTypePdf, IconUpload } from '@tabler/icons-react';
import { useSession } from '../../api/auth';
import { errorMessage, notifySuccess } from '../../lib/notify';
import { useInvalidateAfterUpload } from '../api/activities';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, evidenceUrl, uploadEvidence } from '../api/evidence';
import type { Activity, Evidence } from '../api/types';
import { formatDate } from '../../lib/format';
import { channelLabel, fileSizeLabel } from '../common/labels';

/** Photos and scans attached to an activity: open them, attach more. */
export function EvidenceModal({
  activity,
  unitId,
  canEdit,
  onClose,
}: {
  activity: Activity | null;
  unitId: number;
  canEdit: boolean;
  onClose: () => void;
}) {
  const { csrfToken } = useSession();
  const invalidate = useInvalidateAfterUpload(unitId);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [added, setAdded] = useState<Evidence[]>([]);

  const close = () => {
    setProblems([]);
    setAdded([]);
    onClose();
  };

  const upload = async (files: File[]) => {
    if (!activity || files.length === 0) return;
    setBusy(true);
    setProblems([]);
    const errs: string[] = [];
    let ok = 0;
    for (const f of files) {
      if (f.size > EVIDENCE_MAX_BYTES) {
        errs.push(`${f.name}: Tệp lớn hơn 10 MB.`);
        continue;
      }
      try {
        const r = await uploadEvidence(activity.id, f, csrfToken);
        ok++;
        setAdded((prev) => [...prev, { id: r.id, filename: f.name, mime: f.type, size: f.size }]);
      } catch (err) {
        errs.push(`${f.name}: ${errorMessage(err)}`);
      }
    }
    setBusy(false);
    setProblems(errs);
    if (ok) {
      notifySuccess(`Đã đính kèm ${ok} tệp.`);
      void invalidate();
    }
  };

  const files = activity ? [...activity.evidence, ...added.filter((a) => !activity.evidence.some((e) => e.id === a.id))] : [];

  return (
    <Modal opened={activity !== null} onClose={close} title="Minh chứng của kết quả" size="lg">
      {activity && (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {formatDate(activity.occurredOn)} · {channelLabel(activity.channel)}
            {activity.title ? ` · ${activity.title}` : ''}
          </Text>
          {files.length === 0 ? (
            <Text size="sm" c="dimmed" ta="center" py="md">
              Chưa có tệp minh chứng nào.
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 2, sm: 3 }} data-testid="evidence-list">
              {files.map((e) => (
                <Paper key={e.id} withBorder p={6} radius="sm">
                  <Anchor href={evidenceUrl(e.id)} target="_blank" rel="noreferrer" underline="never" title={`Mở ${e.filename}`}>
                    {e.mime.startsWith('image/') ? (
                      <Image src={evidenceUrl(e.id)} alt={e.filename} h={100} fit="cover" radius="xs" />
                    ) : (
                      <Group h={100} justify="center">
                        <ThemeIcon size={48} variant="light" color="red">
                          <IconFileTypePdf size={32} />
                        </ThemeIcon>
                      </Group>
                    )}
                    <Text size="xs" mt={4} truncate>
                      {e.filename}
                    </Text>
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {fileSizeLabel(e.size)}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
          )}
          {problems.length > 0 && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="evidence-error" title="Không đính kèm được">
              {problems.map((p) => (
                <Text key={p} size="sm">
                  {p}
                </Text>
              ))}
            </Alert>
          )}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              Ảnh (JPEG, PNG, WebP, GIF) hoặc bản quét PDF, tối đa 10 MB mỗi tệp.
            </Text>
            {canEdit && (
              <FileButton onChange={(f) => void upload(f)} accept={EVIDENCE_ACCEPT} multiple>
                {(props) => (
                  <Button {...props} leftSection={<IconUpload size={16} />} loading={busy}>
                    Đính kèm tệp
                  </Button>
                )}
              </FileButton>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
