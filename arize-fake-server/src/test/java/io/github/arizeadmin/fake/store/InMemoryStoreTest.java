package io.github.arizeadmin.fake.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.fake.store.Records.Organization;
import io.github.arizeadmin.fake.store.Records.Space;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryStoreTest {
  private final Store store = Store.inMemory();

  @Test
  void aWriteThatThrowsLeavesNoTraceIndexesIncluded() {
    store.write(s -> s.organizations.put(new Organization(s.organizations.nextNumber(), "aaaa", 1, "Acme", "", Instant.EPOCH)));
    store.write(s -> s.spaces.put(new Space(s.spaces.nextNumber(), "bbbb", 1, 1, "alpha", "", Instant.EPOCH)));
    assertThatThrownBy(() -> store.write(s -> {
      s.spaces.remove(1);
      s.organizations.put(new Organization(1, "aaaa", 1, "Renamed", "", Instant.EPOCH));
      s.spaces.put(new Space(s.spaces.nextNumber(), "cccc", 1, 1, "beta", "", Instant.EPOCH));
      throw new IllegalStateException("half way through a cascade");
    })).hasMessage("half way through a cascade");
    store.read(s -> {
      assertThat(s.organizations.get(1).orElseThrow().name()).isEqualTo("Acme");
      assertThat(s.organizationsByName.first(List.of(1L, "Acme"))).isPresent();
      assertThat(s.organizationsByName.first(List.of(1L, "Renamed"))).isEmpty();
      assertThat(s.spacesByOrg.list(1L)).extracting(Space::name).containsExactly("alpha");
      assertThat(s.spacesByName.first(List.of(1L, "beta"))).isEmpty();
      return null;
    });
  }

  @Test
  void indexesFollowReplacementsAndRemovals() {
    store.write(s -> {
      s.spaces.put(new Space(1, "a", 1, 1, "x", "", Instant.EPOCH));
      s.spaces.put(new Space(1, "a", 1, 2, "y", "", Instant.EPOCH));
      assertThat(s.spacesByOrg.list(1L)).isEmpty();
      assertThat(s.spacesByOrg.list(2L)).hasSize(1);
      s.spaces.remove(1);
      assertThat(s.spacesByAccount.list(1L)).isEmpty();
      return null;
    });
  }
}
