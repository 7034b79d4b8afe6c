/**
 * The security headers every response carries: API answers (JSON, refusals, errors, unknown routes)
 * and the web app's files (the page, a hashed script, a client route served as index.html).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { startTestApp, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';

const workDir = mkdtempSync(join(tmpdir(), 'tt-headers-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function expectSecurityHeaders(res: LightMyRequestResponse, what: string): void {
  const csp = String(res.headers['content-security-policy'] ?? '');
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values.join(' ')] as const;
      }),
  );
  expect(Object.fromEntries(directives), what).toEqual({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });
  expect(res.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(res.headers['permissions-policy'], what).toBe('camera=(self), microphone=(), geolocation=()');
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
}

describe.each(DATABASE_KINDS)('security headers (%s)', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    const webRoot = join(workDir, `web-${kind}`);
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>tuyên truyền</title>');
    writeFileSync(join(webRoot, 'assets', 'app-1a2b.js'), 'console.log("x");');
    t = await startTestApp(kind, { webRoot });
  });
  afterAll(() => t?.close());

  it('are on every API answer: success, refusal, validation error, unknown route, failed sign-in', async () => {
    expectSecurityHeaders(await t.app.inject({ method: 'GET', url: '/api/health' }), 'health');
    expectSecurityHeaders(await t.app.inject({ method: 'GET', url: '/api/auth/me' }), 'no session (401)');
    expectSecurityHeaders(await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } }), 'invalid body (400)');
    expectSecurityHeaders(await t.app.inject({ method: 'GET', url: '/api/khong-co' }), 'unknown route (404)');
    expectSecurityHeaders(
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin.tinh', password: 'sai-mat-khau' }, remoteAddress: '10.50.0.1' }),
      'wrong password (401)',
    );
    const admin = await t.signIn('admin.tinh');
    expectSecurityHeaders(await admin.get('/api/auth/me'), 'signed in');
  });

  it('are on the web app’s files: the page, a client route, a script, a missing script', async () => {
    for (const url of ['/', '/index.html', '/don-vi/12', '/assets/app-1a2b.js', '/assets/app-old.js']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(url === '/assets/app-old.js' ? 404 : 200);
      expectSecurityHeaders(res, url);
    }
  });
});
