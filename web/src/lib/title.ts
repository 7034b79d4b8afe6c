import { useDocumentTitle } from '@mantine/hooks';

/** Sets the browser tab title: "<page> · Tuyên truyền". */
export function usePageTitle(page: string | null | undefined): void {
  useDocumentTitle(page ? `${page} · Tuyên truyền` : 'Tuyên truyền');
}
