package io.github.arizeadmin.bench;

/** A response as the runner received it: status, {@code Content-Type} and body. */
record Answer(int status, String contentType, String body) {

  boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The response in one line for an error message, the body cut short. */
  String brief() {
    String text = body.length() > 300 ? body.substring(0, 300) + "..." : body;
    return status + " " + text;
  }
}
