package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.SeedResult;
import org.junit.jupiter.api.Test;

/** Asking for seeded values that do not exist fails the test with a message that says what does exist. */
class SeedInjectionErrorsTest {

  @Test
  void aSeedResultWithoutASeedNamesTheMissingAttribute() {
    assertThat(EngineRuns.failures(EngineRuns.run(NoSeed.class))).singleElement().asString()
        .contains("Nothing was seeded").contains("@ArizeFakeServerTest(seed = ");
  }

  @Test
  void anUnknownRefListsTheRefsTheSeedCreated() {
    assertThat(EngineRuns.failures(EngineRuns.run(UnknownRefs.class))).hasSize(2)
        .anySatisfy(failure -> assertThat(failure).contains("@SeedId(\"john\")")
            .contains("fixtures/team-alpha.json").contains("acme, ").contains("jane, jane-ci, team-alpha]"))
        .anySatisfy(failure -> assertThat(failure).contains("@SeedApiKey(\"jane\")").contains("[default/jane-ci, jane-ci]"));
  }

  @Test
  void aBadSeedNamesTheResourceAndTheBadField() {
    assertThat(EngineRuns.failures(EngineRuns.run(BadSeed.class))).singleElement().asString()
        .contains("@ArizeFakeServerTest(seed = \"fixtures/bad-email.json\")").contains("accounts[0].users[0].email");
  }

  @ArizeFakeServerTest
  static class NoSeed {
    @Test
    void needsASeed(SeedResult seed) {
      assertThat(seed).isNotNull();
    }
  }

  @ArizeFakeServerTest(seed = "fixtures/team-alpha.json")
  static class UnknownRefs {
    @Test
    void unknownObject(@SeedId("john") String id) {
      assertThat(id).isNotNull();
    }

    @Test
    void aUserIsNotAKey(@SeedApiKey("jane") String key) {
      assertThat(key).isNotNull();
    }
  }

  @ArizeFakeServerTest(seed = "fixtures/bad-email.json")
  static class BadSeed {
    @Test
    void neverRuns(SeedResult seed) {
      assertThat(seed).isNotNull();
    }
  }
}
