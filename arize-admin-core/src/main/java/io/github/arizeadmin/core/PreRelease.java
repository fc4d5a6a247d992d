package io.github.arizeadmin.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-time pre-release warnings, as the Python SDK logs them: on the first call of each method per
 * class loader (the SDK: per process), one WARN through the logger {@value #LOGGER_NAME}. Every admin
 * method is BETA in SDK 8.42.0, the baseline. A client built with {@code preReleaseWarnings(false)}, or
 * by default when the system property {@value ArizeAdminClient#PRE_RELEASE_WARNINGS_PROPERTY} is
 * {@code false}, logs none and leaves the once-per-method memory alone, so a louder client still warns.
 */
final class PreRelease {
  static final String LOGGER_NAME = "io.github.arizeadmin.core.pre_releases";
  static final String SDK_VERSION = "8.42.0";
  static final String VERSION = readVersion();

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  enum Stage {
    ALPHA("an alpha"), BETA("a beta");

    private final String phrase;

    Stage(String phrase) {
      this.phrase = phrase;
    }
  }

  private PreRelease() {
  }

  /** Whether clients warn unless their builder says otherwise: not when the system property is {@code false}. */
  static boolean enabledByDefault() {
    return !"false".equalsIgnoreCase(System.getProperty(ArizeAdminClient.PRE_RELEASE_WARNINGS_PROPERTY, "").trim());
  }

  static void warnOnce(String key, Stage stage) {
    if (WARNED.add(key)) {
      LOG.warn("[{}] {} is {} API in Arize SDK v{} and may change without notice. If you encounter failures, "
          + "upgrade to a newer version of arize-admin-core (this is {}).", stage, key, stage.phrase, SDK_VERSION, VERSION);
    }
  }

  /** Forgets which keys were warned about (tests only). */
  static void forgetWarnings() {
    WARNED.clear();
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = PreRelease.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException unreadable) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
