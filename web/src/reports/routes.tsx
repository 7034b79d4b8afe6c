import { Route } from 'react-router';
import { ActivitiesPage } from './activities/ActivitiesPage';
import { ReportsPage } from './list/ReportsPage';
import { ReportPage } from './report/ReportPage';
import { ReportFormsPage } from './forms/ReportFormsPage';
import { DashboardPage } from '../dashboard/DashboardPage';

/** Carrying out and reporting: /ket-qua, /bao-cao, /bao-cao/:id, /tong-quan (all take ?unit=ID). */
export const reportingRoutes = (
  <>
    <Route path="ket-qua" element={<ActivitiesPage />} />
    <Route path="bao-cao" element={<ReportsPage />} />
    <Route path="bao-cao/:reportId" element={<ReportPage />} />
    <Route path="tong-quan" element={<DashboardPage />} />
    <Route path="mau-bao-cao" element={<ReportFormsPage />} />
  </>
);
