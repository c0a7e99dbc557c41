import type { TFunction } from 'i18next';
import { ApiError, ServerUnreachableError } from '../../lib/api/errors.ts';

/** What to tell someone whose sign-in, code or password change failed. */
export function describeAuthError(error: unknown, t: TFunction): string {
  if (error instanceof ServerUnreachableError) return t('The server cannot be reached');
  if (error instanceof ApiError) {
    if (error.status === 429) return t('Too many attempts. Wait a few minutes, then try again.');
    if (error.status === 404) return t('This server has no sign-in.');
    if (error.code === 'INVALID_EMAIL_OR_PASSWORD') return t('The email or the password is wrong.');
    if (error.code === 'INVALID_PASSWORD') return t('The current password is wrong.');
    if (error.code === 'INVALID_CODE' || error.code === 'INVALID_TWO_FACTOR_CODE')
      return t('The code is wrong or has expired.');
    if (error.code === 'PASSWORD_TOO_SHORT') return t('The new password is too short.');
    if (error.status === 401) return t('The email or the password is wrong.');
  }
  return t('Something went wrong');
}
