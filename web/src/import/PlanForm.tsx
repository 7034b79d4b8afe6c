// The parsed plan as an editable form: the document's header, its content, its tail.
import { Checkbox, Divider, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { FieldBlock } from './highlight';
import { PartialDateInput, SerialInput, TextLines } from './inputs';
import { CHANNEL_OPTIONS, DOC_KIND_OPTIONS } from './labels';
import { AnniversariesField, AssignmentsField, BasesField, PhasesField, ReportTemplatesView } from './PlanFormLists';
import type { PlanDocument, Signer } from './types';

export type PlanPatch = Partial<PlanDocument>;

const emptySigner: Signer = { authority: null, position: null, name: null };
const orNull = (s: string) => (s.trim() === '' ? null : s);

export function PlanForm({ plan, onChange }: { plan: PlanDocument; onChange: (p: PlanPatch) => void }) {
  const signer = plan.signer ?? emptySigner;
  const setSigner = (p: Partial<Signer>) => onChange({ signer: { ...signer, ...p } });
  const kindOptions = DOC_KIND_OPTIONS.some((o) => o.value === plan.kind)
    ? DOC_KIND_OPTIONS
    : [...DOC_KIND_OPTIONS, { value: plan.kind, label: plan.kind }];

  return (
    <Stack gap="sm" data-testid="import-form">
      <Heading>Thể thức</Heading>
      <FieldBlock label="Cấp trên trực tiếp" span="issuerParent">
        <TextInput aria-label="Cấp trên trực tiếp" value={plan.issuerParent ?? ''} onChange={(e) => onChange({ issuerParent: orNull(e.currentTarget.value) })} />
      </FieldBlock>
      <FieldBlock label="Cơ quan ban hành" span="issuer" check={['issuer']}>
        <TextInput aria-label="Cơ quan ban hành" value={plan.issuer ?? ''} onChange={(e) => onChange({ issuer: orNull(e.currentTarget.value) })} />
      </FieldBlock>
      <FieldBlock label="Loại, số và ký hiệu" span="number" check={['serial']}>
        <SimpleGrid cols={3} spacing="sm">
          <Select label="Loại văn bản" data={kindOptions} value={plan.kind} allowDeselect={false} onChange={(v) => v && onChange({ kind: v })} />
          <SerialInput label="Số" placeholder="(để trống)" value={plan.serial} onChange={(serial) => onChange({ serial })} />
          <TextInput label="Ký hiệu" placeholder="KH/ĐU" value={plan.symbol ?? ''} onChange={(e) => onChange({ symbol: orNull(e.currentTarget.value.replace(/\s+/g, '')) })} />
        </SimpleGrid>
      </FieldBlock>
      <FieldBlock label="Địa danh, ngày ban hành" span="place" check={['date']}>
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Địa danh" value={plan.place ?? ''} onChange={(e) => onChange({ place: orNull(e.currentTarget.value) })} />
          <PartialDateInput label="Ngày ban hành" description="dd/mm/yyyy; mm/yyyy hoặc yyyy nếu chỉ ghi vậy" value={plan.date} onChange={(date) => onChange({ date })} />
        </SimpleGrid>
      </FieldBlock>
      <FieldBlock label="Trích yếu" span="title" check={['title']}>
        <Textarea aria-label="Trích yếu" autosize minRows={2} value={plan.title} onChange={(e) => onChange({ title: e.currentTarget.value })} />
      </FieldBlock>

      <Heading>Nội dung</Heading>
      <FieldBlock label="Căn cứ" check={[]}>
        <BasesField values={plan.bases} onChange={(bases) => onChange({ bases })} />
      </FieldBlock>
      <FieldBlock label="Đề mục lớn (I, II, III…)" span="sections" check={['sections']}>
        <TextLines label="Đề mục" addLabel="Thêm đề mục" values={plan.sections} onChange={(sections) => onChange({ sections })} />
      </FieldBlock>
      <FieldBlock label="Các đợt, giai đoạn" check={['phases']}>
        <PhasesField values={plan.phases} onChange={(phases) => onChange({ phases })} />
      </FieldBlock>
      <FieldBlock label="Khẩu hiệu" span="slogans">
        <TextLines label="Khẩu hiệu" addLabel="Thêm khẩu hiệu" multiline values={plan.slogans} onChange={(slogans) => onChange({ slogans })} />
      </FieldBlock>
      <FieldBlock label="Ngày kỷ niệm" span="anniversaries">
        <AnniversariesField values={plan.anniversaries} onChange={(anniversaries) => onChange({ anniversaries })} />
      </FieldBlock>
      <FieldBlock label="Hình thức tuyên truyền">
        <Checkbox.Group value={plan.channels} onChange={(channels) => onChange({ channels })} aria-label="Hình thức tuyên truyền">
          <SimpleGrid cols={2} spacing={6} verticalSpacing={6}>
            {CHANNEL_OPTIONS.map((c) => (
              <Checkbox key={c.value} value={c.value} label={c.label} size="sm" />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </FieldBlock>
      <FieldBlock label="Phân công thực hiện">
        <AssignmentsField values={plan.assignments} onChange={(assignments) => onChange({ assignments })} />
      </FieldBlock>

      <Heading>Nơi nhận, chữ ký</Heading>
      <FieldBlock label="Nơi nhận" span="recipients" check={['recipients']}>
        <TextLines label="Nơi nhận" addLabel="Thêm nơi nhận" values={plan.recipients} onChange={(recipients) => onChange({ recipients })} />
      </FieldBlock>
      <FieldBlock label="Người ký" span="signer" check={['signer']}>
        <SimpleGrid cols={3} spacing="sm">
          <TextInput label="Thẩm quyền" placeholder="T/M BAN THƯỜNG VỤ" value={signer.authority ?? ''} onChange={(e) => setSigner({ authority: orNull(e.currentTarget.value) })} />
          <TextInput label="Chức vụ" placeholder="BÍ THƯ" value={signer.position ?? ''} onChange={(e) => setSigner({ position: orNull(e.currentTarget.value) })} />
          <TextInput label="Họ và tên" value={signer.name ?? ''} onChange={(e) => setSigner({ name: orNull(e.currentTarget.value) })} />
        </SimpleGrid>
      </FieldBlock>
      {plan.reportTemplates.length > 0 && (
        <FieldBlock label="Mẫu báo cáo kèm theo (chỉ xem)">
          <ReportTemplatesView templates={plan.reportTemplates} />
        </FieldBlock>
      )}
    </Stack>
  );
}

function Heading({ children }: { children: string }) {
  return (
    <>
      <Title order={3} size="h5" mt="sm" c="blue.8">
        {children}
      </Title>
      <Divider mt={-6} />
    </>
  );
}
