package io.github.arizeadmin.fake.junit5;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link ArizeFakeServerTest}.
 *
 * <p>The server lives in the {@link ExtensionContext.Store} of the class that carries the
 * annotation (or of the test method with {@link ArizeFakeServerTest.Lifecycle#PER_METHOD}), so
 * {@code @Nested} classes share their enclosing class's server and JUnit closes it when that scope
 * ends, even when a test fails.
 */
public final class ArizeFakeServerExtension implements BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ArizeFakeServerExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    Running running = running(context);
    ArizeFakeServerTest settings = running.settings();
    if (settings.lifecycle() == ArizeFakeServerTest.Lifecycle.PER_CLASS && settings.resetBeforeEach()) {
      running.resetToSeed();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Parameter parameter = parameterContext.getParameter();
    Class<?> type = parameter.getType();
    return type == ArizeAdminClient.class || type == ArizeFakeServer.class
        || type == String.class && (parameter.isAnnotationPresent(FakeBaseUrl.class)
            || parameter.isAnnotationPresent(FakeAdminKey.class));
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Running running = running(extensionContext);
    Parameter parameter = parameterContext.getParameter();
    if (parameter.getType() == ArizeAdminClient.class) {
      return running.client();
    }
    if (parameter.getType() == ArizeFakeServer.class) {
      return running.server();
    }
    if (parameter.isAnnotationPresent(FakeBaseUrl.class)) {
      return running.server().baseUrl();
    }
    return running.server().adminKey();
  }

  /** Finds (or starts) the server serving this context. */
  private static Running running(ExtensionContext context) {
    ExtensionContext owner = owner(context);
    ArizeFakeServerTest settings = AnnotationSupport.findAnnotation(owner.getRequiredTestClass(), ArizeFakeServerTest.class)
        .orElseThrow();
    ExtensionContext scope = settings.lifecycle() == ArizeFakeServerTest.Lifecycle.PER_METHOD
        ? context.getTestMethod().isPresent() ? context : null
        : owner;
    if (scope == null) {
      throw new ParameterResolutionException("With Lifecycle.PER_METHOD the fake server exists only inside test"
          + " methods and @BeforeEach/@AfterEach methods, not in " + context.getDisplayName());
    }
    // The key names the owning class, so a nested class never picks up another class's server.
    String key = "server:" + owner.getRequiredTestClass().getName();
    return scope.getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> Running.start(settings, owner.getRequiredTestClass()),
        Running.class);
  }

  /** The innermost context whose class carries the annotation: @Nested classes share their enclosing server. */
  private static ExtensionContext owner(ExtensionContext context) {
    for (Optional<ExtensionContext> current = Optional.of(context); current.isPresent(); current = current.get().getParent()) {
      ExtensionContext candidate = current.get();
      Optional<Class<?>> testClass = candidate.getTestClass();
      if (testClass.isPresent() && candidate.getTestMethod().isEmpty()
          && testClass.get().isAnnotationPresent(ArizeFakeServerTest.class)) {
        return candidate;
      }
    }
    throw new ExtensionConfigurationException("No @ArizeFakeServerTest on " + context.getDisplayName()
        + " or its enclosing classes");
  }

  /** A started server, its seed and its client; closed by JUnit at the end of its scope. */
  private record Running(ArizeFakeServerTest settings, ArizeFakeServer server, String seedJson, ArizeAdminClient client)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    static Running start(ArizeFakeServerTest settings, Class<?> testClass) {
      String seedJson = settings.seed().isEmpty() ? null : readResource(testClass, settings.seed());
      FakeServerOptions.Builder options = FakeServerOptions.builder().port(0);
      if (!settings.adminKey().isEmpty()) {
        options.adminKey(settings.adminKey());
      }
      if (settings.idSeed() >= 0) {
        options.idSeed(settings.idSeed());
      }
      if (seedJson != null) {
        options.seedJson(seedJson);
      }
      ArizeFakeServer server = ArizeFakeServer.start(options.build());
      ArizeAdminClient client = ArizeAdminClient.builder().baseUrl(server.baseUrl()).apiKey(server.adminKey()).build();
      return new Running(settings, server, seedJson, client);
    }

    void resetToSeed() {
      if (seedJson == null) {
        server.reset();
      } else {
        server.seed(seedJson);
      }
    }

    @Override
    public void close() {
      try {
        client.close();
      } finally {
        server.close();
      }
    }

    @Override
    public String toString() {
      return "ArizeFakeServer at " + server.baseUrl();
    }

    private static String readResource(Class<?> testClass, String name) {
      String path = name.startsWith("/") ? name.substring(1) : name;
      try (InputStream in = testClass.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          throw new ExtensionConfigurationException("@ArizeFakeServerTest(seed = \"" + name + "\"): no such classpath resource");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
