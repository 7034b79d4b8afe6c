import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Stack, Text } from '@mantine/core';
import { useHotkeys, useWindowEvent } from '@mantine/hooks';
import { IconMessageReport } from '@tabler/icons-react';
import { notifySuccess } from '../../lib/notify';
import { useCreatePlan, useSavePlan } from '../api';
import type { PlanContent, PlanDetail } from '../types';
import { type Draft, draftFromPlan, newDraft, toFields } from './draft';
import { EditorSections } from './EditorSections';
import { EditorToc } from './EditorToc';
import { SaveBox } from './SaveBox';
import { SECTIONS, type SectionId } from './sections';
import { useConflictReload } from './useConflictReload';

/** The structured editor of a draft; `plan` is absent for a new one. */
export function PlanEditor({ plan, issuer }: { plan: PlanDetail | null; issuer: { id: number; name: string } | null }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => (plan ? draftFromPlan(plan) : newDraft(issuer)));
  const [saved, setSaved] = useState(() => JSON.stringify(draft));
  const [version, setVersion] = useState(plan?.version ?? 0);
  const [problems, setProblems] = useState<string[]>([]);
  const [open, setOpen] = useState<ReadonlySet<SectionId>>(() => new Set(SECTIONS.map((s) => s.id)));
  const create = useCreatePlan();
  const save = useSavePlan(plan?.id ?? 0);
  const mutation = plan ? save : create;
  const dirty = JSON.stringify(draft) !== saved;
  const busy = useRef(false);

  const patch = useCallback((p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p })), []);
  const setContent = useCallback((p: Partial<PlanContent>) => setDraft((d) => ({ ...d, content: { ...d.content, ...p } })), []);

  const reload = useConflictReload(plan?.id ?? 0, (latest) => {
    const d = draftFromPlan(latest);
    setDraft(d);
    setSaved(JSON.stringify(d));
    setVersion(latest.version);
    save.reset();
  });

  const submit = async (thenView: boolean) => {
    if (busy.current) return;
    const { fields, problems: found } = toFields(draft);
    if (!plan && !draft.issuer) found.unshift('Chưa chọn đơn vị ban hành.');
    setProblems(found);
    if (found.length > 0) return;
    busy.current = true;
    try {
      const result = plan
        ? await save.mutateAsync({ ...fields, version })
        : await create.mutateAsync({ ...fields, issuerUnitId: draft.issuer!.id });
      setVersion(result.version);
      const d = draftFromPlan(result);
      setDraft(d);
      setSaved(JSON.stringify(d));
      notifySuccess('Đã lưu dự thảo.');
      if (thenView) navigate(`/ke-hoach/${result.id}`);
      else if (!plan) navigate(`/ke-hoach/${result.id}/sua`, { replace: true });
    } catch {
      // shown in the save box
    } finally {
      busy.current = false;
    }
  };

  useHotkeys([['mod+S', () => void submit(false), { preventDefault: true }]], []);
  useWindowEvent('beforeunload', (e) => {
    if (dirty) e.preventDefault();
  });

  const filled = useMemo(() => filledSections(draft), [draft]);
  const jump = (id: SectionId) => {
    setOpen((s) => new Set([...s, id]));
    requestAnimationFrame(() => {
      const el = document.getElementById(id);
      el?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      document.getElementById(`${id}-h`)?.focus({ preventScroll: true });
    });
  };
  const toggle = (id: SectionId) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <div className="tt-editor-grid">
      <Stack gap="sm" style={{ minWidth: 0 }}>
        {plan?.returnComment && (
          <Alert color="orange" icon={<IconMessageReport size={18} />} title="Lãnh đạo đã trả lại dự thảo" data-testid="return-comment">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {plan.returnComment}
            </Text>
          </Alert>
        )}
        <EditorSections
          draft={draft}
          patch={patch}
          setContent={setContent}
          isNew={!plan}
          parent={plan?.parent ?? null}
          open={open}
          toggle={toggle}
        />
      </Stack>
      <EditorToc filled={filled} onJump={jump}>
        <SaveBox
          isNew={!plan}
          dirty={dirty}
          saving={mutation.isPending}
          error={mutation.error}
          problems={problems}
          planId={plan?.id ?? null}
          onSave={() => void submit(false)}
          onSaveAndView={() => void submit(true)}
          onReload={reload.run}
          reloading={reload.loading}
        />
      </EditorToc>
    </div>
  );
}

function filledSections(d: Draft): Record<SectionId, boolean> {
  const c = d.content;
  return {
    'thong-tin-chung': d.title.trim() !== '' && !!d.periodStart,
    'muc-dich': c.purposes.some((s) => s.trim()) || c.requirements.some((s) => s.trim()),
    'noi-dung': c.themes.length > 0,
    'cac-dot': c.phases.length > 0,
    'hinh-thuc': c.channels.length > 0,
    'khau-hieu': c.slogans.some((s) => s.trim()),
    'ky-niem': c.anniversaries.length > 0,
    'to-chuc': c.assignments.length > 0,
    'bao-cao': c.reporting !== null,
    'noi-nhan': c.recipients.length > 0,
    ky: !!c.signer?.name?.trim(),
  };
}
