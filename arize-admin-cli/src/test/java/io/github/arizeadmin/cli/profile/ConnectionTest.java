package io.github.arizeadmin.cli.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ax routing keys, each setting resolved from --endpoint, then ARIZE_API_*, then the profile. */
class ConnectionTest {
  private static Optional<ProfileFile> routing(String lines) {
    return Optional.of(ProfileFile.parse("[auth]\napi_key = \"ak-profile\"\n[routing]\n" + lines, "test"));
  }

  private static String url(Map<String, String> environment, Optional<ProfileFile> profile) {
    return Connection.resolve(null, environment, "p", profile).baseUrl();
  }

  @Test
  void defaultsToTheRealService() {
    assertThat(url(Map.of("ARIZE_API_KEY", "k"), Optional.empty())).isEqualTo("https://api.arize.com");
  }

  @Test
  void regionBaseDomainSingleHostAndApiHost() {
    assertThat(url(Map.of(), routing("region = \"eu-west-1a\"\n"))).isEqualTo("https://api.eu-west-1a.arize.com");
    assertThat(url(Map.of(), routing("base_domain = \"arize.corp.example\"\n"))).isEqualTo("https://api.arize.corp.example");
    assertThat(url(Map.of(), routing("single_host = \"10.0.0.5\"\nsingle_port = 8443\n")))
        .isEqualTo("https://10.0.0.5:8443");
    assertThat(url(Map.of(), routing("api_host = \"api.internal\"\napi_scheme = \"http\"\n")))
        .isEqualTo("http://api.internal");
  }

  @Test
  void eachPartFromTheEnvironmentOverTheProfile() {
    Optional<ProfileFile> profile = routing("single_host = \"10.0.0.5\"\nsingle_port = \"8443\"\n");

    assertThat(url(Map.of("ARIZE_API_HOST", "127.0.0.1"), profile)).isEqualTo("https://127.0.0.1:8443");
    assertThat(url(Map.of("ARIZE_API_PORT", "9000", "ARIZE_API_SCHEME", "http"), profile))
        .isEqualTo("http://10.0.0.5:9000");
    assertThat(Connection.resolve(null, Map.of("ARIZE_API_KEY", "ak-env"), "p", profile).apiKey()).isEqualTo("ak-env");
    assertThat(Connection.resolve(null, Map.of(), "p", profile).apiKey()).isEqualTo("ak-profile");
  }

  @Test
  void theEndpointFlagOverEverything() {
    Connection connection = Connection.resolve("http://localhost:1234/", Map.of("ARIZE_API_HOST", "x"), "p",
        routing("region = \"us-east-1b\"\n"));

    assertThat(connection.baseUrl()).isEqualTo("http://localhost:1234");
    assertThatThrownBy(() -> Connection.resolve("localhost:1234", Map.of("ARIZE_API_KEY", "k"), "p", Optional.empty()))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void badValuesAreConfigurationErrors() {
    assertThatThrownBy(() -> url(Map.of(), routing("region = \"mars-1\"\n"))).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("us-east-1b");
    assertThatThrownBy(() -> url(Map.of("ARIZE_API_SCHEME", "ftp"), routing(""))).hasMessageContaining("http or https");
    assertThatThrownBy(() -> url(Map.of("ARIZE_API_PORT", "70000"), routing(""))).hasMessageContaining("0 to 65535");
  }

  @Test
  void theKeyNeverAppearsInToString() {
    Connection connection = Connection.resolve(null, Map.of("ARIZE_API_KEY", "ak-0123456789abcdef"), "p",
        Optional.empty());

    assertThat(connection.toString()).doesNotContain("0123456789").contains("ak-***");
  }
}
