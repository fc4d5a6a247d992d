package io.github.arizeadmin.cli.profile;

import io.github.arizeadmin.core.ArizeAdminClient;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom the command line talks to the API. The root URL is {@code --endpoint} when given;
 * otherwise its scheme, host and port each resolve as: the client's {@code ARIZE_API_*} environment
 * variable (the ones {@link ArizeAdminClient#fromEnv()} reads), else the profile, else the default. The
 * key is {@code ARIZE_API_KEY}, else the profile's.
 *
 * <p>The profile's routing follows the {@code ax} CLI: at most one of {@code region} (API host {@code
 * api.<region>.arize.com}), {@code single_host}/{@code single_port} (that host and port), and {@code
 * base_domain} (API host {@code api.<base_domain>}); otherwise {@code api_host}. {@code api_scheme} is
 * {@code http} or {@code https}.
 *
 * @param apiKey the API key (never printed: {@link #toString()} redacts it)
 * @param baseUrl the API root, for example {@code https://api.arize.com}
 * @param profile the profile that was read, or empty when none was
 */
public record Connection(String apiKey, String baseUrl, Optional<String> profile) {
  /** The regions the official SDK knows; each one's API host is {@code api.<region>.arize.com}. */
  public static final List<String> REGIONS = List.of("ca-central-1a", "eu-west-1a", "us-central-1a", "us-east-1b");

  private static final String DEFAULT_HOST = "api.arize.com";

  /**
   * Checks the fields.
   *
   * @param apiKey the key
   * @param baseUrl the root URL
   * @param profile the profile's name, or empty
   */
  public Connection {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(profile, "profile");
  }

  /**
   * Resolves the connection.
   *
   * @param endpoint the {@code --endpoint} URL, or {@code null}
   * @param environment the environment variables
   * @param profileName the profile's name (for messages)
   * @param profile the profile's file, or empty when there is none
   * @return the connection
   * @throws ConfigurationException when there is no API key, or a value is unusable
   */
  public static Connection resolve(String endpoint, Map<String, String> environment, String profileName,
      Optional<ProfileFile> profile) {
    Values values = new Values(environment, profileName, profile);
    String key = firstOf(environment.get(ArizeAdminClient.ENV_API_KEY), values.get("auth", "api_key"));
    if (key == null) {
      throw new ConfigurationException("No API key: set " + ArizeAdminClient.ENV_API_KEY + ", or give profile '"
          + profileName + "' one ('arize-admin profiles " + (profile.isPresent() ? "update" : "create")
          + " " + profileName + " --api-key ...')");
    }
    if (endpoint != null) {
      String url = endpoint.trim().replaceAll("/+$", "");
      if (!url.matches("https?://[^/\\s]+")) {
        throw new ConfigurationException("--endpoint must be http(s)://HOST[:PORT], was '" + endpoint + "'");
      }
      return new Connection(key, url, profile.map(file -> profileName));
    }
    String scheme = firstOf(environment.get(ArizeAdminClient.ENV_API_SCHEME),
        values.get("routing", "api_scheme"), "https").toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new ConfigurationException("The API scheme must be http or https, was '" + scheme + "'");
    }
    String host = firstOf(environment.get(ArizeAdminClient.ENV_API_HOST), values.routedHost(),
        DEFAULT_HOST);
    String portText = firstOf(environment.get(ArizeAdminClient.ENV_API_PORT), values.get("routing", "single_port"),
        "0");
    int port = port(portText);
    String url = scheme + "://" + host + (port == 0 ? "" : ":" + port);
    return new Connection(key, url, profile.map(file -> profileName));
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text.trim());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new ConfigurationException("The API port must be a number from 0 to 65535, was '" + text + "'");
  }

  private static String firstOf(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.trim();
      }
    }
    return null;
  }

  /**
   * Tells whether a value is a secret by its name (as the SDK does: it holds "key", "token" or "secret").
   *
   * @param name a field's name
   * @return true for secrets
   */
  public static boolean isSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("key") || lower.contains("token") || lower.contains("secret") || lower.contains("password");
  }

  /**
   * Redacts a secret for display: its first three characters, then {@code ***}.
   *
   * @param secret the secret
   * @return the redacted form
   */
  public static String redact(String secret) {
    return secret.length() <= 8 ? "***" : secret.substring(0, 3) + "***";
  }

  @Override
  public String toString() {
    return "Connection{baseUrl=" + baseUrl + ", apiKey=" + redact(apiKey) + ", profile=" + profile + "}";
  }

  /** A profile's values, expanded on first use (so an unused reference cannot fail a command). */
  private record Values(Map<String, String> environment, String profileName, Optional<ProfileFile> profile) {
    String get(String section, String key) {
      return profile.flatMap(file -> file.value(section, key))
          .map(raw -> Expansion.expand(raw, environment, "Profile '" + profileName + "' [" + section + "] " + key))
          .filter(value -> !value.isBlank()).orElse(null);
    }

    String routedHost() {
      String region = get("routing", "region");
      String singleHost = get("routing", "single_host");
      String singlePort = get("routing", "single_port");
      String baseDomain = get("routing", "base_domain");
      int overrides = (region != null ? 1 : 0) + (singleHost != null || singlePort != null ? 1 : 0)
          + (baseDomain != null ? 1 : 0);
      if (overrides > 1) {
        throw new ConfigurationException("Profile '" + profileName + "' [routing] sets more than one of region,"
            + " single_host/single_port and base_domain; keep one ('arize-admin profiles update " + profileName
            + "' replaces the others)");
      }
      if (region != null) {
        String lower = region.toLowerCase(Locale.ROOT);
        if (!REGIONS.contains(lower)) {
          throw new ConfigurationException("Profile '" + profileName + "' [routing] region '" + region
              + "' is not one of " + String.join(", ", REGIONS));
        }
        return "api." + lower + ".arize.com";
      }
      if (singleHost != null) {
        return singleHost;
      }
      if (baseDomain != null) {
        return "api." + baseDomain;
      }
      return get("routing", "api_host");
    }
  }
}
