package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The generated Retrofit interfaces hold exactly the contract's 43 operations, with its methods,
 * paths and parameters, and every one of them sends that request over the wire with the bearer header.
 */
class RetrofitInterfacesMatchContractTest {
  private static final List<Class<?>> INTERFACES = Stream.of("OrganizationsApi", "SpacesApi", "UsersApi", "RolesApi",
      "RoleBindingsApi", "ResourceRestrictionsApi", "ApiKeysApi", "ProjectsApi")
      .map(RetrofitInterfacesMatchContractTest::apiClass).collect(Collectors.toList());

  private static MockWebServer server;
  private static ArizeApi api;

  @BeforeAll
  static void start() throws Exception {
    server = new MockWebServer();
    server.start();
    api = ArizeApi.create(server.url("/").toString(), "ak-test-key");
  }

  @AfterAll
  static void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void theContractHasExactlyTheReferences43Operations() {
    assertThat(Contract.operations()).hasSize(43);
    assertThat(Contract.operations().stream().collect(Collectors.groupingBy(Contract.Operation::tag, Collectors.counting())))
        .containsExactlyInAnyOrderEntriesOf(Map.of("Organizations", 7L, "Spaces", 7L, "Users", 7L, "Roles", 5L,
            "RoleBindings", 5L, "ResourceRestrictions", 3L, "APIKeys", 4L, "Projects", 5L));
  }

  @Test
  void theInterfacesDeclareExactlyTheContractsOperations() {
    Set<String> declared = new TreeSet<>();
    for (Class<?> api : INTERFACES) {
      for (Method method : api.getDeclaredMethods()) {
        if (!method.isSynthetic() && !Modifier.isStatic(method.getModifiers())) {
          declared.add(method.getName());
        }
      }
    }
    Set<String> inContract = Contract.operations().stream().map(Contract.Operation::id)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(declared).isEqualTo(inContract);
  }

  @TestFactory
  Stream<DynamicTest> eachOperationHasTheContractsMethodPathAndParameters() {
    return Contract.operations().stream().map(op -> DynamicTest.dynamicTest(op.id(), () -> {
      Method method = find(op.id());
      assertThat(httpMethodAndPath(method)).isEqualTo(op.method() + " " + op.path());
      assertThat(method.getReturnType()).isEqualTo(Call.class);

      Set<String> query = new TreeSet<>();
      Set<String> path = new TreeSet<>();
      boolean body = false;
      for (Parameter parameter : method.getParameters()) {
        if (parameter.isAnnotationPresent(Query.class)) {
          query.add(parameter.getAnnotation(Query.class).value());
        } else if (parameter.isAnnotationPresent(Path.class)) {
          path.add(parameter.getAnnotation(Path.class).value());
        } else if (parameter.isAnnotationPresent(Body.class)) {
          body = true;
        }
      }
      assertThat(query).isEqualTo(namesIn(op, "query"));
      assertThat(path).isEqualTo(namesIn(op, "path"));
      assertThat(body).isEqualTo(op.hasBody());
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachOperationSendsItsRequestWithTheBearerHeader() {
    return Contract.operations().stream().map(op -> DynamicTest.dynamicTest(op.id(), () -> {
      Method method = find(op.id());
      Object service = serviceFor(method.getDeclaringClass());
      Map<String, String> pathValues = new HashMap<>();
      Object[] args = new Object[method.getParameterCount()];
      Parameter[] parameters = method.getParameters();
      for (int i = 0; i < args.length; i++) {
        args[i] = sampleValue(parameters[i]);
        if (parameters[i].isAnnotationPresent(Path.class)) {
          pathValues.put(parameters[i].getAnnotation(Path.class).value(), (String) args[i]);
        }
      }
      String success = op.responses().keySet().stream().filter(code -> code.startsWith("2")).findFirst().orElseThrow();
      MockResponse response = new MockResponse().setResponseCode(Integer.parseInt(success));
      if (!success.equals("204")) {
        response.setHeader("Content-Type", "application/json").setBody(successExample(op, success));
      }
      server.enqueue(response);

      retrofit2.Response<?> result = ((Call<?>) method.invoke(service, args)).execute();
      RecordedRequest request = server.takeRequest();

      String expectedPath = op.path();
      for (Map.Entry<String, String> value : pathValues.entrySet()) {
        expectedPath = expectedPath.replace("{" + value.getKey() + "}", value.getValue());
      }
      assertThat(request.getMethod()).isEqualTo(op.method());
      assertThat(URLDecoder.decode(request.getRequestUrl().encodedPath(), StandardCharsets.UTF_8)).isEqualTo(expectedPath);
      assertThat(request.getRequestUrl().queryParameterNames()).isEqualTo(namesIn(op, "query"));
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer ak-test-key");
      assertThat(result.isSuccessful()).isTrue();
      if (!success.equals("204")) {
        assertThat(result.body()).isNotNull();
      }
    }));
  }

  private static String successExample(Contract.Operation op, String code) {
    Map<String, Object> content = Contract.map(Contract.map(op.responses().get(code)).get("content"));
    Object example = Contract.map(content.get("application/json")).get("example");
    return ModelExamplesRoundTripTest.Json.write(example);
  }

  private static Object sampleValue(Parameter parameter) throws Exception {
    Class<?> type = parameter.getType();
    if (parameter.isAnnotationPresent(Path.class)) {
      return "U3BhY2U6MjAwMTphQmNE";
    }
    if (type == String.class) {
      return "value-of-" + parameter.getAnnotation(Query.class).value();
    }
    if (type == Integer.class) {
      return 25;
    }
    if (type == Boolean.class) {
      return Boolean.TRUE;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == List.class) {
      java.lang.reflect.ParameterizedType generic = (java.lang.reflect.ParameterizedType) parameter.getParameterizedType();
      Class<?> element = (Class<?>) generic.getActualTypeArguments()[0];
      return List.of(element.getEnumConstants()[0], element.getEnumConstants()[1]);
    }
    if (type.isInterface()) {
      // A union body: send its first variant.
      Class<?> variant = type.getPermittedSubclasses()[0];
      return variant.getConstructor().newInstance();
    }
    return type.getConstructor().newInstance();
  }

  private static Set<String> namesIn(Contract.Operation op, String in) {
    return op.parameters().stream().filter(p -> in.equals(p.get("in"))).map(p -> (String) p.get("name"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String httpMethodAndPath(Method method) {
    List<String> found = new ArrayList<>();
    for (Annotation a : method.getAnnotations()) {
      if (a instanceof GET g) {
        found.add("GET /" + g.value());
      } else if (a instanceof POST p) {
        found.add("POST /" + p.value());
      } else if (a instanceof PUT p) {
        found.add("PUT /" + p.value());
      } else if (a instanceof PATCH p) {
        found.add("PATCH /" + p.value());
      } else if (a instanceof DELETE d) {
        found.add("DELETE /" + d.value());
      }
    }
    assertThat(found).as("HTTP annotations of %s", method.getName()).hasSize(1);
    return found.get(0);
  }

  private static Method find(String operationId) {
    List<Method> matches = INTERFACES.stream().flatMap(api -> Arrays.stream(api.getDeclaredMethods()))
        .filter(m -> m.getName().equals(operationId)).collect(Collectors.toList());
    assertThat(matches).as("Retrofit methods named %s", operationId).hasSize(1);
    return matches.get(0);
  }

  private static Object serviceFor(Class<?> apiClass) {
    return Stream.of(api.organizations(), api.spaces(), api.users(), api.roles(), api.roleBindings(),
        api.resourceRestrictions(), api.apiKeys(), api.projects()).filter(apiClass::isInstance).findFirst().orElseThrow();
  }

  private static Class<?> apiClass(String simpleName) {
    try {
      return Class.forName("io.github.arizeadmin.api.generated.api." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("missing generated interface " + simpleName, e);
    }
  }
}
