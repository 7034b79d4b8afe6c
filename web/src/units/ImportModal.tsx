import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Anchor, Badge, Button, FileInput, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconCheck, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { ApiError } from '../api/client';
import { importUnits, useInvalidateUnitsAfterImport } from '../api/units';
import type { ImportResult, ImportRow, UnitDetail } from '../api/types';
import { notifySuccess } from '../lib/notify';
import { ErrorAlert } from '../components/ErrorAlert';
import { ImportPreviewTable } from './ImportPreviewTable';

const TEMPLATE =
  '\uFEFFMã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\r\nCB01,Chi bộ Tổ dân phố số 5,Chi bộ,\r\n';

function rowsFromError(err: unknown): ImportRow[] | null {
  if (!(err instanceof ApiError)) return null;
  const d = err.details as { rows?: unknown } | null | undefined;
  return d && Array.isArray(d.rows) ? (d.rows as ImportRow[]) : null;
}

/** Import a subtree under the unit from .xlsx/.csv: preview (writes nothing), then commit. */
export function ImportModal({ opened, onClose, unit }: { opened: boolean; onClose: () => void; unit: UnitDetail }) {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const invalidate = useInvalidateUnitsAfterImport();

  const preview = useMutation({
    mutationFn: (f: File) => importUnits(unit.id, f, 'preview'),
    onSuccess: setResult,
    meta: { silent: true },
  });
  const commit = useMutation({
    mutationFn: (f: File) => importUnits(unit.id, f, 'commit'),
    onSuccess: (r) => {
      void invalidate();
      notifySuccess(`Đã nhập ${r.created} đơn vị vào “${unit.name}”.`);
      onClose();
    },
    onError: (err) => {
      const rows = rowsFromError(err);
      if (rows) setResult({ ok: false, rows, created: 0 });
    },
    meta: { silent: true },
  });

  useEffect(() => {
    if (opened) {
      setFile(null);
      setResult(null);
      preview.reset();
      commit.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const choose = (f: File | null) => {
    setFile(f);
    setResult(null);
    commit.reset();
    if (f) preview.mutate(f);
    else preview.reset();
  };

  const rows = result?.rows ?? [];
  const bad = rows.filter((r) => r.errors.length > 0).length;
  const canCommit = !!file && !!result && result.ok && bad === 0 && rows.length > 0 && !preview.isPending;
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`;

  return (
    <Modal opened={opened} onClose={onClose} title={`Nhập đơn vị trực thuộc “${unit.name}” từ tệp`} size="xl">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Tệp .xlsx (trang tính đầu tiên) hoặc .csv có dòng tiêu đề, tối đa 5 MB. Các cột:
        </Text>
        <List size="sm" spacing={2}>
          <List.Item>
            <b>Mã đơn vị</b> (bắt buộc, không trùng), <b>Tên đơn vị</b>, <b>Loại</b> (mã hoặc tên loại, ví dụ “Chi bộ”)
          </List.Item>
          <List.Item>
            <b>Mã đơn vị cấp trên</b>: mã của một dòng khác trong tệp hoặc của đơn vị đã có; để trống nếu trực thuộc
            thẳng “{unit.name}”.
          </List.Item>
        </List>
        <Group align="flex-end" gap="sm">
          <FileInput
            label="Chọn tệp"
            placeholder="Chọn tệp .xlsx hoặc .csv"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={16} />}
            value={file}
            onChange={choose}
            clearable
            style={{ flex: 1 }}
            data-testid="import-file"
          />
          <Anchor href={templateHref} download="mau-nhap-don-vi.csv" size="sm" pb={8}>
            Tải tệp mẫu
          </Anchor>
        </Group>

        <ErrorAlert error={preview.error} />
        {!rowsFromError(commit.error) && <ErrorAlert error={commit.error} />}

        {preview.isPending && (
          <Text size="sm" c="dimmed">
            Đang kiểm tra tệp…
          </Text>
        )}
        {result && (
          <>
            <Group gap="xs" data-testid="import-summary">
              <Badge color="blue" variant="light">
                {rows.length} dòng
              </Badge>
              {bad > 0 ? (
                <Badge color="red" variant="light">
                  {bad} dòng có lỗi
                </Badge>
              ) : (
                <Badge color="teal" variant="light" leftSection={<IconCheck size={12} />}>
                  Hợp lệ
                </Badge>
              )}
              {bad > 0 && (
                <Text size="sm" c="red.8">
                  Sửa các lỗi trong tệp rồi chọn lại tệp. Chưa có đơn vị nào được tạo.
                </Text>
              )}
            </Group>
            <ImportPreviewTable rows={rows} />
          </>
        )}

        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button
            leftSection={<IconUpload size={16} />}
            disabled={!canCommit}
            loading={commit.isPending}
            onClick={() => file && commit.mutate(file)}
          >
            Nhập
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
