import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useLocalStorage } from '@mantine/hooks';
import { useSession } from '../api/auth';

interface CurrentUnit {
  /** The unit the user is working on (last opened), or null when they have no unit at all. */
  unitId: number | null;
  setUnitId: (id: number) => void;
}

const Ctx = createContext<CurrentUnit | null>(null);

export function CurrentUnitProvider({ children }: { children: ReactNode }) {
  const { user, roots } = useSession();
  const fallback = roots[0]?.id ?? null;
  const [stored, setStored] = useLocalStorage<number | null>({
    key: `tt.currentUnit.${user.id}`,
    defaultValue: null,
    getInitialValueInEffect: false,
  });
  const setUnitId = useCallback((id: number) => setStored(id), [setStored]);
  const value = useMemo(() => ({ unitId: stored ?? fallback, setUnitId }), [stored, fallback, setUnitId]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useCurrentUnit(): CurrentUnit {
  const v = useContext(Ctx);
  if (!v) throw new Error('useCurrentUnit outside CurrentUnitProvider');
  return v;
}
