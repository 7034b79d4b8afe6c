// Routes of the plans area, mounted inside the app shell by App.tsx; each screen loads on first visit.
import { Route } from 'react-router';
import { lazyScreen } from '../layout/lazyScreen';
import './plans.css';

const PlansListPage = lazyScreen(() => import('./PlansListPage'), 'PlansListPage');
const PlanEditorPage = lazyScreen(() => import('./editor/PlanEditorPage'), 'PlanEditorPage');
const PlanDetailPage = lazyScreen(() => import('./detail/PlanDetailPage'), 'PlanDetailPage');
const CalendarPage = lazyScreen(() => import('./calendar/CalendarPage'), 'CalendarPage');
const DocumentSettingsPage = lazyScreen(() => import('./settings/DocumentSettingsPage'), 'DocumentSettingsPage');
const ImportPage = lazyScreen(() => import('../import/ImportPage'), 'ImportPage');

export const planRoutes = (
  <>
    <Route path="ke-hoach" element={<PlansListPage />} />
    <Route path="ke-hoach/moi" element={<PlanEditorPage />} />
    <Route path="ke-hoach/nhap" element={<ImportPage />} />
    <Route path="ke-hoach/van-ban/:unitId" element={<DocumentSettingsPage />} />
    <Route path="ke-hoach/:planId" element={<PlanDetailPage />} />
    <Route path="ke-hoach/:planId/sua" element={<PlanEditorPage />} />
    <Route path="lich" element={<CalendarPage />} />
  </>
);
