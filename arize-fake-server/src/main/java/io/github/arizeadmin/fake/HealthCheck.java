package io.github.arizeadmin.fake;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * A container health probe: exits 0 when {@code GET /__admin/health} of the server in this
 * container answers 200, 1 otherwise. The Docker image's {@code HEALTHCHECK} runs it, because a
 * minimal image has no curl or wget.
 *
 * <p>Usage: {@code java -cp arize-fake-server.jar io.github.arizeadmin.fake.HealthCheck [port]}
 * (default: {@code ARIZE_FAKE_PORT}, else 8080).
 */
public final class HealthCheck {
  private HealthCheck() {
  }

  /**
   * Probes the local server.
   *
   * @param args an optional port
   */
  public static void main(String[] args) {
    String port = args.length > 0 ? args[0] : System.getenv().getOrDefault("ARIZE_FAKE_PORT", "8080");
    try {
      HttpURLConnection connection =
          (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/__admin/health").toURL().openConnection();
      connection.setConnectTimeout(2000);
      connection.setReadTimeout(2000);
      int status = connection.getResponseCode();
      connection.disconnect();
      System.exit(status == 200 ? 0 : 1);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("health check failed: " + e.getMessage());
      System.exit(1);
    }
  }
}
