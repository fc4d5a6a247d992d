package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Store;
import io.github.arizeadmin.fake.state.FakeState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every rule of the fake, without HTTP: one service per resource group over one store, plus the
 * operator's fresh state, seed, export and typed snapshot.
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
    store.replace(Fresh.state(ids, clock.instant(), adminKey));
  }

  /**
   * Replaces the state with the fresh one plus a seed document, all or nothing: the document loads
   * into a new state, which replaces the live one only when complete. A document marked
   * {@code complete} (an export) is the whole state: it loads into an empty state instead of
   * merging into the fresh one, and the admin key keeps opening the default account.
   *
   * @param adminKey the admin's raw key
   * @param document the seed document
   * @return the IDs and raw keys created
   * @throws SeedException naming the JSON path of the first problem
   */
  public Seeded seed(String adminKey, Seed.Document document) {
    restartIds(adminKey);
    Instant now = clock.instant();
    State next = document.complete() ? new State() : Fresh.state(ids, now, adminKey);
    SeedLoader.Loaded loaded = new SeedLoader(ids, now, next).load(document.accounts());
    if (document.complete()) {
      Fresh.keepAdminKey(next, ids, now, adminKey);
    }
    store.replace(next);
    return new Seeded(loaded.ids(), loaded.apiKeys());
  }

  /**
   * Hands the whole state, as a seed document, to {@code writer} (inside a read, so the state does
   * not change while it writes).
   *
   * @param writer writes the document
   */
  public void export(Consumer<Seed.Document> writer) {
    store.read(s -> {
      writer.accept(new Seed.Document(true, new Exporter(s, clock.instant()).accounts()));
      return null;
    });
  }

  /** @return a typed, immutable snapshot of the whole state */
  public FakeState state() {
    return store.read(s -> Snapshot.of(s, clock.instant()));
  }
}
