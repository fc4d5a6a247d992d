package io.github.arizeadmin.fake.internal.store;

import io.github.arizeadmin.fake.state.ApiKeyType;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import io.github.arizeadmin.fake.state.UserStatus;
import java.time.Instant;
import java.util.List;

/**
 * The records of the store: immutable, typed, and small (references to other records are their
 * numbers; a change stores a new version under the same number). Numbers are global per kind, so
 * a global ID names one record in one account; {@code tag} is the ID's random part.
 */
public final class Records {
  private Records() {
  }

  /**
   * A tenant.
   *
   * @param num number
   * @param name name, unique among accounts
   * @param samlEnforced whether SAML login is enforced
   */
  public record Account(long num, String name, boolean samlEnforced) implements Row {
  }

  /**
   * A user of an account: bots included; a deleted user stays (its email stays taken).
   *
   * @param num number
   * @param tag ID tag
   * @param account account number
   * @param name display name
   * @param email email address
   * @param role account role
   * @param status lifecycle state
   * @param deleted whether the user was deleted (invisible, inactive)
   * @param developer the developer flag
   * @param sso whether the user signs in through SSO (seeded with {@code sso: true}; invite mode NONE makes
   *     password users)
   * @param bot whether this is a service key's bot user
   * @param createdAt creation time
   */
  public record User(long num, String tag, long account, String name, String email, UserRole role, UserStatus status,
      boolean deleted, boolean developer, boolean sso, boolean bot, Instant createdAt) implements Row {
    /**
     * @param newStatus the new status
     * @return a copy with that status
     */
    public User withStatus(UserStatus newStatus) {
      return new User(num, tag, account, name, email, role, newStatus, deleted, developer, sso, bot, createdAt);
    }

    /** @return a deleted copy */
    public User asDeleted() {
      return new User(num, tag, account, name, email, role, status, true, developer, sso, bot, createdAt);
    }

    /**
     * @param newName the name
     * @param newDeveloper the developer flag
     * @return a copy with those
     */
    public User with(String newName, boolean newDeveloper) {
      return new User(num, tag, account, newName, email, role, status, deleted, newDeveloper, sso, bot, createdAt);
    }
  }

  /**
   * An organization.
   *
   * @param num number
   * @param tag ID tag
   * @param account account number
   * @param name name, unique in the account
   * @param description description ("" when none)
   * @param createdAt creation time
   */
  public record Organization(long num, String tag, long account, String name, String description, Instant createdAt)
      implements Row {
  }

  /**
   * A space.
   *
   * @param num number
   * @param tag ID tag
   * @param account account number
   * @param org organization number
   * @param name name, unique in the organization
   * @param description description ("" when none)
   * @param createdAt creation time
   */
  public record Space(long num, String tag, long account, long org, String name, String description, Instant createdAt)
      implements Row {
  }

  /**
   * A user's organization membership (the most numerous records beside space memberships: no
   * account, a packed tag).
   *
   * @param num number
   * @param tag packed ID tag ({@link Tags})
   * @param org organization number
   * @param user user number
   * @param role predefined organization role
   */
  public record OrgMembership(long num, int tag, long org, long user, OrganizationRole role) implements Row {
  }

  /**
   * A user's space membership. A CUSTOM membership has no predefined role: its role is the role
   * binding (user, SPACE, space), the single place that holds it.
   *
   * @param num number
   * @param tag packed ID tag ({@link Tags})
   * @param space space number
   * @param user user number
   * @param role predefined space role, or null for a CUSTOM membership
   */
  public record SpaceMembership(long num, int tag, long space, long user, UserSpaceRole role) implements Row {
    /** @return whether the role is a custom role (held by a role binding) */
    public boolean custom() {
      return role == null;
    }
  }

  /**
   * A custom role (predefined roles are fixed, not stored).
   *
   * @param num number
   * @param tag ID tag
   * @param account account number
   * @param name name, unique in the account
   * @param description description ("" when none)
   * @param permissions permissions, in the order given
   * @param createdAt creation time
   * @param updatedAt last change
   */
  public record Role(long num, String tag, long account, String name, String description, List<Permission> permissions,
      Instant createdAt, Instant updatedAt) implements Row {
  }

  /**
   * A role granted to a user on a space or project.
   *
   * @param num number
   * @param tag ID tag
   * @param account account number
   * @param user user number
   * @param role role number (predefined or custom)
   * @param resourceType SPACE or PROJECT
   * @param resource space or project number
   * @param space the space (itself, or the project's)
   * @param createdAt creation time
   * @param updatedAt last change
   */
  public record RoleBinding(long num, String tag, long account, long user, long role,
      RoleBindingResourceType resourceType, long resource, long space, Instant createdAt, Instant updatedAt)
      implements Row {
    /**
     * @param newRole the role number
     * @param now the time of the change
     * @return a copy with that role
     */
    public RoleBinding withRole(long newRole, Instant now) {
      return new RoleBinding(num, tag, account, user, newRole, resourceType, resource, space, createdAt, now);
    }

    /** @return whether it binds a space (else a project) */
    public boolean onSpace() {
      return resourceType == RoleBindingResourceType.SPACE;
    }
  }

  /**
   * A project (a {@code Model:} global ID).
   *
   * @param num number
   * @param tag ID tag
   * @param account account number
   * @param space space number
   * @param name name, unique in the space
   * @param createdAt creation time
   */
  public record Project(long num, String tag, long account, long space, String name, Instant createdAt)
      implements Row {
  }

  /**
   * A restricted project (numbered by the project: there is no restriction ID).
   *
   * @param num the project's number
   * @param account account number
   * @param space the project's space
   * @param createdAt when it was restricted
   */
  public record Restriction(long num, long account, long space, Instant createdAt) implements Row {
  }

  /**
   * An API key. Only the SHA-256 of the raw key is kept; {@code last_used_at} lives beside the
   * table ({@link ApiKeys#lastUsed}) so that authenticating is a read.
   *
   * @param num number
   * @param tag ID tag
   * @param account account number
   * @param name display name
   * @param description description ("" when none)
   * @param type USER or SERVICE
   * @param secret the hash and display form of the raw key
   * @param life when it was created, expires and whether it was revoked
   * @param createdBy the creating user
   * @param owner the user the key acts as (creator for USER keys, the bot for SERVICE keys)
   * @param spaces the spaces of a service key
   */
  public record ApiKey(long num, String tag, long account, String name, String description, ApiKeyType type,
      Secret secret, Life life, long createdBy, long owner, List<Long> spaces) implements Row {
    /**
     * @param newLife the new lifecycle
     * @return a copy with it
     */
    public ApiKey with(Life newLife) {
      return new ApiKey(num, tag, account, name, description, type, secret, newLife, createdBy, owner, spaces);
    }

    /**
     * @param newSpaces the spaces left
     * @param newLife the new lifecycle
     * @return a copy with them
     */
    public ApiKey with(List<Long> newSpaces, Life newLife) {
      return new ApiKey(num, tag, account, name, description, type, secret, newLife, createdBy, owner,
          List.copyOf(newSpaces));
    }
  }

  /**
   * The stored form of a raw API key.
   *
   * @param hash SHA-256 of the raw key, hex
   * @param redacted display form
   */
  public record Secret(String hash, String redacted) {
  }

  /**
   * An API key's lifecycle.
   *
   * @param createdAt creation time
   * @param expiresAt expiry, or null
   * @param revoked whether it was revoked
   * @param revokeAtExpiry whether it turns REVOKED at its expiry (the old key of a refresh with grace)
   */
  public record Life(Instant createdAt, Instant expiresAt, boolean revoked, boolean revokeAtExpiry) {
    /**
     * @param now the current time
     * @return whether it is REVOKED at {@code now} (revoked, or its grace period is over)
     */
    public boolean revokedAt(Instant now) {
      return revoked || revokeAtExpiry && expiresAt != null && !now.isBefore(expiresAt);
    }

    /**
     * @param now the current time
     * @return whether the key authenticates at {@code now}
     */
    public boolean usableAt(Instant now) {
      return !revokedAt(now) && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** @return a revoked copy */
    public Life asRevoked() {
      return new Life(createdAt, expiresAt, true, revokeAtExpiry);
    }
  }
}
