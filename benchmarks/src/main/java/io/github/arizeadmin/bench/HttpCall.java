package io.github.arizeadmin.bench;

import io.vertx.core.json.JsonObject;

/**
 * One request of a scenario: method, path with its query, and a JSON body or {@code null}. Every call carries
 * the admin key; a call with a body also carries {@code Content-Type: application/json}.
 */
record HttpCall(String method, String target, String body) {

  static HttpCall get(String target) {
    return new HttpCall("GET", target, null);
  }

  static HttpCall post(String target, String body) {
    return new HttpCall("POST", target, body);
  }

  String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /** The query without the {@code ?}, or an empty string. */
  String query() {
    int q = target.indexOf('?');
    return q < 0 ? "" : target.substring(q + 1);
  }

  JsonObject toJson() {
    return new JsonObject().put("method", method).put("target", target).put("body", body);
  }

  static HttpCall fromJson(JsonObject json) {
    return new HttpCall(json.getString("method"), json.getString("target"), json.getString("body"));
  }
}
