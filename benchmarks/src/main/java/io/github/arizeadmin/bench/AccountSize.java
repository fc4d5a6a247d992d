package io.github.arizeadmin.bench;

/**
 * The shape of the generated account: users spread evenly over organizations, each organization with the
 * same number of spaces, each user a member of one organization and of {@code spacesPerUser} of its spaces.
 */
record AccountSize(int users, int organizations, int spacesPerOrganization, int spacesPerUser) {

  /** An enterprise account: 100,000 users, 100 organizations, 10,000 spaces, 1,000,000 space memberships. */
  static AccountSize enterprise() {
    return new AccountSize(100_000, 100, 100, 10);
  }

  AccountSize {
    if (users % organizations != 0 || spacesPerUser > spacesPerOrganization || users <= 0 || spacesPerUser < 0) {
      throw new IllegalArgumentException("users must divide evenly into organizations and spacesPerUser must "
          + "not exceed spacesPerOrganization: " + this);
    }
  }

  /** This shape with users and organizations divided by {@code divisor} (a quicker, smaller account). */
  AccountSize dividedBy(int divisor) {
    return divisor == 1 ? this : new AccountSize(users / divisor, Math.max(1, organizations / divisor),
        spacesPerOrganization, spacesPerUser);
  }

  int usersPerOrganization() {
    return users / organizations;
  }

  int spaces() {
    return organizations * spacesPerOrganization;
  }

  long spaceMemberships() {
    return (long) users * spacesPerUser;
  }

  String describe() {
    return String.format("%,d users, %,d organization%s, %,d spaces, %,d space memberships", users, organizations,
        organizations == 1 ? "" : "s", spaces(), spaceMemberships());
  }
}
