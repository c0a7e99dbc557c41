/**
 * Sign-in, the second factor, sign-out and password change against better-auth's `/api/auth/*` (which is not
 * in the OpenAPI document, so its bodies are spelled here).
 */
import { requestJson } from '../api/client.ts';

/** What the first sign-in step says: signed in, or a one-time code is needed. */
export type TSignInStep = 'signed_in' | 'two_factor';

/** `POST /api/auth/sign-in/email`. */
export async function signInWithEmail(email: string, password: string): Promise<TSignInStep> {
  const body = await requestJson<{ twoFactorRedirect?: boolean } | null>('POST', '/api/auth/sign-in/email', {
    email,
    password,
  });
  return body?.twoFactorRedirect ? 'two_factor' : 'signed_in';
}

/** `POST /api/auth/two-factor/verify-totp` with the code from the authenticator app. */
export async function verifyTotp(code: string): Promise<void> {
  await requestJson('POST', '/api/auth/two-factor/verify-totp', { code });
}

/** `POST /api/auth/sign-out`. */
export async function signOut(): Promise<void> {
  await requestJson('POST', '/api/auth/sign-out', {});
}

/** `POST /api/auth/change-password`; other sessions are signed out. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await requestJson('POST', '/api/auth/change-password', {
    currentPassword,
    newPassword,
    revokeOtherSessions: true,
  });
}
