package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Feature 1: the entry point, its builder and the Python SDK's environment variables. */
class ConfigurationTest extends MockServerTest {

  @Test
  void aMissingKeyFailsAtBuildTimeWithAClearMessage() {
    assertThatThrownBy(() -> ArizeAdminClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No Arize API key: call apiKey(..) on the builder or set the ARIZE_API_KEY environment variable");
    assertThatThrownBy(() -> ArizeAdminClient.builder().environment(Map.of("ARIZE_API_KEY", " ")).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theEnvironmentGivesTheKeyAndTheUrl() throws Exception {
    Map<String, String> env = Map.of("ARIZE_API_KEY", KEY, "ARIZE_API_HOST", server.getHostName(),
        "ARIZE_API_SCHEME", "http", "ARIZE_API_PORT", Integer.toString(server.getPort()));
    try (ArizeAdminClient fromEnv = ArizeAdminClient.builder().environment(env).build()) {
      assertThat(fromEnv.baseUrl()).isEqualTo("http://" + server.getHostName() + ":" + server.getPort());
      json(200, list("roles", null));
      fromEnv.roles().list();
      RecordedRequest request = expect("GET", "/v2/roles?limit=100");
      assertThat(request.getHeader("User-Agent")).startsWith("arize-admin-java/");
    }
  }

  @Test
  void environmentDefaultsAreTheSdksAndPortZeroIsOmitted() {
    try (ArizeAdminClient defaults = ArizeAdminClient.builder().environment(Map.of("ARIZE_API_KEY", KEY)).build();
        ArizeAdminClient portZero = ArizeAdminClient.builder()
            .environment(Map.of("ARIZE_API_KEY", KEY, "ARIZE_API_HOST", "api.eu-west-1a.arize.com", "ARIZE_API_PORT", "0"))
            .build()) {
      assertThat(defaults.baseUrl()).isEqualTo("https://api.arize.com");
      assertThat(defaults.appUrl()).isEqualTo("https://app.arize.com");
      assertThat(portZero.baseUrl()).isEqualTo("https://api.eu-west-1a.arize.com");
    }
  }

  @Test
  void explicitValuesWinOverTheEnvironment() {
    try (ArizeAdminClient explicit = ArizeAdminClient.builder().apiKey(KEY).baseUrl("http://localhost:9/")
        .environment(Map.of("ARIZE_API_KEY", "other", "ARIZE_API_HOST", "api.example.com")).build()) {
      assertThat(explicit.baseUrl()).isEqualTo("http://localhost:9");
    }
  }

  @Test
  void badSchemesAndPortsAreRejected() {
    assertThatThrownBy(() -> ArizeAdminClient.builder().environment(Map.of("ARIZE_API_KEY", KEY, "ARIZE_API_SCHEME", "ftp"))
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ARIZE_API_SCHEME");
    assertThatThrownBy(() -> ArizeAdminClient.builder().environment(Map.of("ARIZE_API_KEY", KEY, "ARIZE_API_PORT", "70000"))
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ARIZE_API_PORT");
    assertThatThrownBy(() -> ArizeAdminClient.builder().environment(Map.of("ARIZE_API_KEY", KEY, "ARIZE_API_PORT", "x"))
        .build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArizeAdminClient.builder().apiKey(KEY).baseUrl("not a url").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromEnvReadsTheProcessEnvironment() {
    if (System.getenv("ARIZE_API_KEY") == null) {
      assertThatThrownBy(ArizeAdminClient::fromEnv).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("ARIZE_API_KEY");
    } else {
      try (ArizeAdminClient fromEnv = ArizeAdminClient.fromEnv()) {
        assertThat(fromEnv.toString()).doesNotContain(System.getenv("ARIZE_API_KEY"));
      }
    }
  }

  @Test
  void anInjectedOkHttpClientIsUsedAndLeftOpen() throws Exception {
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Team", "platform").build()))
        .build();
    ArizeAdminClient injected = ArizeAdminClient.builder().apiKey(KEY).baseUrl(server.url("/").toString())
        .okHttpClient(shared).userAgent("my-tool/1.0").build();
    json(200, list("roles", null));

    injected.roles().list();
    injected.close();

    RecordedRequest request = expect("GET", "/v2/roles?limit=100");
    assertThat(request.getHeader("X-Team")).isEqualTo("platform");
    assertThat(request.getHeader("User-Agent")).isEqualTo("my-tool/1.0");
    assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
  }

  @Test
  void closingReleasesWhatTheClientCreated() {
    ArizeAdminClient own = ArizeAdminClient.builder().apiKey(KEY).build();
    own.close();
    own.close();
    assertThat(own.toString()).isEqualTo("ArizeAdminClient{baseUrl=https://api.arize.com}");
  }

  @Test
  void subClientsAreConfiguredPerClientNotGlobally() throws Exception {
    try (ArizeAdminClient other = ArizeAdminClient.builder().apiKey("ak-other").baseUrl(server.url("/").toString())
        .build()) {
      json(200, list("roles", null));
      json(200, list("roles", null));
      other.roles().list();
      client.roles().list();
      assertThat(take().getHeader("Authorization")).isEqualTo("Bearer ak-other");
      assertThat(take().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    }
  }

  @Test
  void aClientWideTimeoutAppliesToEachCall() {
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setHeadersDelay(2, java.util.concurrent.TimeUnit.SECONDS)
        .setHeader("Content-Type", "application/json").setBody(list("roles", null)));
    try (ArizeAdminClient impatient = ArizeAdminClient.builder().apiKey(KEY).baseUrl(server.url("/").toString())
        .timeout(java.time.Duration.ofMillis(200)).connectTimeout(java.time.Duration.ofSeconds(1))
        .readTimeout(java.time.Duration.ofSeconds(1)).writeTimeout(java.time.Duration.ofSeconds(1)).build()) {
      assertThatThrownBy(() -> impatient.roles().list())
          .isInstanceOf(io.github.arizeadmin.core.TransportException.class).hasMessageContaining("timeout");
    }
    assertThatThrownBy(() -> ArizeAdminClient.builder().timeout(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
