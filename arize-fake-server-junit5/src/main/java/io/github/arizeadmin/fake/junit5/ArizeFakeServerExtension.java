package io.github.arizeadmin.fake.junit5;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.SeedResult;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link ArizeFakeServerTest}.
 *
 * <p>The server lives in the {@link ExtensionContext.Store} of the class that carries the
 * annotation (or of the test method with {@link ArizeFakeServerTest.Lifecycle#PER_METHOD}), so
 * {@code @Nested} classes share their enclosing class's server and JUnit closes it when that scope
 * ends, even when a test fails. Clients live in the store of the test (or, for {@code @BeforeAll}
 * and {@code @AfterAll}, of the class) that asked for them.
 */
public final class ArizeFakeServerExtension implements TestInstancePreConstructCallback, BeforeEachCallback,
    ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ArizeFakeServerExtension.class);
  private static final Set<Class<?>> INJECTED_TYPES =
      Set.of(ArizeAdminClient.class, ArizeFakeServer.class, SeedResult.class, ClientRetries.class);

  /** Creates the extension; JUnit does, through {@link ArizeFakeServerTest}. */
  public ArizeFakeServerExtension() {
  }

  /**
   * Asks JUnit for the test method's context when it constructs a test instance per test, so that
   * constructor parameters are the test's own client and its seed result.
   *
   * @param rootContext the engine's root context
   * @return {@link ExtensionContextScope#TEST_METHOD}
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  /**
   * Resets the server before the test instance of a test is constructed, so that constructor
   * parameters already see the fresh state (a reset happens once per test).
   *
   * @param factoryContext the class about to be constructed
   * @param context the test method's context, or the class's when one instance serves the class
   */
  @Override
  public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
    if (context.getTestMethod().isPresent()) {
      resetBeforeTest(context);
    }
  }

  /**
   * Resets the server to its fresh, seeded state when the annotation asks for it (once per test).
   *
   * @param context the test's context
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    resetBeforeTest(context);
  }

  private static void resetBeforeTest(ExtensionContext context) {
    ArizeFakeServerTest settings = settings(owner(context));
    if (settings.lifecycle() == ArizeFakeServerTest.Lifecycle.PER_CLASS && settings.resetBeforeEach()) {
      RunningServer running = running(context);
      context.getStore(NAMESPACE).getOrComputeIfAbsent("reset:" + context.getUniqueId(), key -> {
        running.resetToSeed();
        return Boolean.TRUE;
      }, Boolean.class);
    }
  }

  /**
   * Tells JUnit which parameters this extension injects: {@link ArizeAdminClient},
   * {@link ArizeFakeServer}, {@link SeedResult}, {@link ClientRetries}, and {@code String}s annotated
   * {@link FakeBaseUrl}, {@link FakeAdminKey}, {@link SeedId} or {@link SeedApiKey}.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return whether this extension injects it
   */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Parameter parameter = parameterContext.getParameter();
    Class<?> type = parameter.getType();
    return INJECTED_TYPES.contains(type)
        || type == String.class && (parameter.isAnnotationPresent(FakeBaseUrl.class)
            || parameter.isAnnotationPresent(FakeAdminKey.class)
            || parameter.isAnnotationPresent(SeedId.class)
            || parameter.isAnnotationPresent(SeedApiKey.class));
  }

  /**
   * Injects a parameter (starting the server on first use).
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return the value
   * @throws ParameterResolutionException for {@link SeedResult}, {@link SeedId} or {@link SeedApiKey}
   *     without a seed, or a ref the seed did not create
   */
  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    RunningServer running = running(extensionContext);
    Parameter parameter = parameterContext.getParameter();
    Class<?> type = parameter.getType();
    if (type == ArizeAdminClient.class) {
      return testClient(extensionContext, running).client();
    }
    if (type == ClientRetries.class) {
      return testClient(extensionContext, running).retries();
    }
    if (type == ArizeFakeServer.class) {
      return running.server();
    }
    if (type == SeedResult.class) {
      return running.seedResult();
    }
    if (parameter.isAnnotationPresent(FakeBaseUrl.class)) {
      return running.server().baseUrl();
    }
    if (parameter.isAnnotationPresent(FakeAdminKey.class)) {
      return running.server().adminKey();
    }
    if (parameter.isAnnotationPresent(SeedId.class)) {
      return seeded("@SeedId", parameter.getAnnotation(SeedId.class).value(), running.seedResult().ids(), running);
    }
    return seeded("@SeedApiKey", parameter.getAnnotation(SeedApiKey.class).value(), running.seedResult().apiKeys(), running);
  }

  private static String seeded(String annotation, String ref, Map<String, String> created, RunningServer running) {
    String value = created.get(ref);
    if (value == null) {
      throw new ParameterResolutionException(annotation + "(\"" + ref + "\"): the seed " + running.settings().seed()
          + " created nothing with that ref; its refs are " + new TreeSet<>(created.keySet()));
    }
    return value;
  }

  /** The client of this test (or of this class's lifecycle methods), created on first use. */
  private static RunningServer.TestClient testClient(ExtensionContext context, RunningServer running) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent("client:" + context.getUniqueId(),
        key -> running.newClient(), RunningServer.TestClient.class);
  }

  /** Finds (or starts) the server serving this context. */
  private static RunningServer running(ExtensionContext context) {
    ExtensionContext owner = owner(context);
    ArizeFakeServerTest settings = settings(owner);
    ExtensionContext scope = settings.lifecycle() == ArizeFakeServerTest.Lifecycle.PER_METHOD
        ? context.getTestMethod().isPresent() ? context : null
        : owner;
    if (scope == null) {
      throw new ParameterResolutionException("With Lifecycle.PER_METHOD the fake server exists only inside test"
          + " methods, their constructors and @BeforeEach/@AfterEach methods, not in " + context.getDisplayName());
    }
    // The key names the owning class, so a nested class never picks up another class's server.
    String key = "server:" + owner.getRequiredTestClass().getName();
    return scope.getStore(NAMESPACE).getOrComputeIfAbsent(key,
        k -> RunningServer.start(settings, owner.getRequiredTestClass()), RunningServer.class);
  }

  private static ArizeFakeServerTest settings(ExtensionContext owner) {
    return AnnotationSupport.findAnnotation(owner.getRequiredTestClass(), ArizeFakeServerTest.class).orElseThrow();
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
}
