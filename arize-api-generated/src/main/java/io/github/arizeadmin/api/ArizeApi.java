package io.github.arizeadmin.api;

import com.squareup.moshi.Moshi;
import io.github.arizeadmin.api.generated.JSON;
import io.github.arizeadmin.api.generated.api.ApiKeysApi;
import io.github.arizeadmin.api.generated.api.OrganizationsApi;
import io.github.arizeadmin.api.generated.api.ProjectsApi;
import io.github.arizeadmin.api.generated.api.ResourceRestrictionsApi;
import io.github.arizeadmin.api.generated.api.RoleBindingsApi;
import io.github.arizeadmin.api.generated.api.RolesApi;
import io.github.arizeadmin.api.generated.api.SpacesApi;
import io.github.arizeadmin.api.generated.api.UsersApi;
import io.github.arizeadmin.api.generated.model.Problem;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Entry point to the generated bindings: one Retrofit instance, configured with the contract's
 * Moshi adapters and an {@code Authorization: Bearer <api key>} header on every request.
 *
 * <pre>{@code
 * ArizeApi api = ArizeApi.create("https://api.arize.com", System.getenv("ARIZE_API_KEY"));
 * Response<ListSpacesResponse> page = api.spaces().listSpaces(null, null, 50, null).execute();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The API key never appears in {@link #toString()}.
 */
public final class ArizeApi {
  /** The default server of the real service. */
  public static final String DEFAULT_BASE_URL = "https://api.arize.com";

  private final Retrofit retrofit;
  private final Moshi moshi;
  private final OrganizationsApi organizations;
  private final SpacesApi spaces;
  private final UsersApi users;
  private final RolesApi roles;
  private final RoleBindingsApi roleBindings;
  private final ResourceRestrictionsApi resourceRestrictions;
  private final ApiKeysApi apiKeys;
  private final ProjectsApi projects;

  private ArizeApi(Retrofit retrofit, Moshi moshi) {
    this.retrofit = retrofit;
    this.moshi = moshi;
    this.organizations = retrofit.create(OrganizationsApi.class);
    this.spaces = retrofit.create(SpacesApi.class);
    this.users = retrofit.create(UsersApi.class);
    this.roles = retrofit.create(RolesApi.class);
    this.roleBindings = retrofit.create(RoleBindingsApi.class);
    this.resourceRestrictions = retrofit.create(ResourceRestrictionsApi.class);
    this.apiKeys = retrofit.create(ApiKeysApi.class);
    this.projects = retrofit.create(ProjectsApi.class);
  }

  /**
   * Creates bindings for a server with default settings.
   *
   * @param baseUrl the server root, e.g. {@code https://api.arize.com} (paths carry {@code /v2})
   * @param apiKey the API key sent as a bearer token
   * @return the bindings
   */
  public static ArizeApi create(String baseUrl, String apiKey) {
    return builder().baseUrl(baseUrl).apiKey(apiKey).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the organizations operations */
  public OrganizationsApi organizations() {
    return organizations;
  }

  /** @return the spaces operations */
  public SpacesApi spaces() {
    return spaces;
  }

  /** @return the users operations */
  public UsersApi users() {
    return users;
  }

  /** @return the roles operations */
  public RolesApi roles() {
    return roles;
  }

  /** @return the role-bindings operations */
  public RoleBindingsApi roleBindings() {
    return roleBindings;
  }

  /** @return the resource-restrictions operations */
  public ResourceRestrictionsApi resourceRestrictions() {
    return resourceRestrictions;
  }

  /** @return the API-keys operations */
  public ApiKeysApi apiKeys() {
    return apiKeys;
  }

  /** @return the projects operations */
  public ProjectsApi projects() {
    return projects;
  }

  /** @return the Moshi instance that encodes and decodes the models */
  public Moshi moshi() {
    return moshi;
  }

  /** @return the underlying Retrofit instance */
  public Retrofit retrofit() {
    return retrofit;
  }

  /**
   * Reads the {@link Problem} of an error response. This consumes the error body.
   *
   * @param response a response whose status is not 2xx
   * @return the problem, or empty when the body is absent or not a problem document
   */
  public Optional<Problem> problem(Response<?> response) {
    try (ResponseBody body = response.errorBody()) {
      if (body == null) {
        return Optional.empty();
      }
      String text = body.string();
      if (text.isBlank()) {
        return Optional.empty();
      }
      return Optional.ofNullable(moshi.adapter(Problem.class).fromJson(text));
    } catch (IOException | RuntimeException notAProblem) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "ArizeApi{baseUrl=" + retrofit.baseUrl() + "}";
  }

  /** Builds {@link ArizeApi} instances. */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private String apiKey;
    private OkHttpClient okHttpClient;
    private Moshi moshi;

    private Builder() {
    }

    /**
     * Sets the server root (default {@value ArizeApi#DEFAULT_BASE_URL}).
     *
     * @param baseUrl an http or https URL; a trailing slash is added when missing
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sets the API key sent as {@code Authorization: Bearer <api key>}.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Sets the OkHttp client to build on (timeouts, interceptors, proxies); the bearer
     * interceptor is added to a copy of it.
     *
     * @param okHttpClient the client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * Sets the Moshi instance; it must include the adapters of {@link JSON#configure}.
     *
     * @param moshi the Moshi instance
     * @return this builder
     */
    public Builder moshi(Moshi moshi) {
      this.moshi = Objects.requireNonNull(moshi, "moshi");
      return this;
    }

    /**
     * Builds the bindings.
     *
     * @return the bindings
     * @throws IllegalArgumentException when the key is missing or the base URL is not http(s)
     */
    public ArizeApi build() {
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalArgumentException("An API key is required (Authorization: Bearer <api key>)");
      }
      HttpUrl root = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
      if (root == null) {
        throw new IllegalArgumentException("Not an http(s) URL: " + baseUrl);
      }
      Moshi chosenMoshi = moshi != null ? moshi : JSON.moshi();
      OkHttpClient base = okHttpClient != null ? okHttpClient : new OkHttpClient();
      OkHttpClient client = base.newBuilder().addInterceptor(new BearerAuthInterceptor(apiKey)).build();
      Retrofit retrofit = new Retrofit.Builder()
          .baseUrl(root)
          .client(client)
          .addConverterFactory(MoshiConverterFactory.create(chosenMoshi))
          .build();
      return new ArizeApi(retrofit, chosenMoshi);
    }

    @Override
    public String toString() {
      return "ArizeApi.Builder{baseUrl=" + baseUrl + "}";
    }
  }
}
