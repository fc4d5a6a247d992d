package io.github.arizeadmin.fake.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each rule ID of the coverage table means, in words, with the public source it comes from:
 * the Arize Python SDK 8.42.0 (its generated API docs and models, its client layer) and the Arize
 * skills repository. Rendered under the coverage table.
 */
final class RuleLegend {
  /** Where the short source names point. */
  static final String SOURCES = "`XxxApi.md` is `src/arize/_generated/api_client/docs/XxxApi.md` and `models/x.py` is "
      + "`src/arize/_generated/api_client/models/x.py` of the Arize Python SDK 8.42.0 "
      + "(github.com/Arize-ai/client_python); `SDK x client` is its handwritten `src/arize/x/client.py`; "
      + "`arize-skills` is github.com/Arize-ai/arize-skills, `skills/arize-admin`.";
  private static final Map<String, String[]> RULES = new LinkedHashMap<>();

  private static void rule(String id, String meaning, String source) {
    RULES.put(id, new String[] {meaning, source});
  }

  static {
    rule("R-UPSERT-ORG", "Adding a user who is already a member of the organization replaces their role (200).",
        "OrganizationsApi.md");
    rule("R-UPSERT-SPACE", "Adding a user who is already a member of the space replaces their role (200).",
        "SpacesApi.md");
    rule("R-ORG-FIRST", "A user joins a space only once a member of its organization (400 otherwise).", "SpacesApi.md");
    rule("R-USER-FIRST", "A user must exist in the account before joining an organization or a space.", "arize-skills");
    rule("R-ANNOT-ORG", "Account ANNOTATORs get only the organization role ANNOTATOR, and only they get it (400).",
        "OrganizationsApi.md");
    rule("R-ANNOT-SPACE", "The same for the predefined space role ANNOTATOR (400); CUSTOM space roles are free.",
        "SpacesApi.md");
    rule("R-ANNOT-DEV", "`is_developer` defaults to false for ANNOTATOR users, true for the others.",
        "models/create_user_request.py");
    rule("R-ANNOT-SVC", "Service keys take no ANNOTATOR role at any level (422).",
        "models/create_service_api_key_request.py");
    rule("R-ACCT-CUSTOM", "CUSTOM account roles are not yet supported (422).", "models/user_role_assignment.py");
    rule("R-ORG-CUSTOM-SDK", "CUSTOM organization roles are not yet supported (422).", "SDK organizations client");
    rule("R-CASCADE-ORGUSER", "Removing a user from an organization removes them from its spaces too.",
        "OrganizationsApi.md");
    rule("R-CASCADE-SPACEUSER", "Removing a user from a space removes their role bindings on it; 404 for a non-member.",
        "SpacesApi.md");
    rule("R-CASCADE-USER", "Deleting a user deactivates them and removes their memberships, API keys and bindings.",
        "UsersApi.md");
    rule("R-USER-TERMINAL", "A deleted user's email cannot be invited again (409).", "UsersApi.md");
    rule("R-USER-IDEMP-DEL", "Deleting a deleted user answers 204.", "UsersApi.md");
    rule("R-USER-SELF", "Callers cannot delete themselves (400; the status is the fake's choice).", "UsersApi.md");
    rule("R-USER-GONE", "A deleted user is gone from gets (404) and lists.", "UsersApi.md");
    rule("R-CASCADE-SPACE", "Deleting a space removes everything in it (projects, bindings, memberships).",
        "SpacesApi.md");
    rule("R-CASCADE-ORG", "Deleting an organization removes its spaces and all they hold.", "OrganizationsApi.md");
    rule("R-PROJECT-DEL", "Deleting a project removes it with its bindings and restriction, for good.", "ProjectsApi.md");
    rule("R-ROLE-SOFTDEL", "Deleting a custom role removes its bindings; its name can be used again.", "RolesApi.md");
    rule("R-UNIQ-ORG", "Organization names are unique in the account (409).", "OrganizationsApi.md");
    rule("R-UNIQ-SPACE", "Space names are unique in their organization (409).", "SpacesApi.md");
    rule("R-UNIQ-ROLE", "Role names are unique in the account (409).", "RolesApi.md");
    rule("R-UNIQ-PROJECT", "Project names are unique in their space (409 on create).", "ProjectsApi.md");
    rule("R-UNIQ-BINDING", "One role binding per user and resource (409).", "RoleBindingsApi.md");
    rule("R-UNIQ-EMAIL", "The email (case-insensitive) identifies a user; display names may repeat.", "UsersApi.md");
    rule("R-FILTER-CI", "Name and email filters are case-insensitive substring matches.",
        "the `name`, `space_name` and `email` parameters in OrganizationsApi.md, SpacesApi.md, ProjectsApi.md, UsersApi.md");
    rule("R-PREDEF-IMMUTABLE", "Predefined roles cannot be updated or deleted (400).", "RolesApi.md");
    rule("R-PERM-REPLACE", "Updating a role's permissions replaces the whole set.", "RolesApi.md");
    rule("R-PERM-MIN1", "A role has at least one permission, on create and on update.", "models/create_role_request.py");
    rule("R-BIND-TYPES", "Bindings are on SPACE or PROJECT, and resource_id must be of that type (400).",
        "RoleBindingsApi.md");
    rule("R-BIND-PATCH", "Only a binding's role_id can change.", "RoleBindingsApi.md");
    rule("R-BIND-VISIBLE", "Every user of the account can read every role binding of the account.",
        "RoleBindingsApi.md");
    rule("R-SAML-IDS", "A role keeps its ID until it is deleted.", "arize-skills");
    rule("R-KEY-ONCE", "The raw key is returned by create and refresh only; lists show the redacted key.",
        "APIKeysApi.md");
    rule("R-KEY-EXPIRY", "Without `expires_at` a key never expires; a past `expires_at` is refused (422).",
        "models/create_user_api_key_request.py");
    rule("R-KEY-REFRESH-ATOMIC", "Refresh replaces the old key by a new one in one step.", "APIKeysApi.md");
    rule("R-KEY-REFRESH-EXPIRY", "Refreshing an expiring key needs an `expires_at` no later than its own (422).",
        "APIKeysApi.md");
    rule("R-KEY-GRACE", "A grace period keeps the old key valid until min(now + grace, its expiry), then REVOKED.",
        "models/refresh_api_key_request.py");
    rule("R-KEY-REFRESH-ID", "The refreshed key is a new key with a new ID.", "APIKeysApi.md");
    rule("R-KEY-REFRESH-NOBOT", "Refresh returns no `bot_user` and leaves the service key's bot as it is.",
        "models/refresh_api_key_response.py");
    rule("R-KEY-REVOKE-IDEMP", "Revoking a revoked key answers 204.", "APIKeysApi.md");
    rule("R-KEY-REVOKE-ENUM", "A developer revoking a key someone else created gets 404.", "APIKeysApi.md");
    rule("R-KEY-SVC-SCOPE", "A service key acts as a bot in its spaces, each in its listed organization; defaults "
        + "account MEMBER, organization READ_ONLY, space MEMBER.", "APIKeysApi.md");
    rule("R-KEY-LIST-DEFAULT", "Key lists default to ACTIVE keys: user keys, or with `space_id` the space's service keys.",
        "APIKeysApi.md");
    rule("R-RR-MEANING", "A restricted project ignores roles from above it: only project bindings (and admins of its "
        + "organization or account) grant access.", "ResourceRestrictionsApi.md");
    rule("R-RR-IDEMP", "Restricting a restricted project returns the restriction (200).", "ResourceRestrictionsApi.md");
    rule("R-RR-404", "Unrestricting a project that is not restricted answers 404.", "ResourceRestrictionsApi.md");
    rule("R-RR-PROJECT-ONLY", "Only projects can be restricted (400 for any other ID).", "ResourceRestrictionsApi.md");
    rule("R-RR-PAGING", "The list shows only the restrictions the caller may manage; pages may come out short.",
        "ResourceRestrictionsApi.md");
    rule("R-INV-NONE", "Invite mode NONE makes an ACTIVE password user at once, without an email; an active email "
        + "is 409.", "UsersApi.md");
    rule("R-INV-IDEMP", "EMAIL_LINK and TEMPORARY_PASSWORD: 201 for a new or expired email, 200 while pending, 409 "
        + "for an active or deleted one.", "UsersApi.md");
    rule("R-TEMP-PW", "The temporary password is in the 201 body only.", "UsersApi.md");
    rule("R-RESEND", "Resending works for pending invitations; a verified user or a SAML account is 400.",
        "UsersApi.md");
    rule("R-RESET", "Reset-password is 400 for SSO users (and in SAML-enforced accounts) and unverified users.",
        "UsersApi.md");
    rule("R-LIST-STATUS-DEFAULT", "The users list shows ACTIVE, INVITED and EXPIRED users unless `status` says.",
        "UsersApi.md");
    rule("R-UPDATE-NAME-TRIM", "A user's new name is trimmed; a blank one is 400.", "UsersApi.md");
  }

  private RuleLegend() {
  }

  /** @return rule ID to its meaning and source, in the order above */
  static Map<String, String[]> rules() {
    return RULES;
  }
}
