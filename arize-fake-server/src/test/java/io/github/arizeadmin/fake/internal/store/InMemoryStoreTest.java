package io.github.arizeadmin.fake.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import io.github.arizeadmin.fake.state.UserStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryStoreTest {
  private final Store store = Store.inMemory();

  private static List<String> names(Iterable<Space> spaces) {
    List<String> out = new ArrayList<>();
    spaces.forEach(s -> out.add(s.name()));
    return out;
  }

  @Test
  void aWriteThatThrowsLeavesNoTraceIndexesIncluded() {
    Organization acme = store.write(s -> s.organizations().put(new Organization(s.organizations().nextNumber(), "aaaa", 1,
        "Acme", "", Instant.EPOCH)));
    store.write(s -> s.spaces().put(new Space(s.spaces().nextNumber(), "bbbb", 1, 1, "alpha", "", Instant.EPOCH)));
    assertThatThrownBy(() -> store.write(s -> {
      s.spaces().remove(1);
      s.organizations().put(new Organization(1, "aaaa", 1, "Renamed", "", Instant.EPOCH));
      s.spaces().put(new Space(s.spaces().nextNumber(), "cccc", 1, 1, "beta", "", Instant.EPOCH));
      throw new IllegalStateException("half way through a cascade");
    })).hasMessage("half way through a cascade");
    store.read(s -> {
      assertThat(s.organizations().get(1).orElseThrow().name()).isEqualTo("Acme");
      assertThat(s.organizations().byName(1, "Acme")).isPresent();
      assertThat(s.organizations().byName(1, "Renamed")).isEmpty();
      assertThat(names(s.spaces().ofOrganization(acme, 0))).containsExactly("alpha");
      assertThat(s.spaces().byName(acme, "beta")).isEmpty();
      assertThat(s.spaces().nameMayContain("bet", 0)).isEmpty();
      assertThat(names(s.spaces().nameMayContain("lph", 0))).containsExactly("alpha");
      return null;
    });
  }

  @Test
  void indexesFollowReplacementsAndRemovals() {
    store.write(s -> {
      Organization one = new Organization(1, "a", 1, "one", "", Instant.EPOCH);
      Organization two = new Organization(2, "b", 1, "two", "", Instant.EPOCH);
      s.spaces().put(new Space(1, "a", 1, 1, "x", "", Instant.EPOCH));
      s.spaces().put(new Space(1, "a", 1, 2, "y", "", Instant.EPOCH));
      assertThat(names(s.spaces().ofOrganization(one, 0))).isEmpty();
      assertThat(names(s.spaces().ofOrganization(two, 0))).containsExactly("y");
      assertThat(s.spaces().byName(one, "x")).isEmpty();
      s.spaces().remove(1);
      assertThat(names(s.spaces().ofAccount(1, 0))).isEmpty();
      return null;
    });
  }

  @Test
  void theMembershipOfAUserInASpaceIsFoundFromEitherSide() {
    store.write(s -> {
      User jane = s.users().put(new User(1, "u", 1, "Jane", "Jane@Example.com", UserRole.MEMBER, UserStatus.ACTIVE,
          false, true, false, false, Instant.EPOCH));
      User bob = s.users().put(new User(2, "v", 1, "Bob", "bob@example.com", UserRole.MEMBER, UserStatus.ACTIVE,
          false, true, false, false, Instant.EPOCH));
      List<Space> spaces = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        spaces.add(s.spaces().put(new Space(i, "s", 1, 1, "s" + i, "", Instant.EPOCH)));
        s.spaceMemberships().put(new SpaceMembership(i, 0, i, bob.num(), UserSpaceRole.MEMBER));
      }
      s.spaceMemberships().put(new SpaceMembership(6, 0, 3, jane.num(), UserSpaceRole.ADMIN));
      assertThat(s.spaceMemberships().find(spaces.get(2), jane)).map(SpaceMembership::role)
          .contains(UserSpaceRole.ADMIN);
      assertThat(s.spaceMemberships().find(spaces.get(1), jane)).isEmpty();
      assertThat(s.spaceMemberships().find(spaces.get(4), bob)).map(SpaceMembership::num).contains(5L);
      assertThat(s.users().byEmail(1, "jane@example.COM")).contains(jane);
      assertThat(s.users().byEmail(2, "jane@example.com")).isEmpty();
      return null;
    });
  }
}
