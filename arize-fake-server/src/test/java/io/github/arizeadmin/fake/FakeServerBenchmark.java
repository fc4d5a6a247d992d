package io.github.arizeadmin.fake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * A hand-run benchmark (not a test; timing is never asserted): GET by ID with 10k organizations,
 * a name-filtered list scanning them, and deleting an organization with 1k spaces.
 *
 * <pre>
 * mvn -B -q -o -pl arize-fake-server test-compile exec:java \
 *     -Dexec.mainClass=io.github.arizeadmin.fake.FakeServerBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class FakeServerBenchmark {
  private FakeServerBenchmark() {
  }

  /**
   * Runs the benchmark and prints the figures.
   *
   * @param args unused
   * @throws Exception when a request fails
   */
  public static void main(String[] args) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (ArizeFakeServer fake = ArizeFakeServer.start(FakeServerOptions.builder().build())) {
      StringBuilder orgs = new StringBuilder();
      for (int i = 0; i < 10_000; i++) {
        orgs.append(i == 0 ? "" : ",").append("{\"ref\":\"o").append(i).append("\",\"name\":\"org-").append(i).append("\"}");
      }
      long t = System.nanoTime();
      SeedResult ids = fake.seed("{\"accounts\":[{\"name\":\"default\",\"organizations\":[" + orgs + "]}]}");
      System.out.printf("seed 10k organizations: %d ms%n", (System.nanoTime() - t) / 1_000_000);
      String key = fake.adminKey();
      String[] targets = {ids.id("o1"), ids.id("o5000"), ids.id("o9999")};
      for (int i = 0; i < 2_000; i++) {
        get(http, fake, "/v2/organizations/" + targets[i % 3], key);
      }
      int n = 5_000;
      long[] latencies = new long[n];
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        long s = System.nanoTime();
        get(http, fake, "/v2/organizations/" + targets[i % 3], key);
        latencies[i] = System.nanoTime() - s;
      }
      long total = System.nanoTime() - start;
      Arrays.sort(latencies);
      System.out.printf("GET /v2/organizations/{id} with 10k organizations: %d requests, p50 %.2f ms, p99 %.2f ms, "
          + "%.0f requests/s (one client)%n", n, latencies[n / 2] / 1e6, latencies[n * 99 / 100] / 1e6,
          n / (total / 1e9));
      for (int i = 0; i < 50; i++) {
        get(http, fake, "/v2/organizations?name=ORG-99&limit=100", key);
      }
      long[] scans = new long[200];
      for (int i = 0; i < scans.length; i++) {
        long s = System.nanoTime();
        get(http, fake, "/v2/organizations?name=ORG-99&limit=100", key);
        scans[i] = System.nanoTime() - s;
      }
      Arrays.sort(scans);
      System.out.printf("GET /v2/organizations?name=... (scan of 10k): p50 %.2f ms, p99 %.2f ms%n",
          scans[100] / 1e6, scans[198] / 1e6);

      for (int round = 0; round < 3; round++) {
        StringBuilder spaces = new StringBuilder();
        StringBuilder users = new StringBuilder();
        StringBuilder members = new StringBuilder();
        for (int u = 0; u < 20; u++) {
          users.append(u == 0 ? "" : ",").append("{\"name\":\"U").append(u).append("\",\"email\":\"u").append(u)
              .append("@example.com\"}");
          members.append(u == 0 ? "" : ",").append("{\"user\":\"u").append(u).append("@example.com\"}");
        }
        for (int i = 0; i < 1_000; i++) {
          spaces.append(i == 0 ? "" : ",").append("{\"name\":\"s").append(i).append("\",\"members\":[")
              .append(members).append("],\"projects\":[{\"ref\":\"p").append(i).append("\",\"name\":\"p\",\"restricted\":true}]}");
        }
        SeedResult big = fake.seed("{\"accounts\":[{\"name\":\"default\",\"users\":[" + users
            + "],\"roles\":[{\"ref\":\"r\",\"name\":\"R\",\"permissions\":[\"PROJECT_READ\"]}],"
            + "\"organizations\":[{\"ref\":\"big\",\"name\":\"Big\",\"members\":[" + members + "],\"spaces\":["
            + spaces + "]}]}]}");
        long s = System.nanoTime();
        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl()
            + "/v2/organizations/" + big.id("big"))).header("Authorization", "Bearer " + key).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - s;
        if (deleted.statusCode() != 204) {
          throw new IllegalStateException("delete answered " + deleted.statusCode() + " " + deleted.body());
        }
        System.out.printf("DELETE an organization with 1k spaces (20k space memberships, 1k projects, 1k restrictions): "
            + "%d ms (round %d)%n", took / 1_000_000, round + 1);
      }
    }
  }

  private static void get(HttpClient http, ArizeFakeServer fake, String path, String key) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
        .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + " " + response.body());
    }
  }
}
