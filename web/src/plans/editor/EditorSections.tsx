import type { ReactNode } from 'react';
import { TextList } from '../components/TextList';
import type { PlanContent, PlanSummary } from '../types';
import type { Draft } from './draft';
import { EditorSection } from './EditorSection';
import { SECTIONS, type SectionId } from './sections';
import { AnniversariesSection } from './sections/AnniversariesSection';
import { AssignmentsSection } from './sections/AssignmentsSection';
import { ChannelsSection } from './sections/ChannelsSection';
import { GeneralSection } from './sections/GeneralSection';
import { PhasesSection } from './sections/PhasesSection';
import { RecipientsSection } from './sections/RecipientsSection';
import { ReportingSection } from './sections/ReportingSection';
import { SignerSection } from './sections/SignerSection';
import { ThemesSection } from './sections/ThemesSection';
import { Stack } from '@mantine/core';

export function EditorSections({
  draft,
  patch,
  setContent,
  isNew,
  parent,
  open,
  toggle,
}: {
  draft: Draft;
  patch: (p: Partial<Draft>) => void;
  setContent: (p: Partial<PlanContent>) => void;
  isNew: boolean;
  parent: PlanSummary | null;
  open: ReadonlySet<SectionId>;
  toggle: (id: SectionId) => void;
}) {
  const c = draft.content;
  const section = (id: SectionId, body: ReactNode, extra: { hint?: string; count?: number } = {}) => {
    const s = SECTIONS.find((x) => x.id === id)!;
    return (
      <EditorSection key={id} id={id} number={s.number} title={s.title} opened={open.has(id)} onToggle={() => toggle(id)} {...extra}>
        {body}
      </EditorSection>
    );
  };
  return (
    <>
      {section('thong-tin-chung', <GeneralSection draft={draft} onChange={patch} isNew={isNew} parent={parent} />)}
      {section(
        'muc-dich',
        <Stack gap="md">
          <TextList label="Mục đích" items={c.purposes} onChange={(purposes) => setContent({ purposes })} addLabel="Thêm mục đích" rows={2} numbered />
          <TextList label="Yêu cầu" items={c.requirements} onChange={(requirements) => setContent({ requirements })} addLabel="Thêm yêu cầu" rows={2} numbered />
        </Stack>,
      )}
      {section('noi-dung', <ThemesSection items={c.themes} onChange={(themes) => setContent({ themes })} />, { count: c.themes.length })}
      {section('cac-dot', <PhasesSection items={c.phases} onChange={(phases) => setContent({ phases })} />, { count: c.phases.length })}
      {section('hinh-thuc', <ChannelsSection items={c.channels} onChange={(channels) => setContent({ channels })} />, {
        count: c.channels.length,
        hint: 'Theo danh mục thống nhất; chỉ tiêu dùng để đối chiếu với báo cáo kết quả',
      })}
      {section(
        'khau-hieu',
        <TextList label="Khẩu hiệu" items={c.slogans} onChange={(slogans) => setContent({ slogans })} addLabel="Thêm khẩu hiệu" placeholder="Nhiệt liệt chào mừng …!" numbered />,
        { count: c.slogans.length },
      )}
      {section(
        'ky-niem',
        <AnniversariesSection
          items={c.anniversaries}
          onChange={(anniversaries) => setContent({ anniversaries })}
          from={draft.periodStart}
          to={draft.periodEnd}
          unitId={draft.issuer?.id ?? null}
        />,
        { count: c.anniversaries.length, hint: 'Đề xuất theo thời gian thực hiện: ngày lễ lớn, kỷ niệm chẵn, lẻ 5 và ngày truyền thống của đơn vị' },
      )}
      {section('to-chuc', <AssignmentsSection items={c.assignments} onChange={(assignments) => setContent({ assignments })} />, {
        count: c.assignments.length,
      })}
      {section('bao-cao', <ReportingSection value={c.reporting} onChange={(reporting) => setContent({ reporting })} unitId={draft.issuer?.id ?? null} />)}
      {section(
        'noi-nhan',
        <RecipientsSection
          items={c.recipients}
          onChange={(recipients) => setContent({ recipients })}
          implementBy={c.implementBy}
          onImplementBy={(implementBy) => setContent({ implementBy })}
          issuerId={draft.issuer?.id ?? null}
        />,
        { count: c.recipients.length },
      )}
      {section('ky', <SignerSection value={c.signer} onChange={(signer) => setContent({ signer })} />)}
    </>
  );
}
