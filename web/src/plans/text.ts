// Diacritic-insensitive matching for client-side pickers ("binh lu" finds "Bình Lư").
import type { ComboboxItem, OptionsFilter } from '@mantine/core';

export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
}

export const foldedFilter: OptionsFilter = ({ options, search }) => {
  const q = fold(search);
  if (!q) return options;
  return options.filter((o) => 'value' in o && fold((o as ComboboxItem).label).includes(q));
};
