package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.state.ApiKeyStatus;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import java.time.Instant;
import java.util.List;

/**
 * A seed document in typed form: what the seed loader reads and the exporter writes (the HTTP
 * layer maps it to and from JSON). Nested lists are {@link Iterable}s, so that neither side needs
 * the whole document in memory: the reader parses an element when the loader asks for it, and the
 * exporter reads the state while the writer writes. References ({@code user}, {@code role},
 * {@code org}, ...) name a {@code ref} or a global ID of the same account.
 */
public final class Seed {
  private Seed() {
  }

  /**
   * A whole document.
   *
   * @param complete whether it is the whole state (an export): seeding it replaces the state,
   *     instead of merging its default account into the fresh one
   * @param accounts its accounts
   */
  public record Document(boolean complete, List<Account> accounts) {
  }

  /**
   * Where an element sits in the document, for error messages ({@code accounts[0].users[2]}).
   *
   * @param parent the enclosing element, or null for the document
   * @param field the array's field
   * @param index the position in it
   */
  public record Path(Path parent, String field, int index) {
    /**
     * @param field a field of this element
     * @return its path
     */
    public String field(String field) {
      return this + "." + field;
    }

    @Override
    public String toString() {
      return (parent == null ? "" : parent + ".") + field + "[" + index + "]";
    }
  }

  /**
   * An account.
   *
   * @param path where
   * @param name its name ({@code default}: merged into the fresh account)
   * @param samlEnforced whether SAML login is enforced
   * @param users its users
   * @param roles its custom roles
   * @param organizations its organizations (with spaces, members and projects)
   * @param roleBindings its role bindings (those not holding a custom space membership)
   * @param serviceKeys its service keys
   */
  public record Account(Path path, String name, boolean samlEnforced, Iterable<User> users, Iterable<Role> roles,
      Iterable<Organization> organizations, Iterable<Binding> roleBindings, Iterable<ServiceKey> serviceKeys) {
  }

  /**
   * A user.
   *
   * @param path where
   * @param ref its ref (default: the email)
   * @param id its global ID, or null
   * @param name its name
   * @param email its email
   * @param role its account role
   * @param status ACTIVE, INVITED, EXPIRED or INACTIVE (deleted)
   * @param developer the developer flag, or null (by role)
   * @param sso whether it signs in through SSO
   * @param createdAt its creation time, or null
   * @param apiKeys its own API keys
   */
  public record User(Path path, String ref, String id, String name, String email, UserRole role, String status,
      Boolean developer, boolean sso, Instant createdAt, List<Key> apiKeys) {
  }

  /**
   * An API key: a raw key, or the hash of an export.
   *
   * @param path where
   * @param ref its ref (default: the name)
   * @param id its global ID, or null
   * @param name its name
   * @param description its description ("" when none)
   * @param rawKey the raw key, or null
   * @param keyHash the hash of the raw key, or null
   * @param redactedKey its display form, or null
   * @param status its status
   * @param createdAt creation time, or null
   * @param expiresAt expiry, or null
   * @param revokeAtExpiry whether it turns REVOKED at its expiry (the old key of a refresh, in its grace period)
   * @param lastUsedAt when it last authenticated a request, or null
   */
  public record Key(Path path, String ref, String id, String name, String description, String rawKey, String keyHash,
      String redactedKey, ApiKeyStatus status, Instant createdAt, Instant expiresAt, boolean revokeAtExpiry,
      Instant lastUsedAt) {
  }

  /**
   * A custom role.
   *
   * @param path where
   * @param ref its ref (default: the name)
   * @param id its global ID, or null
   * @param fields name, description and permissions
   * @param createdAt creation time, or null
   * @param updatedAt last change, or null (its creation)
   */
  public record Role(Path path, String ref, String id, RoleService.Create fields, Instant createdAt,
      Instant updatedAt) {
  }

  /**
   * An organization.
   *
   * @param path where
   * @param ref its ref (default: the name)
   * @param id its global ID, or null
   * @param fields name and description
   * @param createdAt creation time, or null
   * @param members its members
   * @param spaces its spaces
   */
  public record Organization(Path path, String ref, String id, OrganizationService.Create fields, Instant createdAt,
      Iterable<OrgMember> members, Iterable<Space> spaces) {
  }

  /**
   * A member of an organization.
   *
   * @param path where
   * @param id the membership's global ID, or null
   * @param user the user
   * @param role the organization role
   */
  public record OrgMember(Path path, String id, String user, OrganizationRole role) {
  }

  /**
   * A space.
   *
   * @param path where
   * @param ref its ref (default: the name)
   * @param id its global ID, or null
   * @param fields name and description
   * @param createdAt creation time, or null
   * @param members its members
   * @param projects its projects
   */
  public record Space(Path path, String ref, String id, SpaceService.Create fields, Instant createdAt,
      Iterable<SpaceMember> members, Iterable<Project> projects) {
  }

  /**
   * A member of a space: a predefined role, or a custom role.
   *
   * @param path where
   * @param user the user
   * @param role the predefined role, or null
   * @param customRole the custom role when {@code role} is null
   * @param ids the IDs (and a CUSTOM role's binding) an export names
   */
  public record SpaceMember(Path path, String user, UserSpaceRole role, String customRole, MemberIds ids) {
  }

  /**
   * The IDs of a space membership, and of the role binding that holds a CUSTOM role, with that
   * binding's times; all null where the document names none.
   *
   * @param id the membership's global ID
   * @param bindingId the binding's global ID
   * @param createdAt the binding's creation time
   * @param updatedAt the binding's last change
   */
  public record MemberIds(String id, String bindingId, Instant createdAt, Instant updatedAt) {
    /** No IDs: fresh ones. */
    public static final MemberIds NONE = new MemberIds(null, null, null, null);
  }

  /**
   * A project.
   *
   * @param path where
   * @param ref its ref (default: the name)
   * @param id its global ID, or null
   * @param fields its name
   * @param restricted whether it is restricted
   * @param createdAt creation time, or null
   * @param restrictedAt when it was restricted, or null (its creation)
   */
  public record Project(Path path, String ref, String id, ProjectService.Create fields, boolean restricted,
      Instant createdAt, Instant restrictedAt) {
  }

  /**
   * A role binding.
   *
   * @param path where
   * @param ref its ref, or null
   * @param id its global ID, or null
   * @param user the user
   * @param role a custom role, or a predefined role's name or ID
   * @param resourceType SPACE or PROJECT
   * @param resource the space or project
   * @param createdAt creation time, or null
   * @param updatedAt last change, or null (its creation)
   */
  public record Binding(Path path, String ref, String id, String user, String role,
      RoleBindingResourceType resourceType, String resource, Instant createdAt, Instant updatedAt) {
  }

  /**
   * A service key.
   *
   * @param key the key
   * @param createdBy its creator
   * @param botId its bot's global ID, or null; naming the bot of an earlier service key of the
   *     document (a refreshed key), the key acts as that bot, in its spaces
   * @param accountRole its bot's account role
   * @param organizations its organizations and spaces (none for a key that shares an earlier key's bot)
   */
  public record ServiceKey(Key key, String createdBy, String botId, UserRole accountRole,
      List<KeyOrganization> organizations) {
  }

  /**
   * An organization of a service key.
   *
   * @param path where
   * @param id the bot's membership's global ID, or null
   * @param org the organization
   * @param role the bot's role in it
   * @param spaces the bot's spaces in it
   */
  public record KeyOrganization(Path path, String id, String org, OrganizationRole role, List<KeySpace> spaces) {
  }

  /**
   * A space of a service key.
   *
   * @param path where
   * @param space the space
   * @param role the predefined role, or null
   * @param customRole the custom role when {@code role} is null
   * @param ids the IDs (and a CUSTOM role's binding) an export names
   */
  public record KeySpace(Path path, String space, UserSpaceRole role, String customRole, MemberIds ids) {
  }
}
