package io.github.arizeadmin.fake.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, one request per connection: for requests that clients refuse to
 * send (a path that does not decode, a header line without a colon, a 20 KB header).
 */
public final class RawHttp {
  private RawHttp() {
  }

  /**
   * An answer.
   *
   * @param status the status
   * @param headers the header lines
   * @param body the body, as text
   */
  public record Answer(int status, List<String> headers, String body) {
    /**
     * @param name a header name
     * @return its first value, or null
     */
    public String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(h -> h.substring(prefix.length()).trim()).findFirst().orElse(null);
    }
  }

  /**
   * Sends bytes as they are and reads the answer.
   *
   * @param baseUrl the server, e.g. {@code http://127.0.0.1:8080}
   * @param request the whole request
   * @return the answer
   */
  public static Answer send(String baseUrl, byte[] request) {
    URI base = URI.create(baseUrl);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException closedEarly) {
        // the server may answer and close before it has read everything (413): read the answer anyway
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends a request.
   *
   * @param baseUrl the server
   * @param method the method
   * @param target the request target exactly as it goes on the request line
   * @param headers extra header lines ({@code Name: value})
   * @param body the body, or null
   * @return the answer
   */
  public static Answer send(String baseUrl, String method, String target, List<String> headers, byte[] body) {
    StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: fake\r\n");
    headers.forEach(h -> head.append(h).append("\r\n"));
    head.append("Connection: close\r\n").append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[start.length + (body == null ? 0 : body.length)];
    System.arraycopy(start, 0, all, 0, start.length);
    if (body != null) {
      System.arraycopy(body, 0, all, start.length, body.length);
    }
    return send(baseUrl, all);
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
        if (complete(all.toByteArray())) {
          break;
        }
      }
    } catch (IOException reset) {
      // a connection the server closed after its answer
    }
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("not an HTTP answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    return new Answer(Integer.parseInt(lines[0].split(" ")[1]), List.copyOf(new ArrayList<>(List.of(lines).subList(1,
        lines.length))), text.substring(end + 4));
  }

  private static boolean complete(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    for (String line : text.substring(0, end).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return bytes.length - end - 4 >= Integer.parseInt(line.substring(15).trim());
      }
    }
    return false;
  }
}
