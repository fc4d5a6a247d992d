package io.github.arizeadmin.core;

import io.github.arizeadmin.api.ArizeApi;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.OkHttpClient;

/**
 * The ergonomic client of the Arize admin REST API v2: one sub-client per resource group, named and
 * shaped after the official Python SDK ({@code client.users().create(..)} for {@code
 * client.users.create(..)}), plus {@link #workspace()} for the active organization/space operations of
 * the older toolkit client.
 *
 * <pre>{@code
 * try (ArizeAdminClient client = ArizeAdminClient.fromEnv()) {
 *   Space space = client.spaces().get("team-alpha");
 *   client.users().listAll().forEach(user -> System.out.println(user.email()));
 * }
 * }</pre>
 *
 * <p><b>Configuration</b> is per client, never global: {@link #builder()} (or {@link #fromEnv()},
 * which reads the Python SDK's {@code ARIZE_API_KEY}, {@code ARIZE_API_HOST}, {@code ARIZE_API_SCHEME}
 * and {@code ARIZE_API_PORT}), with per-request overrides of the timeout and the retry policy through
 * each sub-client's {@code withOptions(RequestOptions)}.
 *
 * <p><b>Names or IDs</b>: wherever a human would type a name (organization, space, project, role;
 * an email for users), the methods take the name or the ID. See each sub-client.
 *
 * <p><b>Errors</b> are unchecked {@link ArizeApiException}s, the
 * same while paging. Calls that cannot be valid throw {@link IllegalArgumentException} before any
 * request.
 *
 * <p><b>Retries</b>: idempotent calls are retried on 429, 502, 503 and 504 under the {@link
 * RetryPolicy}; the list of idempotent operations and the reasons are in {@code Endpoint}'s
 * documentation and the module's README.
 *
 * <p>Instances are immutable and thread-safe (except the state of a {@link Workspace}, which is
 * synchronized). The API key never appears in {@link #toString()}, in log lines or in exception
 * messages. Closing releases the HTTP resources the client created (not those of an injected
 * {@link OkHttpClient}).
 */
public final class ArizeAdminClient implements AutoCloseable {
  /** The real service's API root. */
  public static final String DEFAULT_BASE_URL = "https://api.arize.com";
  /** The real service's web app, used by the workspace's URL builders. */
  public static final String DEFAULT_APP_URL = "https://app.arize.com";
  /** Environment variable of the API key (as in the Python SDK). */
  public static final String ENV_API_KEY = "ARIZE_API_KEY";
  /** Environment variable of the API host, default {@code api.arize.com}. */
  public static final String ENV_API_HOST = "ARIZE_API_HOST";
  /** Environment variable of the scheme, {@code http} or {@code https} (default). */
  public static final String ENV_API_SCHEME = "ARIZE_API_SCHEME";
  /** Environment variable of the port, 0 to 65535; 0 (default) leaves it out of the URL. */
  public static final String ENV_API_PORT = "ARIZE_API_PORT";
  /**
   * System property that turns the pre-release ({@code [BETA]}) warnings off when {@code false}, for
   * every client whose builder does not say otherwise ({@link Builder#preReleaseWarnings(boolean)}).
   */
  public static final String PRE_RELEASE_WARNINGS_PROPERTY = "arize.admin.preReleaseWarnings";

  private final ClientContext context;
  private final OkHttpClient ownedHttpClient;
  private final String baseUrl;
  private final String appUrl;
  private final OrganizationsClient organizations;
  private final SpacesClient spaces;
  private final UsersClient users;
  private final RolesClient roles;
  private final RoleBindingsClient roleBindings;
  private final ResourceRestrictionsClient resourceRestrictions;
  private final ApiKeysClient apiKeys;
  private final ProjectsClient projects;
  private final Workspace workspace;

  private ArizeAdminClient(ClientContext context, OkHttpClient ownedHttpClient, String baseUrl, String appUrl) {
    this.context = context;
    this.ownedHttpClient = ownedHttpClient;
    this.baseUrl = baseUrl;
    this.appUrl = appUrl;
    RequestOptions defaults = RequestOptions.defaults();
    this.organizations = new OrganizationsClient(context, defaults);
    this.spaces = new SpacesClient(context, defaults);
    this.users = new UsersClient(context, defaults);
    this.roles = new RolesClient(context, defaults);
    this.roleBindings = new RoleBindingsClient(context, defaults);
    this.resourceRestrictions = new ResourceRestrictionsClient(context, defaults);
    this.apiKeys = new ApiKeysClient(context, defaults);
    this.projects = new ProjectsClient(context, defaults);
    this.workspace = new Workspace(this, defaults);
  }

  /**
   * Starts a builder. Sends nothing.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a client from the environment variables of the Python SDK: {@value #ENV_API_KEY}
   * (required), {@value #ENV_API_HOST}, {@value #ENV_API_SCHEME}, {@value #ENV_API_PORT}. Sends nothing.
   *
   * @return the client
   * @throws IllegalStateException when no API key is set
   * @throws IllegalArgumentException when the scheme or port is invalid
   */
  public static ArizeAdminClient fromEnv() {
    return builder().environment(System.getenv()).build();
  }

  /**
   * Returns the organizations sub-client. Sends nothing.
   *
   * @return the sub-client
   */
  public OrganizationsClient organizations() {
    return organizations;
  }

  /**
   * Returns the spaces sub-client. Sends nothing.
   *
   * @return the sub-client
   */
  public SpacesClient spaces() {
    return spaces;
  }

  /**
   * Returns the users sub-client. Sends nothing.
   *
   * @return the sub-client
   */
  public UsersClient users() {
    return users;
  }

  /**
   * Returns the roles sub-client. Sends nothing.
   *
   * @return the sub-client
   */
  public RolesClient roles() {
    return roles;
  }

  /**
   * Returns the role-bindings sub-client. Sends nothing.
   *
   * @return the sub-client
   */
  public RoleBindingsClient roleBindings() {
    return roleBindings;
  }

  /**
   * Returns the resource-restrictions sub-client. Sends nothing.
   *
   * @return the sub-client
   */
  public ResourceRestrictionsClient resourceRestrictions() {
    return resourceRestrictions;
  }

  /**
   * Returns the API-keys sub-client. Sends nothing.
   *
   * @return the sub-client
   */
  public ApiKeysClient apiKeys() {
    return apiKeys;
  }

  /**
   * Returns the projects sub-client. Sends nothing.
   *
   * @return the sub-client
   */
  public ProjectsClient projects() {
    return projects;
  }

  /**
   * Returns this client's workspace, the one way into the older toolkit's operations around an active
   * organization and space: always the same instance, so {@code switchSpace} is remembered. Sends
   * nothing: the active organization and space (by default the first organization and its first
   * space) are looked up when first needed.
   *
   * @return the workspace
   */
  public Workspace workspace() {
    return workspace;
  }

  /**
   * Returns the API root this client talks to. Sends nothing.
   *
   * @return for example {@code https://api.arize.com}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the web app root used by the workspace's URL builders. Sends nothing.
   *
   * @return for example {@code https://app.arize.com}
   */
  public String appUrl() {
    return appUrl;
  }

  ClientContext context() {
    return context;
  }

  /** Releases the connection pool and threads this client created (an injected OkHttp client is left alone); sends nothing. */
  @Override
  public void close() {
    if (ownedHttpClient != null) {
      ownedHttpClient.dispatcher().executorService().shutdown();
      ownedHttpClient.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "ArizeAdminClient{baseUrl=" + baseUrl + "}";
  }

  /**
   * Builds {@link ArizeAdminClient}s. Each setting resolves as: the value set here, else the
   * environment given to {@link #environment(Map)}, else the default. No builder method sends a request.
   */
  public static final class Builder {
    private String apiKey;
    private String baseUrl;
    private String appUrl = DEFAULT_APP_URL;
    private Map<String, String> environment = Map.of();
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration timeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private String userAgent;
    private OkHttpClient okHttpClient;
    private Sleeper sleeper = Sleeper.THREAD_SLEEP;
    private Clock clock = Clock.systemUTC();
    private Boolean preReleaseWarnings;

    private Builder() {
    }

    /**
     * Sets the API key, sent as {@code Authorization: Bearer <key>}.
     *
     * @param key the key
     * @return this builder
     */
    public Builder apiKey(String key) {
      this.apiKey = key;
      return this;
    }

    /**
     * Sets the API root (default {@value ArizeAdminClient#DEFAULT_BASE_URL}, or the one the
     * environment names); operation paths carry {@code /v2}.
     *
     * @param url an http(s) URL
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets the web app root of the workspace's URL builders (default {@value
     * ArizeAdminClient#DEFAULT_APP_URL}).
     *
     * @param url an http(s) URL
     * @return this builder
     */
    public Builder appUrl(String url) {
      this.appUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets the environment to read the Python SDK's variables from ({@link ArizeAdminClient#fromEnv()}
     * passes {@code System.getenv()}); values set on this builder win over it.
     *
     * @param variables the variables
     * @return this builder
     */
    public Builder environment(Map<String, String> variables) {
      this.environment = Map.copyOf(Objects.requireNonNull(variables, "variables"));
      return this;
    }

    /**
     * Sets the connect timeout of the HTTP client.
     *
     * @param duration the timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration duration) {
      this.connectTimeout = Objects.requireNonNull(duration, "duration");
      return this;
    }

    /**
     * Sets the read timeout of the HTTP client.
     *
     * @param duration the timeout
     * @return this builder
     */
    public Builder readTimeout(Duration duration) {
      this.readTimeout = Objects.requireNonNull(duration, "duration");
      return this;
    }

    /**
     * Sets the write timeout of the HTTP client.
     *
     * @param duration the timeout
     * @return this builder
     */
    public Builder writeTimeout(Duration duration) {
      this.writeTimeout = Objects.requireNonNull(duration, "duration");
      return this;
    }

    /**
     * Sets the default whole-call timeout of each attempt (overridable per request).
     *
     * @param duration a positive timeout
     * @return this builder
     * @throws IllegalArgumentException when the duration is zero or negative
     */
    public Builder timeout(Duration duration) {
      this.timeout = RequestOptions.defaults().withTimeout(duration).timeout().orElseThrow();
      return this;
    }

    /**
     * Sets the default retry policy (overridable per request); {@link RetryPolicy#defaults()} unless set.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the {@code User-Agent} header (default {@code arize-admin-java/<version>}).
     *
     * @param value the header value
     * @return this builder
     */
    public Builder userAgent(String value) {
      this.userAgent = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the OkHttp client to build on (proxies, TLS, interceptors, a shared pool). The client adds
     * its headers to a derived copy and does not close it.
     *
     * @param client the OkHttp client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Sets how the client waits between retries (tests inject one that returns at once).
     *
     * @param value the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper value) {
      this.sleeper = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the clock that bounds the total retry time and reads HTTP-date {@code Retry-After} values.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Turns the pre-release warnings on or off for this client. On by default: the first call of each
     * method in the class loader logs one {@code [BETA]} WARN, as the Python SDK does; unless set here,
     * the system property {@value ArizeAdminClient#PRE_RELEASE_WARNINGS_PROPERTY}{@code =false} turns
     * them off. A quiet client does not use up a method's warning for louder clients.
     *
     * @param enabled false to log no pre-release warning
     * @return this builder
     */
    public Builder preReleaseWarnings(boolean enabled) {
      this.preReleaseWarnings = enabled;
      return this;
    }

    /**
     * Builds the client. Sends nothing.
     *
     * @return the client
     * @throws IllegalStateException when no API key is set, here or in the environment
     * @throws IllegalArgumentException when a URL, the scheme or the port is invalid
     */
    public ArizeAdminClient build() {
      String key = apiKey != null ? apiKey : blankToNull(environment.get(ENV_API_KEY));
      if (key == null || key.isBlank()) {
        throw new IllegalStateException("No Arize API key: call apiKey(..) on the builder or set the "
            + ENV_API_KEY + " environment variable");
      }
      String root = baseUrl != null ? baseUrl : urlFromEnvironment();
      String app = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
      if (okhttp3.HttpUrl.parse(app) == null) {
        throw new IllegalArgumentException("Not an http(s) URL: " + appUrl);
      }
      OkHttpClient.Builder http = okHttpClient != null ? okHttpClient.newBuilder() : new OkHttpClient.Builder();
      if (connectTimeout != null) {
        http.connectTimeout(connectTimeout);
      }
      if (readTimeout != null) {
        http.readTimeout(readTimeout);
      }
      if (writeTimeout != null) {
        http.writeTimeout(writeTimeout);
      }
      String agent = userAgent != null ? userAgent : "arize-admin-java/" + PreRelease.VERSION;
      http.addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", agent).build()));
      OkHttpClient built = http.build();
      ArizeApi api = ArizeApi.builder().baseUrl(root).apiKey(key).okHttpClient(built).build();
      Transport transport = new Transport(api, retryPolicy, timeout, sleeper, clock,
          () -> ThreadLocalRandom.current().nextDouble());
      String effectiveRoot = api.retrofit().baseUrl().toString();
      effectiveRoot = effectiveRoot.endsWith("/") ? effectiveRoot.substring(0, effectiveRoot.length() - 1) : effectiveRoot;
      boolean warnings = preReleaseWarnings != null ? preReleaseWarnings : PreRelease.enabledByDefault();
      return new ArizeAdminClient(new ClientContext(transport, warnings), okHttpClient == null ? built : null,
          effectiveRoot, app);
    }

    private String urlFromEnvironment() {
      String host = blankToNull(environment.get(ENV_API_HOST));
      String scheme = blankToNull(environment.get(ENV_API_SCHEME));
      String port = blankToNull(environment.get(ENV_API_PORT));
      String effectiveScheme = scheme == null ? "https" : scheme.trim();
      if (!effectiveScheme.equals("http") && !effectiveScheme.equals("https")) {
        throw new IllegalArgumentException(ENV_API_SCHEME + " must be http or https, was '" + scheme + "'");
      }
      int effectivePort = 0;
      if (port != null) {
        try {
          effectivePort = Integer.parseInt(port.trim());
        } catch (NumberFormatException notANumber) {
          throw new IllegalArgumentException(ENV_API_PORT + " must be a number from 0 to 65535, was '" + port + "'");
        }
        if (effectivePort < 0 || effectivePort > 65535) {
          throw new IllegalArgumentException(ENV_API_PORT + " must be from 0 to 65535, was " + effectivePort);
        }
      }
      String effectiveHost = host == null ? "api.arize.com" : host.trim();
      return effectiveScheme + "://" + effectiveHost + (effectivePort == 0 ? "" : ":" + effectivePort);
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
      return "ArizeAdminClient.Builder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "***") + "}";
    }
  }
}
