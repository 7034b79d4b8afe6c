import { describe, expect, it } from 'vitest';
import { effectiveRole, roleAllows, topGrants, type Grant } from './roles.ts';

const grants: Grant[] = [
  { unitId: 2, unitPath: '/1/2/', role: 'viewer' },
  { unitId: 5, unitPath: '/1/2/5/', role: 'admin' },
  { unitId: 9, unitPath: '/1/9/', role: 'editor' },
];

describe('roles', () => {
  it('ranks viewer < editor < leader < admin', () => {
    expect(roleAllows('viewer', 'read')).toBe(true);
    expect(roleAllows('viewer', 'edit')).toBe(false);
    expect(roleAllows('editor', 'edit')).toBe(true);
    expect(roleAllows('editor', 'approve')).toBe(false);
    expect(roleAllows('leader', 'approve')).toBe(true);
    expect(roleAllows('leader', 'administer')).toBe(false);
    expect(roleAllows('admin', 'administer')).toBe(true);
  });
  it('applies a role to its unit and the whole subtree, and nowhere else', () => {
    expect(effectiveRole(grants, '/1/2/')).toBe('viewer');
    expect(effectiveRole(grants, '/1/2/7/')).toBe('viewer');
    expect(effectiveRole(grants, '/1/2/5/')).toBe('admin');
    expect(effectiveRole(grants, '/1/2/5/6/')).toBe('admin');
    expect(effectiveRole(grants, '/1/')).toBeNull();
    expect(effectiveRole(grants, '/1/3/')).toBeNull();
    // "/1/2/" must not match "/1/22/": paths end with a slash.
    expect(effectiveRole(grants, '/1/22/')).toBeNull();
  });
  it('keeps only the top-most grants that add something', () => {
    expect(topGrants(grants).map((g) => g.unitId)).toEqual([2, 5, 9]);
    const withAdminAbove: Grant[] = [{ unitId: 1, unitPath: '/1/', role: 'admin' }, ...grants];
    expect(topGrants(withAdminAbove).map((g) => g.unitId)).toEqual([1]);
  });
});
