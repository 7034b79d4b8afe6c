import { Navigate, Route, Routes } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { AcceptInvitePage } from './auth/AcceptInvitePage';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { HomeRedirect } from './layout/HomeRedirect';
import { lazyScreen } from './layout/lazyScreen';
import { NotFoundPage } from './layout/NotFoundPage';
import { planRoutes } from './plans/routes';
import { reportingRoutes } from './reports/routes';

// Signing in, the app shell and the small pages around them are in the first download; screens are not.
const UnitsPage = lazyScreen(() => import('./units/UnitsPage'), 'UnitsPage');
const UsersPage = lazyScreen(() => import('./users/UsersPage'), 'UsersPage');
const AuditPage = lazyScreen(() => import('./audit/AuditPage'), 'AuditPage');

export function App() {
  return (
    <Routes>
      <Route path="/dang-nhap" element={<LoginPage />} />
      <Route path="/moi/:token" element={<AcceptInvitePage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect to="don-vi" />} />
          <Route path="don-vi" element={<HomeRedirect to="don-vi" />} />
          <Route path="don-vi/:unitId" element={<UnitsPage />} />
          <Route path="nguoi-dung" element={<HomeRedirect to="nguoi-dung" />} />
          <Route path="nguoi-dung/:unitId" element={<UsersPage />} />
          <Route path="nhat-ky" element={<HomeRedirect to="nhat-ky" />} />
          <Route path="nhat-ky/:unitId" element={<AuditPage />} />
          {planRoutes}
          {reportingRoutes}
          <Route path="doi-mat-khau" element={<ChangePasswordPage />} />
          <Route path="trang-chu" element={<Navigate to="/" replace />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
