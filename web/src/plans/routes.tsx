// Routes of the plans area, mounted inside the app shell by App.tsx.
import { Route } from 'react-router';
import './plans.css';
import { PlansListPage } from './PlansListPage';
import { PlanEditorPage } from './editor/PlanEditorPage';
import { PlanDetailPage } from './detail/PlanDetailPage';
import { CalendarPage } from './calendar/CalendarPage';
import { DocumentSettingsPage } from './settings/DocumentSettingsPage';
import { ImportPage } from '../import/ImportPage';

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
