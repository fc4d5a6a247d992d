package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.ForbiddenException;
import io.github.arizeadmin.core.NotFoundException;
import io.github.arizeadmin.fake.SeedResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the annotation's seed created, injected into constructors, lifecycle methods and tests; with
 * random IDs and a reset before each test, so every test must see the IDs of its own reset.
 */
@ArizeFakeServerTest(seed = "fixtures/team-alpha.json", resetBeforeEach = true)
class SeedInjectionTest {
  private static SeedResult seenInBeforeAll;
  private final SeedResult seenByConstructor;
  private SeedResult seenInBeforeEach;

  SeedInjectionTest(SeedResult seed) {
    this.seenByConstructor = seed;
  }

  @BeforeAll
  static void beforeAll(SeedResult seed) {
    seenInBeforeAll = seed;
  }

  @BeforeEach
  void beforeEach(SeedResult seed) {
    seenInBeforeEach = seed;
  }

  @Test
  void theSeedResultNamesTheSeededObjectsByRef(SeedResult seed, ArizeAdminClient arize) {
    assertThat(arize.users().get(seed.id("jane"))).hasValueSatisfying(jane -> assertThat(jane.email())
        .isEqualTo("jane@example.com"));
    assertThat(arize.spaces().get(seed.id("team-alpha")).name()).isEqualTo("team-alpha");
    assertThat(arize.organizations().get(seed.id("acme")).name()).isEqualTo("Acme");
    assertThat(seed.apiKeys()).containsKey("jane-ci");
  }

  @Test
  void constructorAndLifecycleMethodsSeeTheResultOfThisTestsReset(SeedResult seed, ArizeAdminClient arize) {
    assertThat(seenByConstructor).isEqualTo(seed);
    assertThat(seenInBeforeEach).isEqualTo(seed);
    assertThat(arize.users().get(seenByConstructor.id("jane"))).isPresent();
    // IDs are random here, so each reset made new ones: those seeded before @BeforeAll are gone.
    assertThat(seenInBeforeAll.ids().keySet()).isEqualTo(seed.ids().keySet());
    assertThat(seenInBeforeAll.id("acme")).isNotEqualTo(seed.id("acme"));
    assertThatThrownBy(() -> arize.organizations().get(seenInBeforeAll.id("acme"))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void seedIdGivesOneSeededObjectsId(@SeedId("jane") String janeId, @SeedId("team-alpha") String spaceId,
      ArizeAdminClient arize) {
    assertThat(janeId).isEqualTo(arize.users().get("jane@example.com").orElseThrow().id());
    assertThat(spaceId).isEqualTo(arize.spaces().get("team-alpha").id());
  }

  @Test
  void seedApiKeyGivesTheRawKeyThatAuthenticatesAsItsUser(@FakeBaseUrl String baseUrl,
      @SeedApiKey("jane-ci") String janeKey) {
    try (ArizeAdminClient asJane = ArizeAdminClient.builder().baseUrl(baseUrl).apiKey(janeKey).build()) {
      // Authenticated (a wrong key would be a 401), but a member may not create organizations.
      assertThat(asJane.spaces().get("team-alpha").name()).isEqualTo("team-alpha");
      assertThatThrownBy(() -> asJane.organizations().create("not-for-members")).isInstanceOf(ForbiddenException.class);
    }
  }

  @Nested
  class InNestedClasses {
    @Test
    void theEnclosingSeedIsInjected(@SeedId("acme") String acmeId, ArizeAdminClient arize) {
      assertThat(arize.organizations().get(acmeId).name()).isEqualTo("Acme");
    }
  }
}
