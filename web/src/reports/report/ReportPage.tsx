import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Button, Grid, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowBack, IconLock, IconRefresh } from '@tabler/icons-react';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../lib/notify';
import { usePageTitle } from '../../lib/title';
import { useIssuerReportForms, usePlanDetails } from '../api/forms';
import { useReport, useReportTransition, useSaveReport } from '../api/reports';
import type { Report } from '../api/types';
import { indicatorCatalog } from '../common/indicators';
import { AttachmentsSection } from './AttachmentsSection';
import { ConflictPanel } from './ConflictPanel';
import { draftOf, editOf, extraFigures, periodName, type Draft } from './draft';
import { FiguresSection } from './FiguresSection';
import { ItemsSection } from './ItemsSection';
import { NarrativeSection } from './NarrativeSection';
import { ReportActions } from './ReportActions';
import { ReportHeader } from './ReportHeader';
import '../reports.css';

/** /bao-cao/:reportId — write, send, accept or return one periodic report. */
export function ReportPage() {
  const id = Number(useParams().reportId);
  const report = useReport(id);
  usePageTitle(report.data ? `Báo cáo ${periodName(report.data.periodKey)} · ${report.data.unitName}` : 'Báo cáo');

  if (report.isPending) return <Skeleton h={320} />;
  if (report.error || !report.data) return <ErrorAlert error={report.error ?? new Error('Không tìm thấy báo cáo.')} />;
  return <ReportEditor report={report.data} refetch={() => report.refetch().then((r) => r.data)} />;
}

function ReportEditor({ report, refetch }: { report: Report; refetch: () => Promise<Report | undefined> }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(report));
  // What the server said when this user started typing: a conflict keeps only what they changed since.
  const [base, setBase] = useState<Draft>(() => draftOf(report));
  const [loaded, setLoaded] = useState(report.version);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [stash, setStash] = useState<{ mine: Draft; base: Draft } | null>(null);
  const save = useSaveReport(report.id);
  const transition = useReportTransition(report.id);
  // The receiver issued the plan; its forms are where the plan's form is found.
  const forms = useIssuerReportForms(report.receiverUnitId, report.unitId);
  const plan = usePlanDetails([report.planId])[0]?.data;
  const catalog = indicatorCatalog(forms.data ?? []);

  const editable = report.permissions.edit && (report.status === 'draft' || report.status === 'returned');

  // A newer version arrived (our own transition, or a refetch) while nothing is being typed: show it.
  useEffect(() => {
    if (report.version !== loaded && !dirty) {
      setDraft(draftOf(report));
      setBase(draftOf(report));
      setLoaded(report.version);
    }
  }, [report, loaded, dirty]);

  useWindowEvent('beforeunload', (e) => {
    if (dirty) e.preventDefault();
  });

  const change = (next: Draft) => {
    setDraft(next);
    setDirty(true);
  };

  const doSave = useCallback(
    (then?: (r: Report) => void) => {
      save.mutate(editOf(draft, loaded, report), {
        onSuccess: (r) => {
          setDraft(draftOf(r));
          setBase(draftOf(r));
          setLoaded(r.version);
          setDirty(false);
          setConflict(false);
          if (then) then(r);
          else notifySuccess('Đã lưu báo cáo.');
        },
        onError: (err) => {
          if (err instanceof ApiError && err.code === 'version_conflict') setConflict(true);
        },
      });
    },
    [save, draft, loaded, report],
  );

  useWindowEvent('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's' && editable) {
      e.preventDefault();
      if (dirty && !save.isPending) doSave();
    }
  });

  const reload = async () => {
    const mine = { mine: draft, base };
    const fresh = await refetch();
    if (!fresh) return;
    setStash(mine);
    setDraft(draftOf(fresh));
    setBase(draftOf(fresh));
    setLoaded(fresh.version);
    setDirty(false);
    setConflict(false);
    save.reset();
  };

  const onSubmit = (done: () => void) => {
    const go = () =>
      transition.mutate(
        { action: 'submit' },
        {
          onSuccess: () => {
            done();
            notifySuccess('Đã gửi báo cáo.');
          },
        },
      );
    const needsSave = dirty || Object.keys(extraFigures(report)).length > 0;
    if (needsSave) doSave(() => go());
    else go();
  };

  const onAccept = (done: () => void) =>
    transition.mutate({ action: 'accept' }, { onSuccess: () => (done(), notifySuccess('Đã tiếp nhận báo cáo.')) });
  const onReturn = (comment: string, done: () => void) =>
    transition.mutate({ action: 'return', comment }, { onSuccess: () => (done(), notifySuccess('Đã trả lại báo cáo.')) });

  const saveError = save.error && !(save.error instanceof ApiError && save.error.code === 'version_conflict') ? save.error : null;

  const body = (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Text className="tt-report-section-title" mb="xs">
          I. Số liệu theo hình thức tuyên truyền
        </Text>
        <Text size="xs" c="dimmed" mb="sm">
          {report.form.title}. {editable && 'Số liệu được điền sẵn từ kết quả thực hiện của đơn vị trong kỳ; có thể sửa trước khi gửi.'}
        </Text>
        <FiguresSection
          form={report.form}
          figures={draft.figures}
          readOnly={!editable}
          onChange={(k, v) => change({ ...draft, figures: { ...draft.figures, [k]: v } })}
          extra={extraFigures(report)}
          catalogLabel={(k) => catalog.get(k)?.label ?? k}
        />
      </Paper>
      {report.form.listsItems && (
        <Paper withBorder p="md">
          <Text className="tt-report-section-title" mb="sm">
            II. Danh sách tin, bài đã đăng
          </Text>
          <ItemsSection items={draft.items} readOnly={!editable} onChange={(items) => change({ ...draft, items })} />
        </Paper>
      )}
      {report.form.narrative.length > 0 && (
        <Paper withBorder p="md">
          <Text className="tt-report-section-title" mb="sm">
            {report.form.listsItems ? 'III' : 'II'}. Đánh giá, kiến nghị
          </Text>
          <NarrativeSection
            fields={report.form.narrative}
            value={draft.narrative}
            readOnly={!editable}
            onChange={(f, v) => change({ ...draft, narrative: { ...draft.narrative, [f]: v } })}
          />
        </Paper>
      )}
      <Paper withBorder p="md">
        <Text className="tt-report-section-title" mb="sm">
          Tệp đính kèm
        </Text>
        <AttachmentsSection report={report} editable={editable} />
      </Paper>
      {editable && (
        <Group justify="flex-end">
          <Text size="xs" c={dirty ? 'orange.8' : 'dimmed'}>
            {dirty ? 'Có thay đổi chưa lưu (Ctrl+S để lưu).' : 'Đã lưu.'}
          </Text>
        </Group>
      )}
    </Stack>
  );

  return (
    <Stack gap="md">
      <ReportHeader
        report={report}
        planNumber={plan?.number ?? null}
        actions={
          <ReportActions
            report={report}
            editable={editable}
            dirty={dirty}
            saving={save.isPending}
            busy={transition.isPending || save.isPending}
            error={transition.error ?? saveError}
            onSave={() => doSave()}
            onSubmit={onSubmit}
            onAccept={onAccept}
            onReturn={onReturn}
          />
        }
      />
      {report.status === 'returned' && (
        <Alert color="grape" variant="filled" icon={<IconArrowBack size={20} />} title="Báo cáo bị trả lại" data-testid="return-comment">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {report.returnComment || 'Cấp trên trả lại báo cáo, không kèm ý kiến.'}
          </Text>
          <Text size="xs" mt={4} opacity={0.85}>
            Sửa theo ý kiến trên rồi bấm “Gửi báo cáo” để gửi lại.
          </Text>
        </Alert>
      )}
      {report.status === 'accepted' && (
        <Alert color="teal" icon={<IconLock size={18} />} title="Báo cáo đã được tiếp nhận">
          Báo cáo đã khóa, không sửa được; số liệu đã được cộng vào tổng hợp của cấp trên.
        </Alert>
      )}
      {report.status === 'submitted' && !report.permissions.decide && (
        <Alert color="indigo" title="Đã gửi, chờ cấp trên tiếp nhận">
          Báo cáo không sửa được trong khi chờ tiếp nhận.
        </Alert>
      )}
      {conflict && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} role="alert" title="Không lưu được" data-testid="version-conflict">
          <Text size="sm">Báo cáo vừa được người khác sửa. Hãy tải lại để xem thay đổi của họ rồi sửa tiếp.</Text>
          <Text size="sm" mt={4}>
            Nội dung bạn đang nhập sẽ được giữ lại ở khung bên phải để áp dụng lại.
          </Text>
          <Button mt="sm" size="xs" color="orange" leftSection={<IconRefresh size={14} />} onClick={() => void reload()}>
            Tải lại bản mới nhất
          </Button>
        </Alert>
      )}
      {saveError !== null && <ErrorAlert error={saveError} />}
      {stash && editable ? (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 8 }}>{body}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <ConflictPanel
              form={report.form}
              mine={stash.mine}
              base={stash.base}
              current={draft}
              onApply={change}
              onClose={() => setStash(null)}
            />
          </Grid.Col>
        </Grid>
      ) : (
        body
      )}
    </Stack>
  );
}
