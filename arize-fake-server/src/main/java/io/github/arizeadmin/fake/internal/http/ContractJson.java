package io.github.arizeadmin.fake.internal.http;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the contract's YAML as JSON at build time ({@code process-classes}), into the classes
 * directory, so that the server reads the very same contract at start with the JSON parser Vert.x
 * already loads: parsing the YAML with SnakeYAML on a cold JVM costs about half a second of the
 * start-up budget. {@code ContractLoaderTest} checks that both readings give the same document.
 */
public final class ContractJson {
  /** The classpath resource the build writes. */
  static final String RESOURCE = "/openapi/arize-admin-v2.json";

  private ContractJson() {
  }

  /**
   * Writes the JSON rendering.
   *
   * @param args the classes directory
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0], RESOURCE.substring(1));
    Files.createDirectories(target.getParent());
    Files.writeString(target, new JsonObject(ContractLoader.snakeYaml(ContractLoader.readText())).encode());
  }
}
