package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records;
import io.github.arizeadmin.fake.internal.store.Records.OrgMembership;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Store;
import io.github.arizeadmin.fake.internal.store.Tags;
import io.github.arizeadmin.fake.state.Organization;
import io.github.arizeadmin.fake.state.OrganizationMembership;
import io.github.arizeadmin.fake.state.OrganizationRole;
import java.time.Clock;

/** Organizations and their members. */
public final class OrganizationService extends Service {
  /**
   * createOrganization's body.
   *
   * @param name the name
   * @param description the description, or null
   */
  public record Create(String name, String description) {
    /** An organization with just a name, the other fields left out (the fresh state's). */
    static Create named(String name) {
      return new Create(name, "");
    }
  }

  /**
   * updateOrganization's body (null: unchanged).
   *
   * @param name the new name
   * @param description the new description
   */
  public record Update(String name, String description) {
  }

  /**
   * addOrganizationUser's body.
   *
   * @param userId the user
   * @param role the role (custom roles are 422)
   */
  public record AddUser(String userId, RoleInput<OrganizationRole> role) {
  }

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
   * @return the page
   */
  public Page<Organization> list(Caller caller, String name, Integer limit, String cursor) {
    Page.Request page = Page.Request.of(limit, cursor);
    return read(caller, (s, a) -> {
      var byName = name == null ? null : s.organizations().nameMayContain(name, page.after());
      return page.page(after -> byName != null ? byName : s.organizations().ofAccount(caller.account(), after),
          o -> o.account() == caller.account() && containsIgnoreCase(o.name(), name) && a.seesOrg(o),
          OrganizationService::view);
    });
  }

  /**
   * createOrganization: account ADMIN only; the name is unique in the account.
   *
   * @param caller the caller
   * @param command the request
   * @return the organization
   */
  public Organization create(Caller caller, Create command) {
    return write(caller, (s, a) -> {
      if (!a.accountAdmin()) {
        throw ApiError.forbidden("Account admin is required to create an organization.");
      }
      return view(insert(s, caller.account(), command, Origin.fresh(s.organizations(), ids, now())));
    });
  }

  /** The name rules, then the insert: shared by the API and the seed loader. */
  static Records.Organization insert(State s, long account, Create command, Origin origin) {
    String name = name(command.name(), "name", 255);
    uniqueName(s, account, name);
    return s.organizations().put(new Records.Organization(origin.number(), origin.tag(), account, name,
        command.description() == null ? "" : command.description(), origin.at()));
  }

  /**
   * getOrganization: organizations the caller cannot see answer 404.
   *
   * @param caller the caller
   * @param orgId the organization
   * @return the organization
   */
  public Organization get(Caller caller, String orgId) {
    return read(caller, (s, a) -> view(visible(s, a, orgId)));
  }

  /**
   * updateOrganization: organization ADMIN; at least one field; the new name stays unique.
   *
   * @param caller the caller
   * @param orgId the organization
   * @param command the request
   * @return the organization
   */
  public Organization update(Caller caller, String orgId, Update command) {
    return write(caller, (s, a) -> {
      Records.Organization org = administered(s, a, orgId);
      atLeastOne("name or description", command.name(), command.description());
      String name = org.name();
      if (command.name() != null) {
        name = name(command.name(), "name", 255);
        if (!name.equals(org.name())) {
          uniqueName(s, caller.account(), name);
        }
      }
      return view(s.organizations().put(new Records.Organization(org.num(), org.tag(), org.account(), name,
          command.description() == null ? org.description() : command.description(), org.createdAt())));
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
   * @param command the request
   * @return the membership
   */
  public OrganizationMembership addUser(Caller caller, String orgId, AddUser command) {
    return write(caller, (s, a) -> {
      Records.Organization org = administered(s, a, orgId);
      // IDs are read before any rule: a malformed one is a 400 even where the request is refused anyway
      Lookups.id(command.userId(), "user_id", GlobalId.USER);
      if (command.role().isCustom()) {
        Lookups.id(command.role().customId(), "role.id", GlobalId.ROLE);
        throw ApiError.unprocessable("role", "custom organization roles are not yet supported.");
      }
      User user = Lookups.user(s, caller.account(), command.userId(), "user_id");
      return membershipView(s, join(s, ids, org, user, command.role().predefined()));
    });
  }

  /** Upserts an organization membership after the annotator rule: shared by the API and the seed loader. */
  static OrgMembership join(State s, Ids ids, Records.Organization org, User user, OrganizationRole role) {
    return join(s, ids, org, user, role, null);
  }

  /** {@link #join}; a new membership takes its number and tag from {@code origin} when given (a seed's ID). */
  static OrgMembership join(State s, Ids ids, Records.Organization org, User user, OrganizationRole role,
      Origin origin) {
    annotatorRule(user, role, "organization");
    OrgMembership existing = s.orgMemberships().find(org, user).orElse(null);
    if (existing != null) {
      return s.orgMemberships().put(new OrgMembership(existing.num(), existing.tag(), org.num(), user.num(), role));
    }
    Origin made = Origin.orFresh(origin, s.orgMemberships(), ids, null);
    return s.orgMemberships().put(new OrgMembership(made.number(), Tags.pack(made.tag()), org.num(), user.num(), role));
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
      Records.Organization org = administered(s, a, orgId);
      User user = Lookups.user(s, caller.account(), userId, "user_id");
      OrgMembership m = s.orgMemberships().find(org, user)
          .orElseThrow(() -> ApiError.notFound("User " + userId + " is not a member of organization " + orgId + "."));
      Cascades.removeOrgMembership(s, m);
      return null;
    });
  }

  /** Annotator account users get the ANNOTATOR role only, and only they do (predefined roles). */
  static void annotatorRule(User user, Enum<?> role, String level) {
    boolean annotatorUser = Level.of(user.role()) == Level.ANNOTATOR;
    boolean annotatorRole = Level.of(role) == Level.ANNOTATOR;
    if (annotatorUser && !annotatorRole) {
      throw ApiError.badRequest("role", "a user whose account role is ANNOTATOR may only get the " + level
          + " role ANNOTATOR.");
    }
    if (!annotatorUser && annotatorRole) {
      throw ApiError.badRequest("role", "the " + level + " role ANNOTATOR is only for users whose account role is "
          + "ANNOTATOR.");
    }
  }

  static Records.Organization visible(State s, Access a, String orgId) {
    Records.Organization org = Lookups.org(s, a.caller().account(), orgId, "org_id");
    if (!a.seesOrg(org)) {
      throw ApiError.notFound("Organization " + orgId + " was not found.");
    }
    return org;
  }

  static Records.Organization administered(State s, Access a, String orgId) {
    Records.Organization org = visible(s, a, orgId);
    if (!a.orgAdmin(org)) {
      throw ApiError.forbidden("Organization admin is required.");
    }
    return org;
  }

  /** An organization's own fields, as the seed document holds them (the exporter's side of {@link #insert}). */
  static Create fields(Records.Organization o) {
    return new Create(o.name(), o.description());
  }

  static Organization view(Records.Organization o) {
    return new Organization(Lookups.orgId(o), o.name(), o.description(), o.createdAt());
  }

  static OrganizationMembership membershipView(State s, OrgMembership m) {
    return new OrganizationMembership(GlobalId.of(GlobalId.ORGANIZATION_MEMBERSHIP, m.num(), Tags.unpack(m.tag())),
        Lookups.userId(s, m.user()), Lookups.orgId(s, m.org()), m.role());
  }

  private static void uniqueName(State s, long account, String name) {
    if (s.organizations().byName(account, name).isPresent()) {
      throw ApiError.conflict("name", "an organization named " + name + " already exists in this account.");
    }
  }
}
