import { ActionIcon, Anchor, Button, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { formatDate, webHref } from '../../lib/format';
import { CHANNEL_OPTIONS, channelLabel } from '../common/labels';
import { VnDateInput } from '../common/VnDateInput';
import { itemKey, type ItemDraft } from './draft';

/** The list of published items (news, articles, clips) the report names. */
export function ItemsSection({
  items,
  readOnly,
  onChange,
}: {
  items: ItemDraft[];
  readOnly: boolean;
  onChange: (items: ItemDraft[]) => void;
}) {
  const patch = (key: string, p: Partial<ItemDraft>) => onChange(items.map((it) => (it.key === key ? { ...it, ...p } : it)));
  return (
    <>
      <Table withTableBorder withColumnBorders verticalSpacing={4} data-testid="report-items">
        <Table.Thead>
          <Table.Tr bg="gray.1">
            <Table.Th w={50} ta="center">
              STT
            </Table.Th>
            <Table.Th>Tiêu đề tin, bài</Table.Th>
            <Table.Th w={230}>Đường dẫn</Table.Th>
            <Table.Th w={140}>Ngày đăng</Table.Th>
            <Table.Th w={190}>Hình thức</Table.Th>
            {!readOnly && <Table.Th w={44} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={readOnly ? 5 : 6}>
                <Text size="sm" c="dimmed" ta="center" py={6}>
                  Chưa có tin, bài nào.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items.map((it, i) => (
            <Table.Tr key={it.key}>
              <Table.Td ta="center">
                <Text size="sm" c="dimmed">
                  {i + 1}
                </Text>
              </Table.Td>
              {readOnly ? (
                <>
                  <Table.Td>
                    <Text size="sm">{it.title}</Text>
                  </Table.Td>
                  <Table.Td>
                    {webHref(it.link) ? (
                      <Anchor href={webHref(it.link)} target="_blank" rel="noreferrer" size="sm" lineClamp={1}>
                        {it.link}
                      </Anchor>
                    ) : (
                      it.link || '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(it.publishedOn) || '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{channelLabel(it.channel)}</Text>
                  </Table.Td>
                </>
              ) : (
                <>
                  <Table.Td>
                    <TextInput size="xs" aria-label={`Tin, bài ${i + 1}: tiêu đề`} value={it.title} onChange={(e) => patch(it.key, { title: e.currentTarget.value })} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput size="xs" aria-label={`Tin, bài ${i + 1}: đường dẫn`} placeholder="https://" value={it.link} onChange={(e) => patch(it.key, { link: e.currentTarget.value })} />
                  </Table.Td>
                  <Table.Td>
                    <VnDateInput size="xs" aria-label={`Tin, bài ${i + 1}: ngày đăng`} leftSection={null} clearable value={it.publishedOn} onChange={(v) => patch(it.key, { publishedOn: v })} />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect size="xs" aria-label={`Tin, bài ${i + 1}: hình thức`} data={CHANNEL_OPTIONS} value={it.channel} onChange={(e) => patch(it.key, { channel: e.currentTarget.value })} />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Xóa tin, bài ${i + 1}`} onClick={() => onChange(items.filter((x) => x.key !== it.key))}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!readOnly && (
        <Button
          mt="xs"
          size="xs"
          variant="default"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...items, { key: itemKey(), title: '', link: '', publishedOn: null, channel: 'website' }])}
        >
          Thêm tin, bài
        </Button>
      )}
    </>
  );
}
