package io.github.arizeadmin.cli.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rewrites touch one value or one line; everything else stays byte for byte. */
class ProfileFileTest {
  private static final String TRICKY = """
      # top comment
      title = "not a table: [auth]"

      [auth]   # the key
      api_key = 'literal ${NOT_EXPANDED_HERE}'  # trailing comment
      notes = \"\"\"
      [routing]
      single_host = "inside a multi-line string"
      \"\"\"

      [auth.extra]
      nested = [1, 2, # comment ]
        3]

      [[servers]]
      name = "array table"

      [output]
      format="json"
      """;

  @Test
  void replacingAValueKeepsItsCommentAndEverythingElse() {
    ProfileFile file = ProfileFile.parse(TRICKY, "test");

    ProfileFile changed = file.with("auth", "api_key", "${ARIZE_API_KEY}");

    assertThat(changed.text()).isEqualTo(TRICKY.replace("'literal ${NOT_EXPANDED_HERE}'", "\"${ARIZE_API_KEY}\""));
    assertThat(changed.value("auth", "notes")).hasValue("[routing]\nsingle_host = \"inside a multi-line string\"\n");
  }

  @Test
  void aNewKeyGoesAtTheEndOfItsSectionNotIntoASubTable() {
    ProfileFile changed = ProfileFile.parse(TRICKY, "test").with("auth", "region", "us-east-1b");

    assertThat(changed.text()).isEqualTo(TRICKY.replace("\"\"\"\n\n[auth.extra]", "\"\"\"\nregion = \"us-east-1b\"\n\n[auth.extra]"));
    assertThat(changed.value("auth", "region")).hasValue("us-east-1b");
    assertThat(changed.value("auth", "notes")).isPresent();
  }

  @Test
  void aNewSectionGoesAtTheEnd() {
    ProfileFile changed = ProfileFile.parse(TRICKY, "test").with("routing", "single_host", "127.0.0.1");

    assertThat(changed.text()).isEqualTo(TRICKY + "\n[routing]\nsingle_host = \"127.0.0.1\"\n");
  }

  @Test
  void aKeyIsRemovedWithItsWholeLine() {
    ProfileFile changed = ProfileFile.parse(TRICKY, "test").without("output", "format");

    assertThat(changed.text()).isEqualTo(TRICKY.replace("format=\"json\"\n", ""));
    assertThat(ProfileFile.parse(TRICKY, "test").without("output", "absent").text()).isEqualTo(TRICKY);
  }

  @Test
  void valuesAreEscapedAsTomlStrings() {
    ProfileFile changed = ProfileFile.empty().with("auth", "api_key", "a\"b\\c\td");

    assertThat(changed.text()).isEqualTo("[auth]\napi_key = \"a\\\"b\\\\c\\td\"\n");
    assertThat(changed.value("auth", "api_key")).hasValue("a\"b\\c\td");
  }

  @Test
  void sectionsListEveryPlainValueInFileOrder() {
    Map<String, Map<String, String>> sections = ProfileFile.parse(TRICKY, "test").sections();

    assertThat(sections.keySet()).containsExactly("", "auth", "output");
    assertThat(sections.get("auth").keySet()).containsExactly("api_key", "notes", "extra.nested");
  }

  @Test
  void invalidTomlIsAConfigurationErrorNamingTheFile() {
    assertThatThrownBy(() -> ProfileFile.parse("[auth\n", "Profile 'x' (/tmp/x.toml)"))
        .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("Profile 'x' (/tmp/x.toml) is not valid TOML");
  }
}
