package io.github.arizeadmin.pactverifier;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the pact files under the paths given (a directory: every {@code *.json} below it) and
 * reads each with Pact JVM's own reader (V2, V3 and V4; pact-jvm, pact-js and pact-python write
 * them). A file that is not a pact, or a pact for another provider, becomes one line, not a crash.
 */
final class PactFiles {
  /** One file found, or a path that gave none. */
  sealed interface Source permits Unreadable, OtherProvider, Readable {
    /** @return the file as the user named it (or found it under a directory they named) */
    String file();
  }

  /** A path that is not a readable pact. */
  record Unreadable(String file, String reason) implements Source {
  }

  /** A pact for a provider other than the Arize admin API. */
  record OtherProvider(String file, String consumer, String provider) implements Source {
  }

  /** A pact to verify. */
  record Readable(String file, Pact pact) implements Source {
    String consumer() {
      return pact.getConsumer().getName();
    }
  }

  private final Collection<String> providers;

  /**
   * @param providers the provider names to verify; empty for any name containing "arize" (any case)
   */
  PactFiles(Collection<String> providers) {
    this.providers = List.copyOf(providers);
  }

  /** @return the sources under the paths, in the order given (a directory's files sorted) */
  List<Source> find(List<Path> paths) {
    List<Source> sources = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(path)) {
          found = walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")).sorted().toList();
        } catch (IOException | RuntimeException e) {
          sources.add(new Unreadable(path.toString(), "cannot list the directory (" + e.getMessage() + ")"));
          continue;
        }
        if (found.isEmpty()) {
          sources.add(new Unreadable(path.toString(), "no pact files (*.json) in this directory"));
        }
        found.forEach(file -> sources.add(read(file)));
      } else if (Files.exists(path)) {
        sources.add(read(path));
      } else {
        sources.add(new Unreadable(path.toString(), "no such file or directory"));
      }
    }
    return sources;
  }

  private Source read(Path file) {
    String name = file.toString();
    JsonNode tree;
    try {
      tree = Json.JSON.readTree(Files.readAllBytes(file));
    } catch (JacksonException e) {
      return new Unreadable(name, "not JSON: " + Json.problem(e));
    } catch (IOException | RuntimeException e) {
      return new Unreadable(name, "cannot read it (" + e.getMessage() + ")");
    }
    String provider = tree == null ? null : tree.path("provider").path("name").asText(null);
    if (provider == null || !tree.path("consumer").path("name").isTextual()
        || !(tree.has("interactions") || tree.has("messages"))) {
      return new Unreadable(name, "not a pact file (it needs consumer.name, provider.name and interactions)");
    }
    String consumer = tree.path("consumer").path("name").asText();
    if (!isArize(provider)) {
      return new OtherProvider(name, consumer, provider);
    }
    try {
      return new Readable(name, DefaultPactReader.INSTANCE.loadPact(file.toFile()));
    } catch (RuntimeException e) {
      return new Unreadable(name, "Pact JVM cannot read it (" + e.getMessage() + ")");
    }
  }

  private boolean isArize(String provider) {
    return providers.isEmpty() ? provider.toLowerCase(Locale.ROOT).contains("arize") : providers.contains(provider);
  }
}
