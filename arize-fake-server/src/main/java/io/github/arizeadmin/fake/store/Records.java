package io.github.arizeadmin.fake.store;

import java.time.Instant;
import java.util.List;

/**
 * The records of the store. Every record is immutable; a change stores a new version under the
 * same number. Numbers are global per kind (so a global ID names one record in one account), and
 * {@code suffix} is the four-character tag of the global ID.
 */
public final class Records {
  private Records() {
  }

  /**
   * A tenant.
   *
   * @param num number
   * @param name name, unique among accounts
   * @param samlEnforced whether SAML login is enforced (resend-invitation then gives 400)
   */
  public record Account(long num, String name, boolean samlEnforced) {
  }

  /**
   * A user of an account (bots included; deleted users stay as INACTIVE so their email stays taken).
   *
   * @param num number
   * @param suffix ID suffix
   * @param account account number
   * @param name display name
   * @param email email address
   * @param role account role: ADMIN, MEMBER or ANNOTATOR
   * @param status ACTIVE, INVITED, EXPIRED or INACTIVE
   * @param developer the developer flag
   * @param sso whether the user logs in through SSO (seeded with {@code sso: true}; invite mode NONE makes password users)
   * @param bot whether this is a service key's bot user
   * @param createdAt creation time
   */
  public record User(long num, String suffix, long account, String name, String email, String role, String status,
      boolean developer, boolean sso, boolean bot, Instant createdAt) {
    /** @return whether the user was deleted */
    public boolean inactive() {
      return "INACTIVE".equals(status);
    }

    /**
     * @param newStatus the new status
     * @return a copy with that status
     */
    public User withStatus(String newStatus) {
      return new User(num, suffix, account, name, email, role, newStatus, developer, sso, bot, createdAt);
    }
  }

  /**
   * An organization.
   *
   * @param num number
   * @param suffix ID suffix
   * @param account account number
   * @param name name, unique in the account
   * @param description description ("" when none)
   * @param createdAt creation time
   */
  public record Organization(long num, String suffix, long account, String name, String description, Instant createdAt) {
  }

  /**
   * A space.
   *
   * @param num number
   * @param suffix ID suffix
   * @param account account number
   * @param org organization number
   * @param name name, unique in the organization
   * @param description description ("" when none)
   * @param createdAt creation time
   */
  public record Space(long num, String suffix, long account, long org, String name, String description, Instant createdAt) {
  }

  /**
   * A user's organization membership.
   *
   * @param num number
   * @param suffix ID suffix
   * @param account account number
   * @param org organization number
   * @param user user number
   * @param role predefined organization role
   */
  public record OrgMembership(long num, String suffix, long account, long org, long user, String role) {
  }

  /**
   * A user's space membership. A CUSTOM membership has no predefined role: its role is the role
   * binding (user, SPACE, space), which is the single place that holds it.
   *
   * @param num number
   * @param suffix ID suffix
   * @param account account number
   * @param org organization number of the space
   * @param space space number
   * @param user user number
   * @param role predefined space role, or null for a CUSTOM membership
   */
  public record SpaceMembership(long num, String suffix, long account, long org, long space, long user, String role) {
  }

  /**
   * A custom role (predefined roles are fixed, not stored).
   *
   * @param num number
   * @param suffix ID suffix
   * @param account account number
   * @param name name, unique in the account
   * @param description description ("" when none)
   * @param permissions permission names
   * @param createdAt creation time
   * @param updatedAt last change
   */
  public record Role(long num, String suffix, long account, String name, String description, List<String> permissions,
      Instant createdAt, Instant updatedAt) {
  }

  /**
   * A role granted to a user on a space or project.
   *
   * @param num number
   * @param suffix ID suffix
   * @param account account number
   * @param user user number
   * @param role role number (predefined or custom)
   * @param resourceType SPACE or PROJECT
   * @param resource space or project number
   * @param space the space (itself, or the project's)
   * @param createdAt creation time
   * @param updatedAt last change
   */
  public record RoleBinding(long num, String suffix, long account, long user, long role, String resourceType,
      long resource, long space, Instant createdAt, Instant updatedAt) {
  }

  /**
   * A project (a {@code Model:} global ID).
   *
   * @param num number
   * @param suffix ID suffix
   * @param account account number
   * @param space space number
   * @param name name, unique in the space
   * @param createdAt creation time
   */
  public record Project(long num, String suffix, long account, long space, String name, Instant createdAt) {
  }

  /**
   * A restricted project (keyed by the project's number: there is no restriction ID).
   *
   * @param project project number
   * @param account account number
   * @param space the project's space
   * @param createdAt when it was restricted
   */
  public record Restriction(long project, long account, long space, Instant createdAt) {
  }

  /**
   * An API key. Only the SHA-256 of the raw key is kept.
   *
   * @param num number
   * @param suffix ID suffix
   * @param account account number
   * @param name display name
   * @param description description ("" when none)
   * @param type USER or SERVICE
   * @param revoked whether it was revoked
   * @param hash SHA-256 of the raw key, hex
   * @param redacted display form
   * @param createdAt creation time
   * @param expiresAt expiry, or null
   * @param revokeAtExpiry whether the key becomes REVOKED at its expiry (the old key of a refresh with grace)
   * @param createdBy the creating user
   * @param owner the user the key acts as (creator for USER keys, the bot for SERVICE keys)
   * @param lastUsedAt last authentication, or null
   * @param spaces the spaces of a service key
   */
  public record ApiKey(long num, String suffix, long account, String name, String description, String type,
      boolean revoked, String hash, String redacted, Instant createdAt, Instant expiresAt, boolean revokeAtExpiry,
      long createdBy, long owner, Instant lastUsedAt, List<Long> spaces) {
    /**
     * @param now the current time
     * @return ACTIVE or REVOKED as seen at {@code now}
     */
    public String status(Instant now) {
      boolean graceOver = revokeAtExpiry && expiresAt != null && !now.isBefore(expiresAt);
      return revoked || graceOver ? "REVOKED" : "ACTIVE";
    }

    /**
     * @param now the current time
     * @return whether the key authenticates at {@code now}
     */
    public boolean usable(Instant now) {
      return "ACTIVE".equals(status(now)) && (expiresAt == null || now.isBefore(expiresAt));
    }
  }
}
