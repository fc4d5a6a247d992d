package io.github.arizeadmin.fake.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The server's own version, filtered into a resource by the build. */
final class Version {
  static final String SERVER = read();

  private Version() {
  }

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("/io/github/arizeadmin/fake/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
