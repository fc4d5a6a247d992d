package io.github.arizeadmin.fake.internal.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.OpenAPIVersion;
import io.vertx.openapi.contract.impl.OpenAPIContractImpl;
import io.vertx.openapi.impl.OpenAPIFormatValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Loads the contract ({@code /openapi/arize-admin-v2.yaml} of the {@code openapi} module) for
 * Vert.x's OpenAPI router, once per JVM, on its own thread so that it overlaps Vert.x's start.
 *
 * <p>In-memory adaptations, nothing else: Vert.x 5.0.10 rejects the response media type
 * {@code application/problem+json}, so error responses are declared as {@code application/json}
 * in the copy handed to Vert.x (the server still answers {@code application/problem+json}); and
 * the top-level {@code security} requirement is dropped because the fake authenticates every
 * {@code /v2} request itself, before validation (401 before 400); server variables, which Vert.x
 * rejects, are replaced by their defaults; and documentation-only keywords
 * (examples, descriptions, summaries, tags) are dropped to halve the work of resolving it.
 *
 * <p>Start-up time: {@link OpenAPIContract#from} spends most of its second validating the
 * contract against the OpenAPI meta-schema (loading the meta-schemas alone takes ~0.7 s). This
 * loader skips that step and does the rest (dereference, resolve, build) exactly as Vert.x does;
 * the build's {@code ContractLoaderTest} runs the full validating load so an invalid contract still
 * fails the build.
 */
final class ContractLoader {
  /** The contract on the classpath. */
  static final String RESOURCE = "/openapi/arize-admin-v2.yaml";
  private static CompletableFuture<Loaded> loading;

  /**
   * The loaded contract.
   *
   * @param contract the contract for the router
   * @param raw the adapted document, as it was before Vert.x resolved it
   */
  record Loaded(OpenAPIContract contract, JsonObject raw) {
    String version() {
      return raw.getJsonObject("info").getString("version");
    }
  }

  private ContractLoader() {
  }

  /** @return the contract, loading it on a background thread the first time */
  static synchronized CompletableFuture<Loaded> get() {
    if (loading == null || loading.isCompletedExceptionally()) {
      CompletableFuture<Loaded> future = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
        try {
          future.complete(load());
        } catch (RuntimeException | Error failure) {
          future.completeExceptionally(failure);
        }
      }, "arize-fake-contract-loader");
      thread.setDaemon(true);
      thread.start();
      loading = future;
    }
    return loading;
  }

  static Loaded load() {
    JsonObject document = readDocument();
    adaptInPlace(document);
    trimForRouting(document);
    // Vert.x marks up the document it resolves (__absolute_uri__ keys): the fake's request validator
    // reads a clean copy.
    JsonObject clean = document.copy();
    OpenAPIVersion version = OpenAPIVersion.fromContract(document);
    SchemaRepository repository = SchemaRepository.create(new JsonSchemaOptions()
        .setDraft(version == OpenAPIVersion.V3_0 ? Draft.DRAFT4 : Draft.DRAFT202012)
        .setBaseUri("app://")
        .setOutputFormat(OutputFormat.Basic), new OpenAPIFormatValidator());
    repository.dereference(JsonSchema.of(document));
    JsonObject resolved = repository.resolve(document);
    return new Loaded(new OpenAPIContractImpl(resolved, version, repository), clean);
  }

  /**
   * @return the contract as Vert.x JSON, unadapted: the JSON rendering the build writes next to the
   *     classes (see {@link ContractJson}), or, when running without it (an IDE), the YAML itself
   */
  static JsonObject readDocument() {
    try (InputStream json = ContractLoader.class.getResourceAsStream(ContractJson.RESOURCE)) {
      if (json != null) {
        return new JsonObject(io.vertx.core.buffer.Buffer.buffer(json.readAllBytes()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new JsonObject(snakeYaml(readText()));
  }

  /** @return the contract's YAML text, from the {@code openapi} module's jar */
  static String readText() {
    try (InputStream in = ContractLoader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath (the openapi module)");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The contract's YAML as plain maps (SnakeYAML; timestamps in examples stay strings). */
  static Map<String, Object> snakeYaml(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    // Dates stay strings: they are wire text (examples), not values.
    return new Yaml(new SafeConstructor(options) {
      {
        yamlConstructors.put(Tag.TIMESTAMP, yamlConstructors.get(Tag.STR));
      }
    }).load(text);
  }

  /** Applies the adaptations documented on the class to a copy of the document. */
  static JsonObject adapt(JsonObject original) {
    JsonObject document = original.copy();
    adaptInPlace(document);
    return document;
  }

  private static void adaptInPlace(JsonObject document) {
    document.remove("security");
    document.remove("tags");
    resolveServerVariables(document);
    rewriteMediaTypes(document);
    stripDocumentation(document, false);
  }

  /**
   * Vert.x 5.0.10 rejects server variables ({@code https://{host}}): the copy it gets has every
   * variable replaced by its default. Only the servers' base path matters to the router, and the
   * contract's servers all have the same, empty one.
   */
  private static void resolveServerVariables(JsonObject document) {
    if (!(document.getValue("servers") instanceof JsonArray servers)) {
      return;
    }
    for (Object item : servers) {
      if (item instanceof JsonObject server && server.remove("variables") instanceof JsonObject variables) {
        String url = server.getString("url");
        for (String name : variables.fieldNames()) {
          url = url.replace("{" + name + "}", String.valueOf(variables.getJsonObject(name).getValue("default")));
        }
        server.put("url", url);
      }
    }
  }

  /**
   * Drops what only documents the contract (examples, summaries, operation tags) and empties the
   * descriptions (required by OpenAPI on responses): Vert.x never validates against them, and they
   * are half of what it would otherwise dereference. Property schemas named {@code description}
   * are kept (only string values are documentation).
   */
  private static void stripDocumentation(Object node, boolean propertyNames) {
    if (node instanceof JsonObject object) {
      if (!propertyNames) {
        object.remove("example");
        object.remove("examples");
        for (String key : List.of("summary", "tags")) {
          if (!(object.getValue(key) instanceof JsonObject)) {
            object.remove(key);
          }
        }
        if (object.getValue("description") instanceof String) {
          object.put("description", "");
        }
      }
      for (String key : List.copyOf(object.fieldNames())) {
        stripDocumentation(object.getValue(key), !propertyNames && "properties".equals(key));
      }
    } else if (node instanceof JsonArray array) {
      for (Object item : array) {
        stripDocumentation(item, false);
      }
    }
  }

  /**
   * The router validates requests, never responses (the tests validate every response against the
   * original contract), so the copy it gets keeps each operation's statuses but not their bodies,
   * and only the schemas requests can reach. This halves what Vert.x resolves at start-up.
   */
  static void trimForRouting(JsonObject document) {
    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.fieldNames()) {
        if (item.getValue(method) instanceof JsonObject operation && operation.getValue("responses") instanceof JsonObject responses) {
          for (String status : List.copyOf(responses.fieldNames())) {
            responses.put(status, new JsonObject().put("description", ""));
          }
        }
      }
    }
    JsonObject components = document.getJsonObject("components");
    if (components == null) {
      return;
    }
    components.remove("responses");
    components.remove("examples");
    JsonObject schemas = components.getJsonObject("schemas");
    if (schemas == null) {
      return;
    }
    java.util.Set<String> reachable = new java.util.HashSet<>();
    java.util.ArrayDeque<Object> work = new java.util.ArrayDeque<>();
    work.add(paths);
    if (components.getValue("parameters") != null) {
      work.add(components.getValue("parameters"));
    }
    while (!work.isEmpty()) {
      Object node = work.poll();
      if (node instanceof JsonObject object) {
        if (object.getValue("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")) {
          String name = ref.substring("#/components/schemas/".length());
          if (reachable.add(name) && schemas.getValue(name) != null) {
            work.add(schemas.getValue(name));
          }
        }
        object.forEach(e -> work.add(e.getValue()));
      } else if (node instanceof JsonArray array) {
        array.forEach(work::add);
      }
    }
    for (String name : List.copyOf(schemas.fieldNames())) {
      if (!reachable.contains(name)) {
        schemas.remove(name);
      }
    }
  }

  private static void rewriteMediaTypes(Object node) {
    if (node instanceof JsonObject object) {
      JsonObject content = object.getValue("content") instanceof JsonObject c ? c : null;
      if (content != null && content.containsKey("application/problem+json") && !content.containsKey("application/json")) {
        content.put("application/json", content.remove("application/problem+json"));
      }
      for (String key : List.copyOf(object.fieldNames())) {
        rewriteMediaTypes(object.getValue(key));
      }
    } else if (node instanceof JsonArray array) {
      for (Object item : array) {
        rewriteMediaTypes(item);
      }
    }
  }
}
