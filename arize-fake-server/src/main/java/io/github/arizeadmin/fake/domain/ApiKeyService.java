package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.ApiKey;
import io.github.arizeadmin.fake.store.Records.OrgMembership;
import io.github.arizeadmin.fake.store.Records.Organization;
import io.github.arizeadmin.fake.store.Records.Space;
import io.github.arizeadmin.fake.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.store.Records.User;
import io.github.arizeadmin.fake.store.State;
import io.github.arizeadmin.fake.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/** Authentication and the API key lifecycle (reference §1.2, §2.7, §4.6). */
public final class ApiKeyService extends Service {
  ApiKeyService(Store store, Clock clock, Ids ids) {
    super(store, clock, ids);
  }

  /**
   * Authenticates {@code Authorization: Bearer <key>}: 401 for a missing, unknown, revoked or
   * expired key (or one whose user was deleted); records {@code last_used_at}.
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
    return store.write(s -> {
      Instant now = now();
      ApiKey key = s.apiKeysByHash.first(hash).orElse(null);
      if (key == null || !key.usable(now)) {
        throw ApiError.unauthorized(key == null ? "The API key is not valid."
            : "The API key has been revoked or has expired.");
      }
      User user = s.users.get(key.owner()).orElse(null);
      if (user == null || user.inactive()) {
        throw ApiError.unauthorized("The API key's user no longer exists.");
      }
      s.apiKeys.put(new ApiKey(key.num(), key.suffix(), key.account(), key.name(), key.description(), key.type(),
          key.revoked(), key.hash(), key.redacted(), key.createdAt(), key.expiresAt(), key.revokeAtExpiry(),
          key.createdBy(), key.owner(), now, key.spaces()));
      return new Caller(key.account(), user.num(), key.num(), "SERVICE".equals(key.type()));
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
   * @return the list response
   */
  public Map<String, Object> list(Caller caller, String keyType, String status, String spaceId, String userId,
      Integer limit, String cursor) {
    String wantedStatus = status == null ? "ACTIVE" : status;
    return read(caller, (s, a) -> {
      if (!a.developer() && !a.accountAdmin()) {
        throw ApiError.forbidden("The developer flag or account admin is required to list API keys.");
      }
      Instant now = now();
      Long creator = userId == null ? null : Lookups.user(s, caller, userId, "user_id").num();
      NavigableMap<Long, ApiKey> candidates;
      String type;
      if (spaceId != null) {
        Space space = SpaceService.scope(s, a, spaceId);
        if (creator == null && !a.spaceAdmin(space) && !a.can(space, Permission.SERVICE_KEY_READ)) {
          throw ApiError.forbidden("SERVICE_KEY_READ on the space is required.");
        }
        candidates = s.apiKeysBySpace.find(space.num());
        type = "SERVICE";
        if ("USER".equals(keyType)) {
          candidates = java.util.Collections.emptyNavigableMap();
        }
      } else {
        long who = creator == null ? caller.user() : creator;
        if (who != caller.user() && !a.accountAdmin()) {
          throw ApiError.forbidden("Only an account admin may list another user's keys.");
        }
        candidates = s.apiKeysByCreator.find(who);
        type = keyType == null ? "USER" : keyType;
      }
      Long creatorFilter = creator;
      return Page.of("api_keys", candidates, k -> k.account() == caller.account() && k.type().equals(type)
          && k.status(now).equals(wantedStatus) && (creatorFilter == null || k.createdBy() == creatorFilter),
          k -> Wire.apiKey(k, s, now), limit, cursor);
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
   * @param body the request
   * @return the created key with its raw secret
   */
  public Map<String, Object> create(Caller caller, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      Instant now = now();
      String name = name(b, "name", 256);
      String description = b.string("description", "");
      Instant expiresAt = b.time("expires_at");
      if (expiresAt != null && !expiresAt.isAfter(now)) {
        throw ApiError.unprocessable("expires_at: must be in the future.");
      }
      String raw = ids.rawKey();
      if ("USER".equals(b.string("key_type"))) {
        if (!a.developer()) {
          throw ApiError.forbidden("The developer flag is required to create a user API key.");
        }
        ApiKey key = s.apiKeys.put(new ApiKey(s.apiKeys.nextNumber(), ids.suffix(), caller.account(), name, description,
            "USER", false, Ids.hash(raw), Ids.redact(raw), now, expiresAt, false, caller.user(), caller.user(), null,
            List.of()));
        Map<String, Object> out = Wire.apiKey(key, s, now);
        out.put("key", raw);
        return out;
      }
      return createService(s, a, b, name, description, expiresAt, raw, now);
    });
  }

  private Map<String, Object> createService(State s, Access a, Body b, String name, String description,
      Instant expiresAt, String raw, Instant now) {
    Caller caller = a.caller();
    String accountRole = "MEMBER";
    Body accountBody = b.object("account_role");
    if (accountBody != null) {
      if ("CUSTOM".equals(accountBody.string("type"))) {
        throw ApiError.unprocessable("account_role: custom account roles are not yet supported.");
      }
      accountRole = accountBody.string("name");
    }
    if ("ANNOTATOR".equals(accountRole)) {
      throw ApiError.unprocessable("account_role: ANNOTATOR is not allowed for service keys.");
    }
    if (PredefinedRoles.rank(accountRole) > PredefinedRoles.rank(a.accountRole())) {
      throw ApiError.unprocessable("account_role: " + accountRole + " is above your own account role.");
    }
    List<Object> orgs = b.list("organizations");
    if (orgs == null || orgs.isEmpty()) {
      throw ApiError.badRequest("organizations: at least one organization is required.");
    }
    record SpacePlan(Space space, String predefined, long customRole) {
    }
    record OrgPlan(Organization org, String role, List<SpacePlan> spaces) {
    }
    List<OrgPlan> plans = new ArrayList<>();
    Set<Long> seenSpaces = new LinkedHashSet<>();
    for (int i = 0; i < orgs.size(); i++) {
      Body ob = b.element("organizations", i);
      Organization org = OrganizationService.visible(s, a, ob.string("org_id"));
      String orgRole = "READ_ONLY";
      Body orgRoleBody = ob.object("role");
      if (orgRoleBody != null) {
        if ("CUSTOM".equals(orgRoleBody.string("type"))) {
          throw ApiError.unprocessable(ob.path("role") + ": custom organization roles are not yet supported.");
        }
        orgRole = orgRoleBody.string("name");
      }
      if ("ANNOTATOR".equals(orgRole)) {
        throw ApiError.unprocessable(ob.path("role") + ": ANNOTATOR is not allowed for service keys.");
      }
      if (PredefinedRoles.rank(orgRole) > PredefinedRoles.rank(a.orgRole(org))) {
        throw ApiError.unprocessable(ob.path("role") + ": " + orgRole + " is above your own organization role.");
      }
      List<Object> spaces = ob.list("spaces");
      if (spaces == null || spaces.isEmpty()) {
        throw ApiError.badRequest(ob.path("spaces") + ": at least one space is required.");
      }
      List<SpacePlan> spacePlans = new ArrayList<>();
      for (int j = 0; j < spaces.size(); j++) {
        Body sb = ob.element("spaces", j);
        Space space = SpaceService.visible(s, a, sb.string("space_id"), sb.path("space_id"));
        if (space.org() != org.num()) {
          throw ApiError.badRequest(sb.path("space_id") + ": the space does not belong to organization "
              + ob.string("org_id") + ".");
        }
        if (!a.can(space, Permission.SERVICE_KEY_CREATE)) {
          throw ApiError.forbidden("SERVICE_KEY_CREATE is required in space " + sb.string("space_id") + ".");
        }
        Body spaceRole = sb.object("role");
        String predefined = "MEMBER";
        long customRole = 0;
        if (spaceRole != null && "CUSTOM".equals(spaceRole.string("type"))) {
          Lookups.RoleRef role = Lookups.role(s, caller, spaceRole.string("id"), sb.path("role.id"));
          if (!a.onSpace(space).containsAll(a.rolePermissions(role.number()))) {
            throw ApiError.unprocessable(sb.path("role") + ": the role grants more than you hold in the space.");
          }
          predefined = null;
          customRole = role.number();
        } else if (spaceRole != null) {
          predefined = spaceRole.string("name");
        }
        if ("ANNOTATOR".equals(predefined)) {
          throw ApiError.unprocessable(sb.path("role") + ": ANNOTATOR is not allowed for service keys.");
        }
        if (predefined != null && PredefinedRoles.rank(predefined) > PredefinedRoles.rank(a.spaceRole(space))) {
          throw ApiError.unprocessable(sb.path("role") + ": " + predefined + " is above your own space role.");
        }
        if (seenSpaces.add(space.num())) {
          spacePlans.add(new SpacePlan(space, predefined, customRole));
        }
      }
      plans.add(new OrgPlan(org, orgRole, spacePlans));
    }
    long botNum = s.users.nextNumber();
    User bot = s.users.put(new User(botNum, ids.suffix(), caller.account(), name,
        "service-key-" + botNum + "@bots.arize-fake.local", accountRole, "ACTIVE", false, true, true, now));
    List<Map<String, Object>> orgViews = new ArrayList<>();
    List<Long> spaceNums = new ArrayList<>();
    for (OrgPlan plan : plans) {
      OrgMembership om = s.orgMemberships.put(new OrgMembership(s.orgMemberships.nextNumber(), ids.suffix(),
          caller.account(), plan.org().num(), bot.num(), plan.role()));
      List<Map<String, Object>> spaceViews = new ArrayList<>();
      for (SpacePlan sp : plan.spaces()) {
        SpaceMembership m = SpaceService.assign(s, ids, now, sp.space(), bot, sp.predefined(), sp.customRole());
        spaceNums.add(sp.space().num());
        Map<String, Object> sv = new LinkedHashMap<>();
        sv.put("space_id", Wire.spaceId(sp.space()));
        sv.put("role", Wire.spaceRole(m, s));
        spaceViews.add(sv);
      }
      Map<String, Object> ov = new LinkedHashMap<>();
      ov.put("org_id", Wire.orgId(plan.org()));
      ov.put("role", Wire.predefined(om.role()));
      ov.put("spaces", spaceViews);
      orgViews.add(ov);
    }
    ApiKey key = s.apiKeys.put(new ApiKey(s.apiKeys.nextNumber(), ids.suffix(), caller.account(), name, description,
        "SERVICE", false, Ids.hash(raw), Ids.redact(raw), now, expiresAt, false, caller.user(), bot.num(), null,
        List.copyOf(spaceNums)));
    Map<String, Object> out = Wire.apiKey(key, s, now);
    out.put("key", raw);
    Map<String, Object> botView = new LinkedHashMap<>();
    botView.put("id", GlobalId.of("User", bot.num(), bot.suffix()));
    botView.put("name", bot.name());
    botView.put("account_role", Wire.predefined(accountRole));
    botView.put("organizations", orgViews);
    out.put("bot_user", botView);
    return out;
  }

  /**
   * refreshApiKey: a new key (new ID, same name, description, type and scope) replaces the old one
   * atomically. An expiring old key needs {@code expires_at} no later than its own (422 otherwise);
   * with a grace period the old key stays ACTIVE until min(now + grace, old expiry), otherwise it is
   * revoked at once.
   *
   * @param caller the caller
   * @param keyId the key
   * @param body the request, or null
   * @return the new key with its raw secret
   */
  public Map<String, Object> refresh(Caller caller, String keyId, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      Instant now = now();
      ApiKey old = Lookups.apiKey(s, caller, keyId, "api_key_id");
      if ("USER".equals(old.type())) {
        if (old.createdBy() != caller.user() && !a.accountAdmin()) {
          throw ApiError.forbidden("Only the key's creator or an account admin may refresh it.");
        }
        if (!a.developer()) {
          throw ApiError.forbidden("The developer flag is required to refresh a user API key.");
        }
      } else {
        List<Space> spaces = old.spaces().stream().map(n -> s.spaces.get(n).orElseThrow()).toList();
        boolean admin = a.accountAdmin() || spaces.stream().anyMatch(a::spaceAdmin);
        boolean creator = old.createdBy() == caller.user()
            && spaces.stream().allMatch(sp -> a.can(sp, Permission.SERVICE_KEY_CREATE));
        if (!admin && !creator) {
          throw ApiError.forbidden("Space admin, or SERVICE_KEY_CREATE and being the creator, is required.");
        }
      }
      if (!old.usable(now)) {
        throw ApiError.badRequest("api_key_id: the key is revoked or expired and cannot be refreshed.");
      }
      Instant expiresAt = b.time("expires_at");
      if (old.expiresAt() != null && expiresAt == null) {
        throw ApiError.unprocessable("expires_at: required because the old key expires at "
            + Wire.time(old.expiresAt()) + ".");
      }
      if (expiresAt != null && old.expiresAt() != null && expiresAt.isAfter(old.expiresAt())) {
        throw ApiError.unprocessable("expires_at: may not be later than the old key's expiry ("
            + Wire.time(old.expiresAt()) + ").");
      }
      if (expiresAt != null && !expiresAt.isAfter(now)) {
        throw ApiError.unprocessable("expires_at: must be in the future.");
      }
      Integer grace = b.integer("grace_period_seconds");
      int graceSeconds = grace == null ? 0 : grace;
      if (graceSeconds < 0 || graceSeconds > 86400) {
        throw ApiError.badRequest("grace_period_seconds: must be between 0 and 86400.");
      }
      if (graceSeconds == 0) {
        s.apiKeys.put(copy(old, true, old.expiresAt(), false));
      } else {
        Instant graceEnd = now.plusSeconds(graceSeconds);
        Instant end = old.expiresAt() != null && old.expiresAt().isBefore(graceEnd) ? old.expiresAt() : graceEnd;
        s.apiKeys.put(copy(old, false, end, true));
      }
      String raw = ids.rawKey();
      ApiKey fresh = s.apiKeys.put(new ApiKey(s.apiKeys.nextNumber(), ids.suffix(), old.account(), old.name(),
          old.description(), old.type(), false, Ids.hash(raw), Ids.redact(raw), now, expiresAt, false,
          old.createdBy(), old.owner(), null, old.spaces()));
      Map<String, Object> out = Wire.apiKey(fresh, s, now);
      out.put("key", raw);
      return out;
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
      ApiKey key = Lookups.apiKey(s, caller, keyId, "api_key_id");
      if (key.createdBy() != caller.user() && !a.accountAdmin()) {
        throw ApiError.notFound("API key " + keyId + " was not found.");
      }
      if (!key.revoked()) {
        s.apiKeys.put(copy(key, true, key.expiresAt(), key.revokeAtExpiry()));
      }
      return null;
    });
  }

  private static ApiKey copy(ApiKey k, boolean revoked, Instant expiresAt, boolean revokeAtExpiry) {
    return new ApiKey(k.num(), k.suffix(), k.account(), k.name(), k.description(), k.type(), revoked, k.hash(),
        k.redacted(), k.createdAt(), expiresAt, revokeAtExpiry, k.createdBy(), k.owner(), k.lastUsedAt(), k.spaces());
  }
}
