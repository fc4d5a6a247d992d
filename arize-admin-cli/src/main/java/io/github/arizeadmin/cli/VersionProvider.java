package io.github.arizeadmin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into {@code version.properties}. */
final class VersionProvider implements IVersionProvider {
  private static String version;

  static synchronized String version() {
    if (version == null) {
      Properties properties = new Properties();
      try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
      version = properties.getProperty("version", "unknown");
    }
    return version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"arize-admin " + version() + " (Java " + Runtime.version() + ")"};
  }
}
