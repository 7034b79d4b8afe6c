import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { get } from '../../api/client';
import { notifyError } from '../../lib/notify';
import { planKeys } from '../api';
import type { PlanDetail } from '../types';

/** Fetches the plan as saved by someone else and hands it to the editor (which drops local changes). */
export function useConflictReload(id: number, apply: (latest: PlanDetail) => void) {
  const qc = useQueryClient();
  const [loading, setLoading] = useState(false);
  const run = async () => {
    setLoading(true);
    try {
      const latest = await get<PlanDetail>(`/plans/${id}`);
      qc.setQueryData(planKeys.detail(id), latest);
      apply(latest);
    } catch (err) {
      notifyError(err, 'Không tải lại được kế hoạch');
    } finally {
      setLoading(false);
    }
  };
  return { run: () => void run(), loading };
}
