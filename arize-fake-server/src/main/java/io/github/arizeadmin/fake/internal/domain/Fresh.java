package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records.Account;
import io.github.arizeadmin.fake.internal.store.Records.Life;
import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.Secret;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import io.github.arizeadmin.fake.state.UserStatus;
import java.time.Instant;

/**
 * The fresh state, as a new real account looks: one account ({@code default}) with one admin user
 * (a developer, owner of the admin key), one organization and one space, the admin an ADMIN of
 * both. Built through the same rules as everything else.
 */
final class Fresh {
  static final String ACCOUNT = "default";
  static final String ADMIN_EMAIL = "admin@arize-fake.local";

  private Fresh() {
  }

  static State state(Ids ids, Instant now, String adminKey) {
    State s = new State();
    long account = s.accounts().nextNumber();
    s.accounts().put(new Account(account, ACCOUNT, false));
    User admin = UserService.insert(s, account, new UserService.NewUser("Fake Admin", ADMIN_EMAIL, UserRole.ADMIN,
        UserStatus.ACTIVE, true, false, false), Origin.fresh(s.users(), ids, now));
    giveKey(s, ids, now, admin, adminKey);
    Organization org = OrganizationService.insert(s, account,
        OrganizationService.Create.named("Default Organization"), Origin.fresh(s.organizations(), ids, now));
    Space space = SpaceService.insert(s, org, SpaceService.Create.named("Default Space"),
        Origin.fresh(s.spaces(), ids, now));
    OrganizationService.join(s, ids, org, admin, OrganizationRole.ADMIN);
    SpaceService.join(s, ids, now, space, admin, UserSpaceRole.ADMIN, 0);
    return s;
  }

  /**
   * After a complete document (an export) loaded into an empty state, the admin key must still open
   * the default account. When the document does not hold it (the export of a fake with another
   * admin key), it goes to the default account's first active ADMIN, or to a new admin user when
   * there is none.
   */
  static void keepAdminKey(State s, Ids ids, Instant now, String adminKey) {
    if (s.apiKeys().byHash(Ids.hash(adminKey)).isPresent()) {
      return;
    }
    long account = 1;
    User admin = null;
    for (User u : s.users().ofAccount(account, 0)) {
      if (!u.bot() && !u.deleted() && u.role() == UserRole.ADMIN && u.status() == UserStatus.ACTIVE) {
        admin = u;
        break;
      }
    }
    if (admin == null) {
      Origin origin = Origin.fresh(s.users(), ids, now);
      String email = s.users().byEmail(account, ADMIN_EMAIL).isPresent()
          ? "admin+" + origin.number() + "@arize-fake.local" : ADMIN_EMAIL;
      admin = UserService.insert(s, account, new UserService.NewUser("Fake Admin", email, UserRole.ADMIN,
          UserStatus.ACTIVE, true, false, false), origin);
    }
    giveKey(s, ids, now, admin, adminKey);
  }

  private static void giveKey(State s, Ids ids, Instant now, User admin, String adminKey) {
    ApiKeyService.insertUserKey(s, admin, "admin-key", "", new Secret(Ids.hash(adminKey), Ids.redact(adminKey)),
        new Life(now, null, false, false), Origin.fresh(s.apiKeys(), ids, now));
  }
}
