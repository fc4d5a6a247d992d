package io.github.arizeadmin.pactverifier;

import au.com.dius.pact.core.matchers.ResponseMatching;
import au.com.dius.pact.core.matchers.generators.ArrayContainsJsonGenerator;
import au.com.dius.pact.core.matchers.generators.DefaultResponseGenerator;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.Response;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.core.model.generators.Generator;
import au.com.dius.pact.core.model.generators.GeneratorTestMode;
import au.com.dius.pact.core.model.generators.ProviderStateGenerator;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerException;
import io.github.arizeadmin.fake.FakeServerOptions;
import io.github.arizeadmin.fake.SeedResult;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check 2: an interaction replayed against the fake server, in-process. Its provider states are
 * seeded into a fresh state, Pact JVM applies the interaction's generators (the values the
 * states hand over included), the request goes to the fake over HTTP, and Pact JVM's matchers
 * compare the answer with the pact's expectation.
 *
 * <p>Who is calling: when the states seeded an API key whose raw value is the request's bearer
 * token, the request runs as that key's owner; otherwise as the fresh account's admin. A pact that
 * expects 401 is about the key itself, so its request goes out with its own Authorization (or none).
 */
final class Replay implements AutoCloseable {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  private static final Set<String> NOT_FORWARDED = Set.of("authorization", "host", "content-length", "connection",
      "expect", "upgrade", "transfer-encoding", "keep-alive");
  private static final SeedResult NOTHING = new SeedResult(Map.of(), Map.of());

  private final States states;
  private final ArizeFakeServer fake;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  Replay(States states) {
    this.states = states;
    // Fixed ID seed: the same pact gives the same IDs, and so the same verdict lines, on every run.
    this.fake = ArizeFakeServer.start(FakeServerOptions.builder().port(0).idSeed(1L).build());
  }

  /**
   * @param providerStates the interaction's provider states
   * @param interaction its request and expected response
   * @return why the fake's answer differs from the pact's expectation, in words; empty when it matches
   */
  List<String> run(List<ProviderState> providerStates, SynchronousRequestResponse interaction) {
    Map<String, Object> values;
    SeedResult seeded;
    try {
      States.Setup setup = states.setUp(providerStates);
      seeded = seed(setup.document());
      values = setup.values().resolve(seeded);
    } catch (StateException failed) {
      return List.of(failed.getMessage());
    }
    String missing = missingValues(interaction, values);
    if (missing != null) {
      return List.of(missing);
    }
    Map<String, Object> context = new HashMap<>();
    context.put("providerState", values);
    context.put("ArrayContainsJsonGenerator", ArrayContainsJsonGenerator.INSTANCE);
    IRequest request = interaction.getRequest().generatedRequest(context, GeneratorTestMode.Provider);
    IResponse expected = DefaultResponseGenerator.INSTANCE.generateResponse(interaction.getResponse(), context,
        GeneratorTestMode.Provider, List.of(), Map.of());
    Response actual;
    try {
      actual = send(request, authorization(request, expected, seeded));
    } catch (IOException | IllegalArgumentException | URISyntaxException failed) {
      return List.of("the request could not be sent to the fake: " + failed.getMessage());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return List.of("interrupted while the fake answered");
    }
    return MismatchMessages.translate(ResponseMatching.responseMismatches(expected, actual), expected, actual);
  }

  private SeedResult seed(SeedDocument document) {
    if (document == null) {
      fake.reset();
      return NOTHING;
    }
    try {
      return fake.seed(document.json());
    } catch (FakeServerException bad) {
      throw new StateException("the provider states do not seed: " + String.valueOf(bad.getMessage())
          .replaceFirst("^Bad seed: ", ""));
    }
  }

  /** A {@code ${name}} the pact injects that no state hands over: said before the request is sent. */
  private static String missingValues(SynchronousRequestResponse interaction, Map<String, Object> values) {
    Set<String> wanted = new TreeSet<>();
    List<Map<String, Generator>> generators = new ArrayList<>();
    interaction.getRequest().getGenerators().getCategories().values().forEach(generators::add);
    interaction.getResponse().getGenerators().getCategories().values().forEach(generators::add);
    for (Map<String, Generator> category : generators) {
      for (Generator generator : category.values()) {
        if (generator instanceof ProviderStateGenerator injected) {
          Matcher m = EXPRESSION.matcher(injected.getExpression());
          boolean any = false;
          while (m.find()) {
            wanted.add(m.group(1));
            any = true;
          }
          if (!any) {
            wanted.add(injected.getExpression());
          }
        }
      }
    }
    wanted.removeAll(values.keySet());
    if (wanted.isEmpty()) {
      return null;
    }
    StringJoiner given = new StringJoiner(", ");
    values.keySet().stream().filter(k -> !k.contains("/")).sorted().limit(15).forEach(given::add);
    return "the pact injects " + String.join(", ", wanted.stream().map(w -> "${" + w + "}").toList())
        + " from its provider states, but they hand over no such value"
        + (values.isEmpty() ? "" : " (they hand over " + given + (values.size() > 15 ? ", ..." : "") + ")");
  }

  /** The Authorization header the request goes out with, or null for none (see the class comment). */
  private String authorization(IRequest request, IResponse expected, SeedResult seeded) {
    String given = request.getHeaders().entrySet().stream()
        .filter(h -> h.getKey().equalsIgnoreCase("Authorization") && !h.getValue().isEmpty())
        .map(h -> String.join(", ", h.getValue())).findFirst().orElse(null);
    if (expected.getStatus() == 401) {
      return given;
    }
    if (given != null && given.regionMatches(true, 0, "Bearer ", 0, 7)
        && seeded.apiKeys().containsValue(given.substring(7).trim())) {
      return given;
    }
    return "Bearer " + fake.adminKey();
  }

  private Response send(IRequest request, String authorization)
      throws IOException, InterruptedException, URISyntaxException {
    byte[] body = request.getBody().isPresent() ? request.getBody().getValue() : null;
    HttpRequest.Builder out = HttpRequest.newBuilder(uri(request)).timeout(Duration.ofSeconds(30))
        .method(request.getMethod().toUpperCase(Locale.ROOT), body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    boolean contentType = false;
    for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
      if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT)) && !header.getValue().isEmpty()) {
        out.header(header.getKey(), String.join(", ", header.getValue()));
        contentType |= header.getKey().equalsIgnoreCase("Content-Type");
      }
    }
    if (!contentType && body != null) {
      // as Pact JVM's provider client does: the body's own content type
      ContentType type = request.getBody().getContentType();
      out.header("Content-Type", type.equals(ContentType.getUNKNOWN()) ? "text/plain; charset=ISO-8859-1"
          : type.toString());
    }
    if (authorization != null) {
      out.header("Authorization", authorization);
    }
    HttpResponse<byte[]> answer = http.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
    Map<String, List<String>> headers = new LinkedHashMap<>(answer.headers().map());
    String type = answer.headers().firstValue("Content-Type").orElse(null);
    OptionalBody answered = answer.body().length == 0 ? OptionalBody.empty()
        : OptionalBody.body(answer.body(), ContentType.fromString(type));
    return new Response(answer.statusCode(), headers, answered);
  }

  private URI uri(IRequest request) throws URISyntaxException {
    String path = rawPath(request.getPath().startsWith("/") ? request.getPath() : "/" + request.getPath());
    StringJoiner query = new StringJoiner("&");
    request.getQuery().forEach((name, values) -> values.forEach(value -> query.add(encode(name)
        + (value == null ? "" : "=" + encode(value)))));
    return new URI(fake.baseUrl() + path + (query.length() == 0 ? "" : "?" + query));
  }

  /**
   * The pact's path as it goes on the wire: characters a path may not hold are percent-encoded,
   * escapes the pact already has ({@code %3D}) are kept.
   */
  static String rawPath(String path) {
    StringBuilder raw = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0)) {
        raw.append(c);
      } else {
        raw.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return raw.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public void close() {
    fake.close();
  }
}
