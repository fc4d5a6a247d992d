package io.github.arizeadmin.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A pass-through HTTP proxy in front of the fake: Pact's verifier talks to it, it forwards every
 * request unchanged, and it validates each request and the fake's live response against the
 * contract, keeping the messages of every failed validation.
 */
final class ValidatingProxy implements AutoCloseable {
  private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
      "upgrade", "keep-alive", "expect");

  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final String target;
  private final OpenApiInteractionValidator validator;
  private final List<String> failures = new ArrayList<>();
  private int exchanges;
  private final List<String> calls = new ArrayList<>();

  private ValidatingProxy(String target, OpenApiInteractionValidator validator) throws IOException {
    this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
    this.validator = validator;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::forward);
    server.start();
  }

  static ValidatingProxy start(String target, OpenApiInteractionValidator validator) throws IOException {
    return new ValidatingProxy(target, validator);
  }

  int port() {
    return server.getAddress().getPort();
  }

  synchronized void clear() {
    failures.clear();
    calls.clear();
    exchanges = 0;
  }

  synchronized List<String> failures() {
    return List.copyOf(failures);
  }

  synchronized int exchanges() {
    return exchanges;
  }

  /** @return the calls forwarded since the last {@link #clear()}, as "METHOD /raw/path" */
  synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      URI uri = exchange.getRequestURI();
      byte[] requestBody = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(target + uri.getRawPath()
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
          .method(method, requestBody.length == 0 ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(requestBody));
      SimpleRequest.Builder checked = new SimpleRequest.Builder(method, uri.getRawPath());
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase())) {
          values.forEach(v -> out.header(name, v));
        }
        checked.withHeader(name, values);
      });
      if (uri.getRawQuery() != null) {
        for (String pair : uri.getRawQuery().split("&")) {
          int eq = pair.indexOf('=');
          String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          checked.withQueryParam(name, value);
        }
      }
      if (requestBody.length > 0) {
        checked.withBody(requestBody);
      }
      HttpResponse<byte[]> response;
      try {
        response = client.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
      response.headers().map().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
          values.forEach(v -> exchange.getResponseHeaders().add(name, v));
        }
        answer.withHeader(name, values);
      });
      byte[] body = response.body();
      if (body.length > 0) {
        answer.withBody(body);
      }
      synchronized (this) {
        calls.add(method + " " + uri.getRawPath());
      }
      record(method + " " + uri, validator.validate(checked.build(), answer.build()),
          response.statusCode(), new String(body, StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        exchange.getResponseBody().write(body);
      }
    }
  }

  private synchronized void record(String call, ValidationReport report, int status, String body) {
    exchanges++;
    if (report.hasErrors()) {
      StringBuilder text = new StringBuilder(call).append(" -> ").append(status).append(' ').append(body);
      report.getMessages().forEach(m -> text.append("\n  ").append(m.getKey()).append(": ").append(m.getMessage()));
      failures.add(text.toString());
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
