import { Autocomplete, SimpleGrid, TextInput } from '@mantine/core';
import type { Signer } from '../../types';

const AUTHORITIES = ['T/M BAN THƯỜNG VỤ', 'T/M ĐẢNG ỦY', 'T/M CHI ỦY', 'T/M CHI BỘ', 'K/T BÍ THƯ', 'T/M ỦY BAN NHÂN DÂN', 'K/T CHỦ TỊCH', 'TRƯỞNG BAN', 'K/T TRƯỞNG BAN'];
const POSITIONS = ['BÍ THƯ', 'PHÓ BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'];

export function SignerSection({ value, onChange }: { value: Signer | null; onChange: (s: Signer) => void }) {
  const s = value ?? { authority: null, position: null, name: null };
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <Autocomplete
        label="Thẩm quyền ký"
        placeholder="T/M BAN THƯỜNG VỤ"
        data={AUTHORITIES}
        value={s.authority ?? ''}
        onChange={(authority) => onChange({ ...s, authority: authority.toLocaleUpperCase('vi') })}
      />
      <Autocomplete
        label="Chức vụ người ký"
        placeholder="BÍ THƯ"
        data={POSITIONS}
        value={s.position ?? ''}
        onChange={(position) => onChange({ ...s, position: position.toLocaleUpperCase('vi') })}
      />
      <TextInput label="Họ và tên người ký" value={s.name ?? ''} onChange={(e) => onChange({ ...s, name: e.currentTarget.value })} />
    </SimpleGrid>
  );
}
