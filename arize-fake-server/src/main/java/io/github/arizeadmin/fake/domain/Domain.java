package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.State;
import io.github.arizeadmin.fake.store.Store;
import java.time.Clock;
import java.util.Map;

/**
 * Every rule of the fake, without HTTP: one service per resource group over one store, plus the
 * operator's fresh state, seed and export.
 */
public final class Domain {
  private final Store store;
  private final Clock clock;
  private final Ids ids;
  private final OrganizationService organizations;
  private final SpaceService spaces;
  private final UserService users;
  private final RoleService roles;
  private final RoleBindingService roleBindings;
  private final RestrictionService restrictions;
  private final ApiKeyService apiKeys;
  private final ProjectService projects;

  /**
   * The outcome of a seed.
   *
   * @param ids ref (and account/ref) to global ID
   * @param apiKeys key ref (and account/ref) to the raw key
   */
  public record Seeded(Map<String, String> ids, Map<String, String> apiKeys) {
  }

  /**
   * @param store the state
   * @param clock the clock (key expiry, timestamps)
   * @param ids the random source of ID tags, keys and passwords
   */
  public Domain(Store store, Clock clock, Ids ids) {
    this.store = store;
    this.clock = clock;
    this.ids = ids;
    this.organizations = new OrganizationService(store, clock, ids);
    this.spaces = new SpaceService(store, clock, ids);
    this.users = new UserService(store, clock, ids);
    this.roles = new RoleService(store, clock, ids);
    this.roleBindings = new RoleBindingService(store, clock, ids);
    this.restrictions = new RestrictionService(store, clock, ids);
    this.apiKeys = new ApiKeyService(store, clock, ids);
    this.projects = new ProjectService(store, clock, ids);
  }

  /** @return organizations */
  public OrganizationService organizations() {
    return organizations;
  }

  /** @return spaces */
  public SpaceService spaces() {
    return spaces;
  }

  /** @return users */
  public UserService users() {
    return users;
  }

  /** @return roles */
  public RoleService roles() {
    return roles;
  }

  /** @return role bindings */
  public RoleBindingService roleBindings() {
    return roleBindings;
  }

  /** @return resource restrictions */
  public RestrictionService restrictions() {
    return restrictions;
  }

  /** @return API keys and authentication */
  public ApiKeyService apiKeys() {
    return apiKeys;
  }

  /** @return projects */
  public ProjectService projects() {
    return projects;
  }

  /**
   * Authenticates a request.
   *
   * @param authorization the Authorization header, or null
   * @return the caller
   * @throws ApiError 401 when the key is missing or not valid
   */
  public Caller authenticate(String authorization) {
    return apiKeys.authenticate(authorization);
  }

  /**
   * Makes an admin key: the given one, or a generated one. With a seed, the same sequence restarts
   * first, so a reset gives the same IDs again.
   *
   * @param given the configured key, or null
   * @return the admin key
   */
  public String restartIds(String given) {
    ids.restart();
    String generated = ids.rawKey();
    return given != null ? given : generated;
  }

  /**
   * Replaces the state with the fresh one: one account, one admin owning {@code adminKey}, one
   * organization and one space.
   *
   * @param adminKey the admin's raw key
   */
  public void reset(String adminKey) {
    restartIds(adminKey);
    store.replace(new Fixtures(ids, clock.instant()).fresh(adminKey));
  }

  /**
   * Replaces the state with the fresh one plus a seed document (all or nothing); a document marked
   * {@code complete} (an export) replaces the state as it is.
   *
   * @param adminKey the admin's raw key
   * @param document the seed document
   * @return the IDs and raw keys created
   * @throws SeedException naming the JSON path of the first problem
   */
  public Seeded seed(String adminKey, Map<String, Object> document) {
    restartIds(adminKey);
    Fixtures fixtures = new Fixtures(ids, clock.instant());
    // an export ("complete") is the whole state: it replaces the fresh one instead of merging into it
    boolean complete = Boolean.TRUE.equals(document.get("complete"));
    State next = complete ? new State() : fixtures.fresh(adminKey);
    Fixtures.Loaded loaded = fixtures.load(next, document);
    if (complete) {
      fixtures.keepAdminKey(next, adminKey);
    }
    store.replace(next);
    return new Seeded(loaded.ids(), loaded.apiKeys());
  }

  /** @return the whole state in the seed format (API keys as hashes) */
  public Map<String, Object> export() {
    return store.read(s -> new Fixtures(ids, clock.instant()).export(s));
  }
}
