import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useUnit } from '../../api/units';
import { useCurrentUnit } from '../../layout/currentUnit';

/** The unit of a `?unit=ID` page (the current unit when absent), its detail, and a way to switch it. */
export function useUnitParam() {
  const [params, setParams] = useSearchParams();
  const { unitId: current, setUnitId } = useCurrentUnit();
  const raw = Number(params.get('unit'));
  const unitId = Number.isInteger(raw) && raw > 0 ? raw : current;
  const unit = useUnit(unitId);
  useEffect(() => {
    if (unit.isSuccess && unitId !== null) setUnitId(unitId);
  }, [unit.isSuccess, unitId, setUnitId]);

  const setUnit = useCallback(
    (id: number) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.set('unit', String(id));
        return next;
      }),
    [setParams],
  );
  return { unitId, unit, setUnit, params, setParams };
}
