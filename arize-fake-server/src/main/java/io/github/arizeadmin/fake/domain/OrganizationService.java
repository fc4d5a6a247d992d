package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.OrgMembership;
import io.github.arizeadmin.fake.store.Records.Organization;
import io.github.arizeadmin.fake.store.Records.User;
import io.github.arizeadmin.fake.store.State;
import io.github.arizeadmin.fake.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Organizations and their members (reference §2.1). */
public final class OrganizationService extends Service {
  OrganizationService(Store store, Clock clock, Ids ids) {
    super(store, clock, ids);
  }

  /**
   * listOrganizations: the organizations the caller is a member of (an account ADMIN sees all);
   * {@code name} is a case-insensitive substring filter.
   *
   * @param caller the caller
   * @param name filter, or null
   * @param limit page size, or null
   * @param cursor cursor, or null
   * @return the list response
   */
  public Map<String, Object> list(Caller caller, String name, Integer limit, String cursor) {
    return read(caller, (s, a) -> Page.of("organizations", s.organizationsByAccount.find(caller.account()),
        o -> a.seesOrg(o) && containsIgnoreCase(o.name(), name), Wire::organization, limit, cursor));
  }

  /**
   * createOrganization: account ADMIN only; the name is unique in the account.
   *
   * @param caller the caller
   * @param body the request
   * @return the organization
   */
  public Map<String, Object> create(Caller caller, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      if (!a.accountAdmin()) {
        throw ApiError.forbidden("Account admin is required to create an organization.");
      }
      String name = name(b, "name", 255);
      uniqueName(s, caller.account(), name);
      Organization org = s.organizations.put(new Organization(s.organizations.nextNumber(), ids.suffix(),
          caller.account(), name, b.string("description", ""), now()));
      return Wire.organization(org);
    });
  }

  /**
   * getOrganization: organizations the caller cannot see answer 404.
   *
   * @param caller the caller
   * @param orgId the organization
   * @return the organization
   */
  public Map<String, Object> get(Caller caller, String orgId) {
    return read(caller, (s, a) -> Wire.organization(visible(s, a, orgId)));
  }

  /**
   * updateOrganization: organization ADMIN; at least one field; the new name stays unique.
   *
   * @param caller the caller
   * @param orgId the organization
   * @param body the request
   * @return the organization
   */
  public Map<String, Object> update(Caller caller, String orgId, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      Organization org = administered(s, a, orgId);
      if (b.isEmpty()) {
        throw ApiError.badRequest("At least one of name or description is required.");
      }
      String name = org.name();
      if (b.has("name")) {
        name = name(b, "name", 255);
        if (!name.equals(org.name())) {
          uniqueName(s, caller.account(), name);
        }
      }
      Organization updated = s.organizations.put(new Organization(org.num(), org.suffix(), org.account(), name,
          b.string("description", org.description()), org.createdAt()));
      return Wire.organization(updated);
    });
  }

  /**
   * deleteOrganization: organization ADMIN; cascades to spaces and everything in them.
   *
   * @param caller the caller
   * @param orgId the organization
   */
  public void delete(Caller caller, String orgId) {
    write(caller, (s, a) -> {
      Cascades.deleteOrg(s, administered(s, a, orgId));
      return null;
    });
  }

  /**
   * addOrganizationUser: an upsert; organization ADMIN; annotator rules; CUSTOM roles are 422.
   *
   * @param caller the caller
   * @param orgId the organization
   * @param body the request
   * @return the membership
   */
  public Map<String, Object> addUser(Caller caller, String orgId, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      Organization org = administered(s, a, orgId);
      Body role = b.object("role");
      if (role == null) {
        throw ApiError.badRequest("role: is required.");
      }
      // IDs are read before any rule: a malformed one is a 400 even where the request is refused anyway
      Lookups.id(b.string("user_id"), "user_id", "User");
      if ("CUSTOM".equals(role.string("type"))) {
        Lookups.id(role.string("id"), "role.id", "Role");
        throw ApiError.unprocessable("role: custom organization roles are not yet supported.");
      }
      String roleName = role.string("name");
      User user = Lookups.user(s, caller, b.string("user_id"), "user_id");
      annotatorRule(user, roleName, "organization");
      OrgMembership existing = s.orgMembershipsByPair.first(List.of(org.num(), user.num())).orElse(null);
      OrgMembership saved = existing == null
          ? new OrgMembership(s.orgMemberships.nextNumber(), ids.suffix(), caller.account(), org.num(), user.num(), roleName)
          : new OrgMembership(existing.num(), existing.suffix(), existing.account(), org.num(), user.num(), roleName);
      s.orgMemberships.put(saved);
      return Wire.orgMembership(saved, s);
    });
  }

  /**
   * removeOrganizationUser: organization ADMIN; cascades to the user's spaces of it; 404 when not a member.
   *
   * @param caller the caller
   * @param orgId the organization
   * @param userId the user
   */
  public void removeUser(Caller caller, String orgId, String userId) {
    write(caller, (s, a) -> {
      Organization org = administered(s, a, orgId);
      User user = Lookups.user(s, caller, userId, "user_id");
      OrgMembership m = s.orgMembershipsByPair.first(List.of(org.num(), user.num()))
          .orElseThrow(() -> ApiError.notFound("User " + userId + " is not a member of organization " + orgId + "."));
      Cascades.removeOrgMembership(s, m);
      return null;
    });
  }

  /** R-ANNOT-ORG / R-ANNOT-SPACE: annotator account users get ANNOTATOR only, and only they do. */
  static void annotatorRule(User user, String roleName, String level) {
    boolean annotatorUser = "ANNOTATOR".equals(user.role());
    boolean annotatorRole = "ANNOTATOR".equals(roleName);
    if (annotatorUser && !annotatorRole) {
      throw ApiError.badRequest("role: a user whose account role is ANNOTATOR may only get the " + level
          + " role ANNOTATOR.");
    }
    if (!annotatorUser && annotatorRole) {
      throw ApiError.badRequest("role: the " + level + " role ANNOTATOR is only for users whose account role is ANNOTATOR.");
    }
  }

  static Organization visible(State s, Access a, String orgId) {
    Organization org = Lookups.org(s, a.caller(), orgId, "org_id");
    if (!a.seesOrg(org)) {
      throw ApiError.notFound("Organization " + orgId + " was not found.");
    }
    return org;
  }

  static Organization administered(State s, Access a, String orgId) {
    Organization org = visible(s, a, orgId);
    if (!a.orgAdmin(org)) {
      throw ApiError.forbidden("Organization admin is required.");
    }
    return org;
  }

  private static void uniqueName(State s, long account, String name) {
    if (s.organizationsByName.first(List.of(account, name)).isPresent()) {
      throw ApiError.conflict("An organization named " + name + " already exists in this account.");
    }
  }
}
