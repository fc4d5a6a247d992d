package io.github.arizeadmin.bench;

import io.vertx.core.json.JsonArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The fallback when wrk is missing: {@link JvmLoadGenerator} in its own JVM, pinned to the client core. */
final class JvmLoad implements LoadGenerator {
  private final Layout layout;

  JvmLoad(Layout layout) {
    this.layout = layout;
  }

  @Override
  public LoadResult run(Load load) {
    Path calls = load.scripts().resolve(load.label() + ".json");
    JsonArray json = new JsonArray();
    load.calls().forEach(call -> json.add(call.toJson()));
    try {
      Files.writeString(calls, json.encode());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = Cpus.pinned(load.cpus(), List.of(layout.java().toString(), "-cp", layout.classPath(),
        JvmLoadGenerator.class.getName(), load.base().toString(), Integer.toString(load.connections()),
        Long.toString(load.warmup().toMillis()), Long.toString(load.duration().toMillis()), calls.toString()));
    Exec.Output output = Exec.run(command, load.warmup().plus(load.duration()).plusSeconds(60));
    if (!output.ok()) {
      throw new IllegalStateException("the JVM load generator failed (" + output.exitCode() + "): "
          + output.text().strip());
    }
    return LoadResult.parse(output.text());
  }

  @Override
  public String describe() {
    return "JVM load generator (Vert.x HTTP client, one event loop; wrk was not available)";
  }
}
