package io.github.arizeadmin.fake.internal.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which behaviour rules of the real API (explained under the coverage table) each operation
 * enforces, and what it requires of the caller. The coverage table (COVERAGE.md) is generated from
 * this catalogue and the contract; every listed rule has a test.
 */
public final class RuleCatalogue {
  /**
   * One operation's entry.
   *
   * @param operationId the contract's operationId
   * @param authorization what the caller needs
   * @param rules the rule IDs enforced
   */
  public record Entry(String operationId, String authorization, List<String> rules) {
  }

  private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

  static {
    add("listOrganizations", "any user; member organizations (account ADMIN: all)", "R-FILTER-CI");
    add("createOrganization", "account ADMIN", "R-UNIQ-ORG");
    add("getOrganization", "a visible organization (else 404)");
    add("updateOrganization", "organization ADMIN", "R-UNIQ-ORG");
    add("deleteOrganization", "organization ADMIN", "R-CASCADE-ORG");
    add("addOrganizationUser", "organization ADMIN", "R-UPSERT-ORG", "R-USER-FIRST", "R-ANNOT-ORG", "R-ORG-CUSTOM-SDK");
    add("removeOrganizationUser", "organization ADMIN", "R-CASCADE-ORGUSER");
    add("listSpaces", "spaces with any permission (admins: all in scope)", "R-FILTER-CI");
    add("createSpace", "organization ADMIN", "R-UNIQ-SPACE");
    add("getSpace", "SPACE_READ");
    add("updateSpace", "SPACE_UPDATE", "R-UNIQ-SPACE");
    add("deleteSpace", "SPACE_DELETE", "R-CASCADE-SPACE");
    add("addSpaceUser", "space admin (PREDEFINED) or ROLE_BINDING_CREATE (CUSTOM)", "R-UPSERT-SPACE", "R-ORG-FIRST",
        "R-USER-FIRST", "R-ANNOT-SPACE");
    add("removeSpaceUser", "space admin or ROLE_BINDING_DELETE", "R-CASCADE-SPACEUSER");
    add("listUsers", "account ADMIN or MEMBER", "R-LIST-STATUS-DEFAULT", "R-FILTER-CI");
    add("createUser", "account ADMIN", "R-UNIQ-EMAIL", "R-INV-NONE", "R-INV-IDEMP", "R-TEMP-PW", "R-ANNOT-DEV",
        "R-USER-TERMINAL", "R-ACCT-CUSTOM");
    add("getUser", "account ADMIN or MEMBER (else 404)", "R-USER-GONE");
    add("updateUser", "account ADMIN", "R-UPDATE-NAME-TRIM");
    add("deleteUser", "account ADMIN", "R-CASCADE-USER", "R-USER-SELF", "R-USER-IDEMP-DEL", "R-USER-GONE");
    add("resendUserInvitation", "account ADMIN", "R-RESEND");
    add("resetUserPassword", "account ADMIN", "R-RESET");
    add("listRoles", "account ADMIN or MEMBER");
    add("createRole", "account ADMIN", "R-UNIQ-ROLE", "R-PERM-MIN1");
    add("getRole", "any user", "R-SAML-IDS");
    add("updateRole", "account ADMIN", "R-PREDEF-IMMUTABLE", "R-PERM-REPLACE", "R-PERM-MIN1", "R-UNIQ-ROLE");
    add("deleteRole", "account ADMIN", "R-PREDEF-IMMUTABLE", "R-ROLE-SOFTDEL");
    add("listRoleBindings", "any user of the account", "R-BIND-VISIBLE");
    add("createRoleBinding", "ROLE_BINDING_CREATE on the resource", "R-BIND-TYPES", "R-UNIQ-BINDING");
    add("getRoleBinding", "any user of the account", "R-BIND-VISIBLE");
    add("updateRoleBinding", "ROLE_BINDING_CREATE on the resource (else 404)", "R-BIND-PATCH");
    add("deleteRoleBinding", "ROLE_BINDING_DELETE on the resource (else 404)");
    add("listResourceRestrictions", "only restrictions the caller may manage", "R-RR-PAGING");
    add("createResourceRestriction", "space admin or PROJECT_RESTRICT", "R-RR-IDEMP", "R-RR-PROJECT-ONLY",
        "R-RR-MEANING");
    add("deleteResourceRestriction", "space admin or PROJECT_RESTRICT", "R-RR-404", "R-RR-MEANING");
    add("listApiKeys", "developer flag or account ADMIN; a `space_id` the caller holds nothing on is 404",
        "R-KEY-LIST-DEFAULT", "R-KEY-ONCE");
    add("createApiKey", "USER: developer flag; SERVICE: SERVICE_KEY_CREATE in each space", "R-KEY-ONCE",
        "R-KEY-EXPIRY", "R-KEY-SVC-SCOPE", "R-ANNOT-SVC", "R-ACCT-CUSTOM", "R-ORG-CUSTOM-SDK");
    add("refreshApiKey", "creator or account ADMIN (+ developer); service keys: space admin or creator",
        "R-KEY-ONCE", "R-KEY-REFRESH-ATOMIC", "R-KEY-REFRESH-EXPIRY", "R-KEY-GRACE", "R-KEY-REFRESH-ID",
        "R-KEY-REFRESH-NOBOT");
    add("revokeApiKey", "developer flag or account ADMIN; creator or account ADMIN (else 404)",
        "R-KEY-REVOKE-IDEMP", "R-KEY-REVOKE-ENUM");
    add("listProjects", "PROJECT_READ per project; a `space_id` the caller holds nothing on is 404", "R-FILTER-CI",
        "R-RR-MEANING");
    add("createProject", "PROJECT_CREATE on the space", "R-UNIQ-PROJECT");
    add("getProject", "PROJECT_READ", "R-RR-MEANING");
    add("updateProject", "PROJECT_UPDATE", "R-UNIQ-PROJECT");
    add("deleteProject", "PROJECT_DELETE", "R-PROJECT-DEL");
  }

  private RuleCatalogue() {
  }

  private static void add(String operationId, String authorization, String... rules) {
    ENTRIES.put(operationId, new Entry(operationId, authorization, List.of(rules)));
  }

  /**
   * @param operationId an operationId of the contract
   * @return its entry, or null when the fake does not implement it
   */
  public static Entry entry(String operationId) {
    return ENTRIES.get(operationId);
  }

  /** @return every entry, in the contract's order */
  public static Map<String, Entry> entries() {
    return java.util.Collections.unmodifiableMap(ENTRIES);
  }
}
