/**
 * The Content-Security-Policy of the editors' page /admin/: the one place it is written down.
 * docs/deploy.md shows it in the nginx example (tests/unit/cms-config.test.ts fails when the two
 * differ), and tests/e2e/admin.spec.ts serves /admin/ with exactly this policy and fails on any
 * violation while the CMS starts and an editor writes a post with a picture.
 *
 * The public pages keep their stricter policy (docs/deploy.md). What the CMS needs beyond it,
 * each found by the browser test (without it the CMS breaks or the browser reports a violation):
 * - `style-src 'unsafe-inline'`: the CMS's components add their styles at run time; without it
 *   the editor stays unstyled and unusable;
 * - `img-src data: blob:`: pictures being uploaded are shown from blob: addresses, the CMS's
 *   app icons are data: addresses;
 * - `connect-src data: blob:`: the CMS reads its default logo (a data: address) and files the
 *   editor picked (blob: addresses) with fetch(); neither leaves the browser;
 * - `connect-src` to the Git host: in production the CMS reads and writes the repository through
 *   its API and exchanges the sign-in code for a token there (`backend` in config.ts; the host is
 *   zu bestätigen, and the test cannot reach it).
 * Scripts come from this site only, without `unsafe-inline` or `unsafe-eval`; fonts from this
 * site only (the bundling points the CDN fonts the CMS's stylesheet names at its shipped copies).
 */
import { backend } from './config.ts';

/** The origins of the Git host the CMS talks to in production. */
function gitHostOrigins(): string[] {
  return [...new Set([backend.api_root, backend.base_url].map((address) => new URL(address).origin))];
}

/** The policy's directives, in the order they are written. */
export function adminCspDirectives(): [string, string[]][] {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", 'data:', 'blob:', ...gitHostOrigins()]],
    ['frame-ancestors', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['object-src', ["'none'"]],
  ];
}

/** The policy as the value of the Content-Security-Policy header. */
export function adminContentSecurityPolicy(): string {
  return adminCspDirectives()
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
