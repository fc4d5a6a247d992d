package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class ArizeApiTest extends MockServerTest {

  @Test
  void aMissingKeyFailsAtBuildTime() {
    assertThatThrownBy(() -> ArizeApi.create("http://localhost", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("API key is required");
  }

  @Test
  void aBaseUrlWithoutTrailingSlashOrWithAPrefixWorks() throws Exception {
    respondNoContent();
    ArizeApi prefixed = ArizeApi.create(server.url("/proxy").toString(), KEY);

    prefixed.projects().deleteProject("p1").execute();

    expectRequest("DELETE", "/proxy/v2/projects/p1");
  }

  @Test
  void theKeyIsNeverInToStringAndAnExplicitAuthorizationHeaderWins() throws Exception {
    respondNoContent();
    ArizeApi custom = ArizeApi.builder().baseUrl(server.url("/").toString()).apiKey(KEY)
        .okHttpClient(new OkHttpClient.Builder().addInterceptor(chain -> {
          Request request = chain.request();
          return chain.proceed(request.url().encodedPath().contains("other")
              ? request.newBuilder().header("Authorization", "Bearer other-key").build() : request);
        }).build()).build();

    custom.roles().deleteRole("other").execute();

    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer other-key");
    assertThat(custom.toString()).doesNotContain(KEY);
  }

  @Test
  void aNonProblemErrorBodyGivesNoProblem() throws Exception {
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(502).setBody("<html>bad gateway</html>"));

    var response = api.spaces().getSpace("s1").execute();

    assertThat(api.problem(response)).isEmpty();
  }
}
