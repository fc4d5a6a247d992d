package io.github.arizeadmin.fake.http;

import io.vertx.core.json.JsonObject;
import java.util.Map;

/** Vert.x JSON to plain Java maps and lists, for the domain. */
public final class JsonPlain {
  private JsonPlain() {
  }

  /**
   * @param object a JSON object
   * @return the same document as nested maps and lists
   */
  public static Map<String, Object> toMap(JsonObject object) {
    return Operations.plainObject(object);
  }
}
