package io.github.arizeadmin.core;

/**
 * The 43 REST operations and whether each may be retried. The decision is made once, here.
 *
 * <p>Idempotent (retried on 429/502/503/504): every GET; every DELETE (the target is gone after one
 * success or several; a retry after a lost success may answer 404); {@code PUT .../revoke} (revoking a
 * revoked key answers 204); every PATCH (each sets absolute values, permissions are replaced in full,
 * so repeating it gives the same state); the add-user POSTs of organizations and spaces (upserts:
 * repeating sets the same role); the restrict POST (documented idempotent: a repeat returns the
 * existing restriction); and user creation with an invitation ({@code EMAIL_LINK} or {@code
 * TEMPORARY_PASSWORD}), which the service keys on the email: a repeat returns the pending
 * invitation unchanged and sends no email.
 *
 * <p>Not idempotent (never retried): the other creates (organization, space, role, role binding,
 * project: a repeat answers 409; API key: a repeat issues a second key), user creation with {@code
 * NONE} (a repeat answers 409), refresh (a repeat revokes the new key), resend-invitation and
 * reset-password (each sends an email and a new token).
 */
enum Endpoint {
  LIST_ORGANIZATIONS(true), CREATE_ORGANIZATION(false), GET_ORGANIZATION(true), UPDATE_ORGANIZATION(true),
  DELETE_ORGANIZATION(true), ADD_ORGANIZATION_USER(true), REMOVE_ORGANIZATION_USER(true),

  LIST_SPACES(true), CREATE_SPACE(false), GET_SPACE(true), UPDATE_SPACE(true), DELETE_SPACE(true),
  ADD_SPACE_USER(true), REMOVE_SPACE_USER(true),

  LIST_USERS(true), CREATE_USER(false), CREATE_USER_INVITATION(true), GET_USER(true), UPDATE_USER(true),
  DELETE_USER(true), RESEND_USER_INVITATION(false), RESET_USER_PASSWORD(false),

  LIST_ROLES(true), CREATE_ROLE(false), GET_ROLE(true), UPDATE_ROLE(true), DELETE_ROLE(true),

  LIST_ROLE_BINDINGS(true), CREATE_ROLE_BINDING(false), GET_ROLE_BINDING(true), UPDATE_ROLE_BINDING(true),
  DELETE_ROLE_BINDING(true),

  LIST_RESOURCE_RESTRICTIONS(true), CREATE_RESOURCE_RESTRICTION(true), DELETE_RESOURCE_RESTRICTION(true),

  LIST_API_KEYS(true), CREATE_API_KEY(false), REFRESH_API_KEY(false), REVOKE_API_KEY(true),

  LIST_PROJECTS(true), CREATE_PROJECT(false), GET_PROJECT(true), UPDATE_PROJECT(true), DELETE_PROJECT(true);

  private final boolean idempotent;

  Endpoint(boolean idempotent) {
    this.idempotent = idempotent;
  }

  boolean idempotent() {
    return idempotent;
  }
}
