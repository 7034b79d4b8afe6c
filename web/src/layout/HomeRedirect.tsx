import { Navigate } from 'react-router';
import { Alert } from '@mantine/core';
import { useCurrentUnit } from './currentUnit';

/** Sends `/section` to `/section/<current unit>`. */
export function HomeRedirect({ to }: { to: 'don-vi' | 'nguoi-dung' | 'nhat-ky' }) {
  const { unitId } = useCurrentUnit();
  if (unitId === null) {
    return (
      <Alert color="yellow" title="Chưa được phân quyền">
        Tài khoản của bạn chưa được giao vai trò ở đơn vị nào. Vui lòng liên hệ quản trị đơn vị.
      </Alert>
    );
  }
  return <Navigate to={`/${to}/${unitId}`} replace />;
}
