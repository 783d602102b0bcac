/**
 * The password rules as the server states them (server/auth/passwords.py): the field messages it
 * sends ("too short", "too common", …) in the reader's language.
 */
type Translate = (key: string) => string

export function passwordFieldMessage(message: string, t: Translate): string {
  if (message === 'too short') return t('auth.passwordTooShort')
  if (message === 'too common') return t('auth.passwordTooCommon')
  return message
}
