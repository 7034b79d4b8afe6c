import { Route } from 'react-router';
import { lazyScreen } from '../layout/lazyScreen';

const ActivitiesPage = lazyScreen(() => import('./activities/ActivitiesPage'), 'ActivitiesPage');
const ReportsPage = lazyScreen(() => import('./list/ReportsPage'), 'ReportsPage');
const ReportPage = lazyScreen(() => import('./report/ReportPage'), 'ReportPage');
const ReportFormsPage = lazyScreen(() => import('./forms/ReportFormsPage'), 'ReportFormsPage');
const DashboardPage = lazyScreen(() => import('../dashboard/DashboardPage'), 'DashboardPage');

/** Carrying out and reporting: /ket-qua, /bao-cao, /bao-cao/:id, /tong-quan (all take ?unit=ID); each loads on first visit. */
export const reportingRoutes = (
  <>
    <Route path="ket-qua" element={<ActivitiesPage />} />
    <Route path="bao-cao" element={<ReportsPage />} />
    <Route path="bao-cao/:reportId" element={<ReportPage />} />
    <Route path="tong-quan" element={<DashboardPage />} />
    <Route path="mau-bao-cao" element={<ReportFormsPage />} />
  </>
);
