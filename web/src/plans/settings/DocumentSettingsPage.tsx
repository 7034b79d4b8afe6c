import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Anchor, Breadcrumbs, Button, Group, Paper, Radio, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react';
import { useUnit } from '../../api/units';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { errorMessage, notifySuccess } from '../../lib/notify';
import { usePageTitle } from '../../lib/title';
import { useDocumentSettings, useSaveDocumentSettings } from '../api';
import type { DocumentSettings } from '../types';

/** /ke-hoach/van-ban/:unitId — how a unit heads and numbers its documents (administrators). */
export function DocumentSettingsPage() {
  const unitId = Number(useParams().unitId);
  const navigate = useNavigate();
  const unit = useUnit(Number.isInteger(unitId) && unitId > 0 ? unitId : null);
  const q = useDocumentSettings(unit.data?.id ?? null);
  usePageTitle('Thiết lập văn bản');
  return (
    <Stack gap="md" maw={900}>
      <Paper withBorder p="md">
        <Breadcrumbs separator="›" mb="xs">
          <Anchor component={Link} to="/ke-hoach" size="sm">
            Kế hoạch
          </Anchor>
          <Text size="sm" c="dimmed">
            Thiết lập văn bản
          </Text>
        </Breadcrumbs>
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={2} size="h3">
              Thiết lập văn bản của đơn vị
            </Title>
            <Text size="sm" c="dimmed">
              Dòng tên cơ quan trên văn bản, ký hiệu số văn bản, địa danh, thể thức và cách đánh số
            </Text>
          </Stack>
          <UnitPicker
            label="Đơn vị"
            value={unit.data ? { id: unit.data.id, name: unit.data.name } : null}
            onChange={(u) => u && navigate(`/ke-hoach/van-ban/${u.id}`)}
            clearable={false}
            w={320}
          />
        </Group>
      </Paper>
      {unit.isError || q.isError ? (
        <Alert color="red" icon={<IconAlertCircle size={18} />}>
          {errorMessage(unit.error ?? q.error)}
        </Alert>
      ) : !q.data || !unit.data ? (
        <Skeleton h={320} />
      ) : (
        <SettingsForm key={unit.data.id} unitId={unit.data.id} initial={q.data} canSave={unit.data.canAdminister} />
      )}
    </Stack>
  );
}

function SettingsForm({ unitId, initial, canSave }: { unitId: number; initial: DocumentSettings; canSave: boolean }) {
  const [s, setS] = useState(initial);
  const save = useSaveDocumentSettings(unitId);
  useEffect(() => setS(initial), [initial]);
  const set = (p: Partial<DocumentSettings>) => setS((x) => ({ ...x, ...p }));
  const party = s.format === 'party';
  const example = party ? `Số 12-KH/${s.symbolCode || '…'}` : `Số: 12/KH-${s.symbolCode || '…'}`;
  const termOk = s.register.mode === 'year' || /^\d{4}-\d{4}$/.test(s.register.term ?? '');
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => {
      e.preventDefault();
      save.mutate(
        { ...s, parentBody: s.parentBody?.trim() || null, place: s.place?.trim() || null, register: s.register.mode === 'year' ? { mode: 'year', term: null } : s.register },
        { onSuccess: () => notifySuccess('Đã lưu thiết lập văn bản.') },
      );
    }}>
      <Stack gap="md">
        {!canSave && (
          <Alert color="yellow">Chỉ quản trị đơn vị mới thay đổi được các thiết lập này.</Alert>
        )}
        <div>
          <Text size="sm" fw={500} mb={4} id="doc-format-label">
            Thể thức văn bản
          </Text>
          <SegmentedControl
            aria-labelledby="doc-format-label"
            data={[
              { value: 'party', label: 'Văn bản của Đảng (HD 36-HD/VPTW)' },
              { value: 'state', label: 'Văn bản hành chính (NĐ 30/2020)' },
            ]}
            value={s.format}
            onChange={(v) => set({ format: v === 'state' ? 'state' : 'party' })}
          />
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Tên cơ quan cấp trên (dòng trên)" placeholder="ĐẢNG BỘ TỈNH LAI CHÂU" value={s.parentBody ?? ''} onChange={(e) => set({ parentBody: e.currentTarget.value })} />
          <TextInput label="Tên cơ quan ban hành" required placeholder="ĐẢNG ỦY PHƯỜNG TÂN PHONG" value={s.issuerName} onChange={(e) => set({ issuerName: e.currentTarget.value })} />
          <TextInput label="Chữ viết tắt trong số văn bản" description={`Ví dụ: ${example}`} required value={s.symbolCode} onChange={(e) => set({ symbolCode: e.currentTarget.value })} />
          <TextInput label="Địa danh ghi trước ngày tháng" placeholder="Lai Châu" value={s.place ?? ''} onChange={(e) => set({ place: e.currentTarget.value })} />
        </SimpleGrid>
        <Radio.Group
          label="Sổ đăng ký văn bản (số văn bản bắt đầu lại từ 1)"
          value={s.register.mode}
          onChange={(v) => set({ register: { mode: v === 'term' ? 'term' : 'year', term: v === 'term' ? (s.register.term ?? '2025-2030') : null } })}
        >
          <Group mt={6} gap="lg" align="flex-end">
            <Radio value="year" label="Theo năm" />
            <Radio value="term" label="Theo nhiệm kỳ" />
            {s.register.mode === 'term' && (
              <TextInput
                aria-label="Nhiệm kỳ"
                placeholder="2025-2030"
                value={s.register.term ?? ''}
                onChange={(e) => set({ register: { mode: 'term', term: e.currentTarget.value } })}
                error={termOk ? undefined : 'Nhiệm kỳ có dạng 2025-2030'}
                w={140}
              />
            )}
          </Group>
        </Radio.Group>
        <PreviewHeader s={s} />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={save.isPending} disabled={!canSave || !termOk || !s.issuerName.trim() || !s.symbolCode.trim()}>
            Lưu thiết lập
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function PreviewHeader({ s }: { s: DocumentSettings }) {
  const party = s.format === 'party';
  return (
    <div className="tt-doc tt-doc-preview" aria-label="Xem trước phần đầu văn bản">
      <div className="tt-doc-head">
        <div className="tt-doc-head-left">
          {s.parentBody && <div>{s.parentBody.toLocaleUpperCase('vi')}</div>}
          <div className="tt-doc-bold">{s.issuerName.toLocaleUpperCase('vi')}</div>
          <div>*</div>
          <div>{party ? `Số 12-KH/${s.symbolCode}` : `Số: 12/KH-${s.symbolCode}`}</div>
        </div>
        <div className="tt-doc-head-right">
          <div className="tt-doc-bold tt-doc-underline">{party ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'}</div>
          {!party && <div className="tt-doc-bold tt-doc-underline">Độc lập - Tự do - Hạnh phúc</div>}
          <div className="tt-doc-italic">{s.place ? `${s.place}, ` : ''}ngày … tháng … năm …</div>
        </div>
      </div>
    </div>
  );
}
