import { Fragment } from 'react';
import { NumberInput, Table, Text } from '@mantine/core';
import type { Figures, ReportForm } from '../api/types';
import { formatNumber, groupByChannel } from '../common/indicators';
import { channelLabel } from '../common/labels';
import type { Draft } from './draft';

/** The form's indicators, grouped by channel, each with its measure and value. */
export function FiguresSection({
  form,
  figures,
  readOnly,
  onChange,
  extra,
  catalogLabel,
}: {
  form: ReportForm;
  figures: Draft['figures'];
  readOnly: boolean;
  onChange: (key: string, v: number | '') => void;
  extra: Figures;
  catalogLabel: (key: string) => string;
}) {
  const groups = groupByChannel(form.indicators);
  let n = 0;
  return (
    <>
      <Table withTableBorder withColumnBorders verticalSpacing={4} data-testid="report-figures">
        <Table.Thead>
          <Table.Tr bg="gray.1">
            <Table.Th w={50} ta="center">
              STT
            </Table.Th>
            <Table.Th>Chỉ tiêu</Table.Th>
            <Table.Th w={120}>Đơn vị tính</Table.Th>
            <Table.Th w={170} ta="right">
              Số lượng
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => (
            <Fragment key={g.channel}>
              <Table.Tr bg="gray.0">
                <Table.Td colSpan={4}>
                  <Text size="sm" fw={700}>
                    {channelLabel(g.channel)}
                  </Text>
                </Table.Td>
              </Table.Tr>
              {g.indicators.map((i) => {
                n++;
                const v = figures[i.key] ?? '';
                return (
                  <Table.Tr key={i.key} data-indicator={i.key}>
                    <Table.Td ta="center">
                      <Text size="sm" c="dimmed">
                        {n}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{i.label}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {i.measure}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {readOnly ? (
                        <Text size="sm" fw={600} data-value>
                          {v === '' ? '—' : formatNumber(v)}
                        </Text>
                      ) : (
                        <NumberInput
                          aria-label={`${i.label} (${i.measure})`}
                          size="xs"
                          min={0}
                          allowDecimal={false}
                          allowNegative={false}
                          thousandSeparator="."
                          decimalSeparator=","
                          hideControls
                          styles={{ input: { textAlign: 'right', fontWeight: 600 } }}
                          value={v}
                          onChange={(x) => onChange(i.key, typeof x === 'number' ? x : '')}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
      {Object.keys(extra).length > 0 && !readOnly && (
        <Text size="xs" c="orange.8" mt={6}>
          Số liệu từ kết quả thực hiện không có trong {form.code} (không đưa vào báo cáo):{' '}
          {Object.entries(extra)
            .map(([k, v]) => `${catalogLabel(k)}: ${formatNumber(v)}`)
            .join('; ')}
          .
        </Text>
      )}
    </>
  );
}
