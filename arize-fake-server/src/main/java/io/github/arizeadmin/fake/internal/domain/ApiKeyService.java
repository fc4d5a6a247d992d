package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records;
import io.github.arizeadmin.fake.internal.store.Records.Life;
import io.github.arizeadmin.fake.internal.store.Records.OrgMembership;
import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.Secret;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Store;
import io.github.arizeadmin.fake.state.ApiKey;
import io.github.arizeadmin.fake.state.ApiKeyStatus;
import io.github.arizeadmin.fake.state.ApiKeyType;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.SpaceRoleAssignment;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import io.github.arizeadmin.fake.state.UserStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Authentication and the API key lifecycle. */
public final class ApiKeyService extends Service {
  /**
   * createApiKey's body.
   *
   * @param name the name
   * @param description the description, or null
   * @param type USER or SERVICE
   * @param expiresAt the expiry, or null
   * @param accountRole a service key's account role, or null (MEMBER)
   * @param organizations a service key's organizations and spaces
   */
  public record Create(String name, String description, ApiKeyType type, Instant expiresAt,
      RoleInput<UserRole> accountRole, List<OrganizationScope> organizations) {
  }

  /**
   * A service key's organization.
   *
   * @param orgId the organization
   * @param role the organization role, or null (READ_ONLY)
   * @param spaces its spaces
   */
  public record OrganizationScope(String orgId, RoleInput<OrganizationRole> role, List<SpaceScope> spaces) {
  }

  /**
   * A service key's space.
   *
   * @param spaceId the space
   * @param role the space role, or null (MEMBER)
   */
  public record SpaceScope(String spaceId, RoleInput<UserSpaceRole> role) {
  }

  /**
   * refreshApiKey's body.
   *
   * @param expiresAt the new key's expiry, or null
   * @param gracePeriodSeconds how long the old key stays valid, or null (0)
   */
  public record Refresh(Instant expiresAt, Integer gracePeriodSeconds) {
  }

  /**
   * A key just made: its metadata, the raw key (shown only now) and, for a service key, its bot.
   *
   * @param key the key
   * @param rawKey the raw key
   * @param bot the bot user, or null
   */
  public record CreatedKey(ApiKey key, String rawKey, Bot bot) {
  }

  /**
   * A service key's bot user.
   *
   * @param id its global ID
   * @param name its name (the key's)
   * @param accountRole its account role
   * @param organizations its organizations and spaces
   */
  public record Bot(String id, String name, UserRole accountRole, List<BotOrganization> organizations) {
  }

  /**
   * An organization of a bot.
   *
   * @param orgId the organization
   * @param role the bot's role in it
   * @param spaces the bot's spaces in it
   */
  public record BotOrganization(String orgId, OrganizationRole role, List<BotSpace> spaces) {
  }

  /**
   * A space of a bot.
   *
   * @param spaceId the space
   * @param role the bot's role in it
   */
  public record BotSpace(String spaceId, SpaceRoleAssignment role) {
  }

  /**
   * A bot's organization as the rules checked it; {@code membership} numbers the new membership
   * (a seed's ID), or is null for a fresh one.
   */
  record OrgPlan(Organization org, OrganizationRole role, List<SpacePlan> spaces, Origin membership) {
    OrgPlan(Organization org, OrganizationRole role, List<SpacePlan> spaces) {
      this(org, role, spaces, null);
    }
  }

  /**
   * A bot's space as the rules checked it: a predefined role, or a custom role's number;
   * {@code membership} and {@code binding} (a CUSTOM role's) number the new records (a seed's IDs),
   * or are null for fresh ones.
   */
  record SpacePlan(Space space, UserSpaceRole predefined, long customRole, Origin membership, Origin binding) {
    SpacePlan(Space space, UserSpaceRole predefined, long customRole) {
      this(space, predefined, customRole, null, null);
    }
  }

  ApiKeyService(Store store, Clock clock, Ids ids) {
    super(store, clock, ids);
  }

  /**
   * Authenticates {@code Authorization: Bearer <key>}: 401 for a missing, unknown, revoked or
   * expired key (or one whose user was deleted); records {@code last_used_at}. A read: the time of
   * use is kept beside the records.
   *
   * @param authorization the header value, or null
   * @return the caller
   */
  public Caller authenticate(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        || authorization.substring(7).isBlank()) {
      throw ApiError.unauthorized("A valid API key is required: Authorization: Bearer <api key>.");
    }
    String hash = Ids.hash(authorization.substring(7).trim());
    return store.read(s -> {
      Instant now = now();
      Records.ApiKey key = s.apiKeys().byHash(hash).orElse(null);
      if (key == null || !key.life().usableAt(now)) {
        throw ApiError.unauthorized(key == null ? "The API key is not valid."
            : "The API key has been revoked or has expired.");
      }
      User user = s.users().row(key.owner());
      if (user == null || user.deleted()) {
        throw ApiError.unauthorized("The API key's user no longer exists.");
      }
      s.apiKeys().used(key.num(), now);
      return new Caller(key.account(), user.num(), key.num(), key.type() == ApiKeyType.SERVICE);
    });
  }

  /**
   * listApiKeys: developer flag or account ADMIN (403). With {@code space_id}: that space's
   * service keys (SERVICE_KEY_READ or space admin, unless narrowed to a creator with
   * {@code user_id}). Without: the keys created by {@code user_id} (another user's: account ADMIN
   * only), by default the caller's own USER keys. {@code status} defaults to ACTIVE.
   *
   * @param caller the caller
   * @param keyType USER, SERVICE or null
   * @param status ACTIVE, REVOKED or null
   * @param spaceId space filter, or null
   * @param userId creator filter, or null
   * @param limit page size, or null
   * @param cursor cursor, or null
   * @return the page
   */
  public Page<ApiKey> list(Caller caller, ApiKeyType keyType, ApiKeyStatus status, String spaceId, String userId,
      Integer limit, String cursor) {
    ApiKeyStatus wanted = status == null ? ApiKeyStatus.ACTIVE : status;
    Page.Request page = Page.Request.of(limit, cursor);
    return read(caller, (s, a) -> {
      if (!a.developer() && !a.accountAdmin()) {
        throw ApiError.forbidden("The developer flag or account admin is required to list API keys.");
      }
      Instant now = now();
      Long creator = userId == null ? null : Lookups.user(s, caller.account(), userId, "user_id").num();
      if (spaceId != null) {
        Space space = SpaceService.scope(s, a, spaceId);
        if (creator == null && !a.spaceAdmin(space) && !a.can(space, Permission.SERVICE_KEY_READ)) {
          throw ApiError.forbidden("SERVICE_KEY_READ on the space is required.");
        }
        if (keyType == ApiKeyType.USER) {
          return new Page<ApiKey>(List.of(), null);
        }
        return page.page(after -> s.apiKeys().ofSpace(space.num(), after),
            k -> k.account() == caller.account() && k.type() == ApiKeyType.SERVICE && status(k, now) == wanted
                && (creator == null || k.createdBy() == creator), k -> view(s, k, now));
      }
      long who = creator == null ? caller.user() : creator;
      if (who != caller.user() && !a.accountAdmin()) {
        throw ApiError.forbidden("Only an account admin may list another user's keys.");
      }
      ApiKeyType type = keyType == null ? ApiKeyType.USER : keyType;
      return page.page(after -> s.apiKeys().ofCreator(who, after),
          k -> k.account() == caller.account() && k.type() == type && status(k, now) == wanted, k -> view(s, k, now));
    });
  }

  /**
   * createApiKey: USER keys need the caller's developer flag (403); SERVICE keys create a bot user
   * with memberships in the listed organizations and spaces (defaults: account MEMBER, organization
   * READ_ONLY, space MEMBER; ANNOTATOR, CUSTOM account or organization roles and roles above the
   * caller's are 422; every space must belong to its organization (400); SERVICE_KEY_CREATE in each
   * space (403)). {@code expires_at} in the past is 422. The raw key is returned only here.
   *
   * @param caller the caller
   * @param command the request
   * @return the created key with its raw secret
   */
  public CreatedKey create(Caller caller, Create command) {
    return write(caller, (s, a) -> {
      Instant now = now();
      String name = name(command.name(), "name", 256);
      String description = command.description() == null ? "" : command.description();
      if (command.expiresAt() != null && !command.expiresAt().isAfter(now)) {
        throw ApiError.unprocessable("expires_at", "must be in the future.");
      }
      String raw = ids.rawKey();
      Secret secret = new Secret(Ids.hash(raw), Ids.redact(raw));
      Life life = new Life(now, command.expiresAt(), false, false);
      if (command.type() == ApiKeyType.USER) {
        if (!a.developer()) {
          throw ApiError.forbidden("The developer flag is required to create a user API key.");
        }
        Records.ApiKey key = insertUserKey(s, a.user(), name, description, secret, life,
            Origin.fresh(s.apiKeys(), ids, now));
        return new CreatedKey(view(s, key, now), raw, null);
      }
      UserRole accountRole = accountRole(a, command.accountRole());
      List<OrgPlan> plans = plans(s, a, command.organizations());
      Records.ApiKey key = createServiceKey(s, ids, now, caller.user(), name, description, secret, life, accountRole,
          plans, Origin.fresh(s.apiKeys(), ids, now), null);
      return new CreatedKey(view(s, key, now), raw, bot(s, s.users().row(key.owner())));
    });
  }

  private static UserRole accountRole(Access a, RoleInput<UserRole> input) {
    if (input != null && input.isCustom()) {
      throw ApiError.unprocessable("account_role", "custom account roles are not yet supported.");
    }
    UserRole role = input == null ? UserRole.MEMBER : input.predefined();
    notAnnotator(role, "account_role");
    if (Level.rank(role) > Level.rank(a.accountRole())) {
      throw ApiError.unprocessable("account_role", role + " is above your own account role.");
    }
    return role;
  }

  private static List<OrgPlan> plans(State s, Access a, List<OrganizationScope> organizations) {
    if (organizations == null || organizations.isEmpty()) {
      throw ApiError.badRequest("organizations", "at least one organization is required.");
    }
    List<OrgPlan> plans = new ArrayList<>();
    Set<Long> seenSpaces = new LinkedHashSet<>();
    for (int i = 0; i < organizations.size(); i++) {
      OrganizationScope scope = organizations.get(i);
      String path = "organizations[" + i + "]";
      Organization org = OrganizationService.visible(s, a, scope.orgId());
      if (scope.role() != null && scope.role().isCustom()) {
        throw ApiError.unprocessable(path + ".role", "custom organization roles are not yet supported.");
      }
      OrganizationRole orgRole = scope.role() == null ? OrganizationRole.READ_ONLY : scope.role().predefined();
      notAnnotator(orgRole, path + ".role");
      if (Level.rank(orgRole) > rank(a.orgLevel(org))) {
        throw ApiError.unprocessable(path + ".role", orgRole + " is above your own organization role.");
      }
      if (scope.spaces() == null || scope.spaces().isEmpty()) {
        throw ApiError.badRequest(path + ".spaces", "at least one space is required.");
      }
      List<SpacePlan> spacePlans = new ArrayList<>();
      for (int j = 0; j < scope.spaces().size(); j++) {
        SpaceScope spaceScope = scope.spaces().get(j);
        String spacePath = path + ".spaces[" + j + "]";
        Space space = SpaceService.visible(s, a, spaceScope.spaceId(), spacePath + ".space_id");
        belongs(space, org, spacePath + ".space_id", scope.orgId());
        if (!a.can(space, Permission.SERVICE_KEY_CREATE)) {
          throw ApiError.forbidden("SERVICE_KEY_CREATE is required in space " + spaceScope.spaceId() + ".");
        }
        SpacePlan plan = spacePlan(s, a, space, spaceScope.role(), spacePath);
        if (seenSpaces.add(space.num())) {
          spacePlans.add(plan);
        }
      }
      plans.add(new OrgPlan(org, orgRole, spacePlans));
    }
    return plans;
  }

  private static SpacePlan spacePlan(State s, Access a, Space space, RoleInput<UserSpaceRole> role, String path) {
    if (role != null && role.isCustom()) {
      Lookups.RoleRef custom = Lookups.role(s, a.caller().account(), role.customId(), path + ".role.id");
      if (!a.onSpace(space).containsAll(a.rolePermissions(custom.number()))) {
        throw ApiError.unprocessable(path + ".role", "the role grants more than you hold in the space.");
      }
      return new SpacePlan(space, null, custom.number());
    }
    UserSpaceRole predefined = role == null ? UserSpaceRole.MEMBER : role.predefined();
    notAnnotator(predefined, path + ".role");
    if (Level.rank(predefined) > rank(a.spaceLevel(space))) {
      throw ApiError.unprocessable(path + ".role", predefined + " is above your own space role.");
    }
    return new SpacePlan(space, predefined, 0);
  }

  /** A service key's bot gets no ANNOTATOR role, at any level. */
  static void notAnnotator(Enum<?> role, String field) {
    if (Level.of(role) == Level.ANNOTATOR) {
      throw ApiError.unprocessable(field, "ANNOTATOR is not allowed for service keys.");
    }
  }

  /** A user's own key; its hash must be new (seeds bring their own keys). Shared by the API, fresh state and seeds. */
  static Records.ApiKey insertUserKey(State s, User owner, String name, String description, Secret secret, Life life,
      Origin origin) {
    if (s.apiKeys().byHash(secret.hash()).isPresent()) {
      throw ApiError.conflict("key", "duplicate API key.");
    }
    return s.apiKeys().put(new Records.ApiKey(origin.number(), origin.tag(), owner.account(), name(name, "name", 256),
        description == null ? "" : description, ApiKeyType.USER, secret, life, owner.num(), owner.num(), List.of()));
  }

  private static int rank(Level level) {
    return level == null ? -1 : level.ordinal();
  }

  /** Every space of a service key belongs to its organization. */
  static void belongs(Space space, Organization org, String field, String orgId) {
    if (space.org() != org.num()) {
      throw ApiError.badRequest(field, "the space does not belong to organization " + orgId + ".");
    }
  }

  /**
   * A service key and its bot user (named after the key, not listed among users, holding the
   * memberships): shared by the API and the seed loader.
   *
   * @param botOrigin the bot's number and tag (a seed's {@code bot_id}), or null for fresh ones
   */
  static Records.ApiKey createServiceKey(State s, Ids ids, Instant now, long creator, String name, String description,
      Secret secret, Life life, UserRole accountRole, List<OrgPlan> plans, Origin origin, Origin botOrigin) {
    Origin botMade = Origin.orFresh(botOrigin, s.users(), ids, now);
    long account = s.users().row(creator).account();
    User bot = UserService.insert(s, account, new UserService.NewUser(name, "service-key-" + botMade.number()
        + "@bots.arize-fake.local", accountRole, UserStatus.ACTIVE, false, true, true), botMade);
    List<Long> spaces = new ArrayList<>();
    for (OrgPlan plan : plans) {
      OrganizationService.join(s, ids, plan.org(), bot, plan.role(), plan.membership());
      for (SpacePlan sp : plan.spaces()) {
        SpaceService.join(s, ids, now, sp.space(), bot, sp.predefined(), sp.customRole(),
            s.spaceMemberships().find(sp.space(), bot).orElse(null), sp.membership(), sp.binding());
        spaces.add(sp.space().num());
      }
    }
    return s.apiKeys().put(new Records.ApiKey(origin.number(), origin.tag(), account, name, description,
        ApiKeyType.SERVICE, secret, life, creator, bot.num(), List.copyOf(spaces)));
  }

  /**
   * A key acting as the same user, in the same spaces, as {@code sibling}: the key a refresh makes,
   * and a seed's service key whose {@code bot_id} names the bot of an earlier one (a refreshed key).
   * Shared by the API and the seed loader.
   */
  static Records.ApiKey sibling(State s, Records.ApiKey sibling, long creator, String name, String description,
      Secret secret, Life life, Origin origin) {
    return s.apiKeys().put(new Records.ApiKey(origin.number(), origin.tag(), sibling.account(), name, description,
        sibling.type(), secret, life, creator, sibling.owner(), sibling.spaces()));
  }

  private static Bot bot(State s, User bot) {
    List<BotOrganization> orgs = new ArrayList<>();
    for (OrgMembership om : s.orgMemberships().ofUser(bot)) {
      List<BotSpace> spaces = new ArrayList<>();
      for (SpaceMembership m : s.spaceMemberships().ofUser(bot)) {
        if (s.spaces().row(m.space()).org() == om.org()) {
          spaces.add(new BotSpace(Lookups.spaceId(s, m.space()), SpaceService.roleView(s, m)));
        }
      }
      orgs.add(new BotOrganization(Lookups.orgId(s, om.org()), om.role(), spaces));
    }
    return new Bot(Lookups.userId(bot), bot.name(), bot.role(), orgs);
  }

  /**
   * refreshApiKey: a new key (new ID, same name, description, type and scope) replaces the old one
   * atomically. An expiring old key needs {@code expires_at} no later than its own (422 otherwise);
   * with a grace period the old key stays ACTIVE until min(now + grace, old expiry), otherwise it is
   * revoked at once.
   *
   * @param caller the caller
   * @param keyId the key
   * @param command the request
   * @return the new key with its raw secret
   */
  public CreatedKey refresh(Caller caller, String keyId, Refresh command) {
    return write(caller, (s, a) -> {
      Instant now = now();
      Records.ApiKey old = Lookups.apiKey(s, caller.account(), keyId, "api_key_id");
      if (old.type() == ApiKeyType.USER) {
        if (old.createdBy() != caller.user() && !a.accountAdmin()) {
          throw ApiError.forbidden("Only the key's creator or an account admin may refresh it.");
        }
        if (!a.developer()) {
          throw ApiError.forbidden("The developer flag is required to refresh a user API key.");
        }
      } else {
        List<Space> spaces = old.spaces().stream().map(n -> s.spaces().row(n)).toList();
        boolean admin = a.accountAdmin() || spaces.stream().anyMatch(a::spaceAdmin);
        boolean creator = old.createdBy() == caller.user()
            && spaces.stream().allMatch(sp -> a.can(sp, Permission.SERVICE_KEY_CREATE));
        if (!admin && !creator) {
          throw ApiError.forbidden("Space admin, or SERVICE_KEY_CREATE and being the creator, is required.");
        }
      }
      Life life = old.life();
      if (!life.usableAt(now)) {
        throw ApiError.badRequest("api_key_id", "the key is revoked or expired and cannot be refreshed.");
      }
      Instant expiresAt = command.expiresAt();
      if (life.expiresAt() != null && expiresAt == null) {
        throw ApiError.unprocessable("expires_at", "required because the old key expires at "
            + life.expiresAt() + ".");
      }
      if (expiresAt != null && life.expiresAt() != null && expiresAt.isAfter(life.expiresAt())) {
        throw ApiError.unprocessable("expires_at", "may not be later than the old key's expiry ("
            + life.expiresAt() + ").");
      }
      if (expiresAt != null && !expiresAt.isAfter(now)) {
        throw ApiError.unprocessable("expires_at", "must be in the future.");
      }
      int grace = command.gracePeriodSeconds() == null ? 0 : command.gracePeriodSeconds();
      if (grace < 0 || grace > 86400) {
        throw ApiError.badRequest("grace_period_seconds", "must be between 0 and 86400.");
      }
      if (grace == 0) {
        s.apiKeys().put(old.with(life.asRevoked()));
      } else {
        Instant graceEnd = now.plusSeconds(grace);
        Instant end = life.expiresAt() != null && life.expiresAt().isBefore(graceEnd) ? life.expiresAt() : graceEnd;
        s.apiKeys().put(old.with(new Life(life.createdAt(), end, false, true)));
      }
      String raw = ids.rawKey();
      Records.ApiKey fresh = sibling(s, old, old.createdBy(), old.name(), old.description(),
          new Secret(Ids.hash(raw), Ids.redact(raw)), new Life(now, expiresAt, false, false),
          Origin.fresh(s.apiKeys(), ids, now));
      return new CreatedKey(view(s, fresh, now), raw, null);
    });
  }

  /**
   * revokeApiKey: developer flag or account ADMIN (403); only the creator or an account ADMIN,
   * others get 404 (IDs cannot be enumerated); revoking a revoked key is a no-op.
   *
   * @param caller the caller
   * @param keyId the key
   */
  public void revoke(Caller caller, String keyId) {
    write(caller, (s, a) -> {
      if (!a.developer() && !a.accountAdmin()) {
        throw ApiError.forbidden("The developer flag or account admin is required to revoke API keys.");
      }
      Records.ApiKey key = Lookups.apiKey(s, caller.account(), keyId, "api_key_id");
      if (key.createdBy() != caller.user() && !a.accountAdmin()) {
        throw ApiError.notFound("API key " + keyId + " was not found.");
      }
      if (!key.life().revoked()) {
        s.apiKeys().put(key.with(key.life().asRevoked()));
      }
      return null;
    });
  }

  static ApiKeyStatus status(Records.ApiKey k, Instant now) {
    return k.life().revokedAt(now) ? ApiKeyStatus.REVOKED : ApiKeyStatus.ACTIVE;
  }

  static ApiKey view(State s, Records.ApiKey k, Instant now) {
    return new ApiKey(GlobalId.of(GlobalId.API_KEY, k.num(), k.tag()), k.name(), k.description(), k.type(),
        status(k, now), k.secret().redacted(), k.life().createdAt(), k.life().expiresAt(),
        Lookups.userId(s, k.createdBy()), s.apiKeys().lastUsed(k.num()));
  }
}
