import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { parseVnDate } from '../dates';

interface Props extends Omit<DateInputProps, 'value' | 'onChange'> {
  value: string | null;
  onChange: (iso: string | null) => void;
}

/** A date typed or picked as dd/mm/yyyy, held as YYYY-MM-DD. */
export function DateField({ value, onChange, ...rest }: Props) {
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      dateParser={(s) => parseVnDate(s)}
      clearable
      leftSection={<IconCalendar size={16} stroke={1.6} />}
      popoverProps={{ withinPortal: true }}
      {...rest}
      value={value}
      onChange={(v) => onChange(v ? String(v).slice(0, 10) : null)}
    />
  );
}
