/** Every action the audit log records, in the words the log shows; the code is what the address and the API hold. */
export const AUDIT_ACTION_LABELS = {
  "sign_in.ok": "Signed in",
  "sign_in.failed": "Sign-in failed",
  "sign_in.throttled": "Sign-in refused: too many attempts",
  "user.created": "Account created",
  "user.role_changed": "Role changed",
  "user.deactivated": "Account deactivated",
  "user.reactivated": "Account reactivated",
  "user.password_reset": "Password reset by an administrator",
  "user.password_changed": "Password changed",
  "user.password_change_refused": "Password change refused",
  "user.signed_out_everywhere": "Signed out everywhere",
  "user.renamed": "Name changed",
  "case.created": "Case created",
  "case.updated": "Case saved",
  "case.status_changed": "Case status changed",
  "case.address_changed": "Case address changed",
  "city.created": "City added",
  "city.updated": "City changed",
  "policy_area.created": "Policy area added",
  "policy_area.renamed": "Policy area renamed",
  "policy_area.updated": "Policy area changed",
  "organisation.renamed": "Organisation renamed",
  "organisation.merged": "Organisations merged",
  "organisation.spelling_forgotten": "Spelling of an organisation forgotten",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** What a kind of action ("case.") is called in the filter's list. */
const KIND_LABELS: Record<string, string> = {
  "sign_in.": "Every sign-in",
  "user.": "Every change to an account",
  "case.": "Every change to a case",
  "city.": "Every change to a city",
  "policy_area.": "Every change to a policy area",
  "organisation.": "Every change to an organisation",
};

/** An action's words; a code the product no longer writes (kept in old entries) is shown as it is. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
}

function auditKindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? `Every ${kind.slice(0, -1).replaceAll("_", " ")} action`;
}

/** A choice of the log's "What" filter in words: a kind of action ("case."), or one action. */
export const auditFilterLabel = (value: string) => (value.endsWith(".") ? auditKindLabel(value) : auditActionLabel(value));
