/**
 * Masking of personal data (PIPL / GDPR): attributes a workspace marks personal are shown masked to roles
 * without the `pii` permission, in every response and export. One rule, here.
 */

const EMAIL = /^([^@\s]+)@([^@\s]+)$/;

/**
 * A personal value masked so it still helps a person recognise it but cannot be used: a phone number keeps
 * its first 3 and last 4 digits (138****1234), an e-mail its first character and domain (z***@example.com),
 * an ID number its first 4 and last 4 characters, a name its first character (张**), anything else its first
 * character. Non-strings (numbers, booleans) are masked as their text; null stays null.
 */
export function maskPersonalValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const chars = [...text];
  const email = EMAIL.exec(text);
  if (email) return `${[...(email[1] ?? '')][0] ?? ''}***@${email[2] ?? ''}`;
  const digits = text.replace(/[\s+\-()]/g, '');
  if (/^\d{7,15}$/.test(digits) && digits.length <= 15 && chars.length <= 20) {
    const keepHead = digits.length >= 11 ? 3 : 2;
    return `${digits.slice(0, keepHead)}${'*'.repeat(digits.length - keepHead - 4)}${digits.slice(-4)}`;
  }
  if (/^[0-9A-Za-z]{15,18}$/.test(text)) {
    return `${text.slice(0, 4)}${'*'.repeat(text.length - 8)}${text.slice(-4)}`;
  }
  if (chars.length <= 1) return '*';
  return `${chars[0] ?? ''}${'*'.repeat(Math.min(chars.length - 1, 8))}`;
}

/** The attributes with every field named in `personalFields` masked; others unchanged. */
export function maskAttributes(
  attributes: Record<string, unknown> | null | undefined,
  personalFields: readonly string[],
): Record<string, unknown> | null {
  if (!attributes) return attributes ?? null;
  if (personalFields.length === 0) return attributes;
  const masked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    masked[key] = personalFields.includes(key) ? maskPersonalValue(value) : value;
  }
  return masked;
}
