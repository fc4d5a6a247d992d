package io.github.arizeadmin.fake.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.ArizeApi;
import io.github.arizeadmin.api.generated.model.CustomRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationPredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationRole;
import io.github.arizeadmin.api.generated.model.OrganizationRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.PredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.PredefinedUserRoleAssignment;
import io.github.arizeadmin.api.generated.model.Problem;
import io.github.arizeadmin.api.generated.model.SpaceRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.UserRole;
import io.github.arizeadmin.api.generated.model.UserRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.UserSpaceRole;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerOptions;
import io.github.arizeadmin.fake.SeedResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Base of the HTTP tests: one fake server per JVM (started in-process on port 0), reset before
 * each test; every response is validated against the contract and a test fails on any violation.
 */
public abstract class FakeTest {
  private static ArizeFakeServer shared;
  private static final OkHttpClient HTTP = new OkHttpClient.Builder()
      .addInterceptor(new ContractCheckingInterceptor())
      .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30)).build();

  /** The fake, fresh before each test. */
  protected ArizeFakeServer fake;
  /** Bindings authenticated as the fresh admin. */
  protected ArizeApi admin;

  /** @return the JVM's shared fake server */
  protected static synchronized ArizeFakeServer sharedFake() {
    if (shared == null) {
      shared = ArizeFakeServer.start(FakeServerOptions.builder().port(0).build());
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  @BeforeEach
  void freshFake() {
    fake = sharedFake();
    fake.reset();
    fake.clearRequests();
    fake.clearFaults();
    admin = api(fake.adminKey());
    ContractCheckingInterceptor.drain();
  }

  @AfterEach
  void everyResponseFollowedTheContract() {
    assertThat(ContractCheckingInterceptor.drain()).as("responses that break the contract").isEmpty();
  }

  /** @return an OkHttp client that checks responses against the contract */
  protected static OkHttpClient http() {
    return HTTP;
  }

  /**
   * @param key a raw API key
   * @return bindings authenticated with it
   */
  protected ArizeApi api(String key) {
    return ArizeApi.builder().baseUrl(fake.baseUrl()).apiKey(key).okHttpClient(HTTP).build();
  }

  /**
   * Loads a seed document.
   *
   * @param json the document
   * @return what it created
   */
  protected SeedResult seed(String json) {
    return fake.seed(json);
  }

  /** Executes a call that must succeed; returns its body. */
  protected static <T> T ok(Call<T> call) {
    Response<T> response = execute(call);
    if (!response.isSuccessful()) {
      throw new AssertionError(call.request().method() + " " + call.request().url() + " answered " + response.code()
          + ": " + errorText(response));
    }
    return response.body();
  }

  /** Executes a call and returns its status. */
  protected static int status(Call<?> call) {
    Response<?> response = execute(call);
    if (response.errorBody() != null) {
      response.errorBody().close();
    }
    return response.code();
  }

  /** Executes a call that must fail with {@code expected}; returns the Problem. */
  protected Problem fails(int expected, Call<?> call) {
    Response<?> response = execute(call);
    assertThat(response.code()).as("%s %s: %s", call.request().method(), call.request().url(),
        response.isSuccessful() ? response.body() : "").isEqualTo(expected);
    Problem problem = admin.problem(response).orElseThrow(() -> new AssertionError("no Problem body"));
    assertThat(problem.getStatus()).isEqualTo(expected);
    return problem;
  }

  private static <T> Response<T> execute(Call<T> call) {
    try {
      return call.execute();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String errorText(Response<?> response) {
    try {
      return response.errorBody() == null ? "" : response.errorBody().string();
    } catch (IOException e) {
      return "";
    }
  }

  /** A predefined space role. */
  protected static PredefinedRoleAssignment spaceRole(String name) {
    return new PredefinedRoleAssignment().type(SpaceRoleAssignmentType.PREDEFINED).name(UserSpaceRole.valueOf(name));
  }

  /** A custom space role. */
  protected static CustomRoleAssignment customRole(String id) {
    return new CustomRoleAssignment().type(SpaceRoleAssignmentType.CUSTOM).id(id);
  }

  /** A predefined organization role. */
  protected static OrganizationPredefinedRoleAssignment orgRole(String name) {
    return new OrganizationPredefinedRoleAssignment().type(OrganizationRoleAssignmentType.PREDEFINED)
        .name(OrganizationRole.valueOf(name));
  }

  /** A predefined account role. */
  protected static PredefinedUserRoleAssignment userRole(String name) {
    return new PredefinedUserRoleAssignment().type(UserRoleAssignmentType.PREDEFINED).name(UserRole.valueOf(name));
  }
}
