package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records;
import io.github.arizeadmin.fake.internal.store.Records.Account;
import io.github.arizeadmin.fake.internal.store.Records.Life;
import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.Project;
import io.github.arizeadmin.fake.internal.store.Records.Role;
import io.github.arizeadmin.fake.internal.store.Records.Secret;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.internal.store.Row;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Table;
import io.github.arizeadmin.fake.state.ApiKeyStatus;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Loads a seed document into a new state that starts fresh, through the same rules as the API
 * (names, uniqueness, emails, annotator roles, organization before space, one binding per
 * resource, service keys and their bots). The state replaces the live one only when the whole
 * document loaded, so it keeps no undo log. Every error is fatal and names its JSON path.
 *
 * <p>The account named {@code default} (or the first one when none is) is merged into the fresh
 * account: objects matching the fresh ones (the admin's email, the admin key, {@code Default
 * Organization}, {@code Default Space} and their memberships) are reused. A complete document (an
 * export) loads into an empty state instead, and every ID and time it names is kept.
 */
final class SeedLoader {
  /** Seed field names where they differ from the API's. */
  private static final Map<String, String> SEED_FIELDS = Map.of("user_id", "user", "role.id", "custom_role",
      "space_id", "space", "key", "key");

  private final Ids ids;
  private final Instant now;
  private final State s;
  private final Map<String, String> outIds = new LinkedHashMap<>();
  private final Map<String, String> outKeys = new LinkedHashMap<>();

  SeedLoader(Ids ids, Instant now, State fresh) {
    this.ids = ids;
    this.now = now;
    this.s = fresh;
  }

  /**
   * The IDs and raw keys a seed produced.
   *
   * @param ids ref (and account/ref) to global ID
   * @param apiKeys key ref (and account/ref) to raw key
   */
  record Loaded(Map<String, String> ids, Map<String, String> apiKeys) {
  }

  Loaded load(List<Seed.Account> accounts) {
    int defaultIndex = accounts.isEmpty() ? -1 : 0;
    for (int i = 0; i < accounts.size(); i++) {
      if (Fresh.ACCOUNT.equals(accounts.get(i).name())) {
        defaultIndex = i;
        break;
      }
    }
    Set<String> names = new HashSet<>();
    // the default account is number 1 also when it is not the first (an empty state has no fresh account)
    s.accounts().reserve(1);
    for (int i = 0; i < accounts.size(); i++) {
      Seed.Account a = accounts.get(i);
      String name = a.name() != null ? a.name() : i == defaultIndex ? Fresh.ACCOUNT : null;
      if (name == null) {
        throw new SeedException(a.path().field("name") + ": is required.");
      }
      if (!names.add(name)) {
        throw new SeedException(a.path().field("name") + ": duplicate account name " + name + ".");
      }
      long number = i == defaultIndex ? 1 : s.accounts().nextNumber();
      s.accounts().put(new Account(number, i == defaultIndex ? Fresh.ACCOUNT : name, a.samlEnforced()));
      new AccountLoader(number, name, i == defaultIndex).load(a);
    }
    return new Loaded(outIds, outKeys);
  }

  /** Runs a rule for an element; its errors name the element's path and the seed's field. */
  private static <T> T at(Seed.Path path, Supplier<T> rule) {
    try {
      return rule.get();
    } catch (ApiError broken) {
      String field = broken.field() == null ? null : SEED_FIELDS.getOrDefault(broken.field(), broken.field());
      throw new SeedException((field == null ? path.toString() : path.field(field)) + ": " + broken.reason());
    }
  }

  /** Checks a rule for an element, like {@link #at}. */
  private static void check(Seed.Path path, Runnable rule) {
    at(path, () -> {
      rule.run();
      return null;
    });
  }

  /** Loads one account. */
  private final class AccountLoader {
    private final long account;
    private final String accountName;
    private final Map<String, Row> refs = new HashMap<>();
    private final Set<Row> fresh = new HashSet<>();

    AccountLoader(long account, String accountName, boolean withFresh) {
      this.account = account;
      this.accountName = accountName;
      if (withFresh) {
        s.users().ofAccount(account, 0).forEach(u -> ref(u.email(), u, Lookups.userId(u), null));
        s.organizations().ofAccount(account, 0).forEach(o -> ref(o.name(), o, Lookups.orgId(o), null));
        s.spaces().ofAccount(account, 0).forEach(sp -> ref(sp.name(), sp, Lookups.spaceId(sp), null));
        s.apiKeys().ofAccount(account, 0).forEach(fresh::add);
        for (User u : s.users().ofAccount(account, 0)) {
          fresh.addAll(s.orgMemberships().ofUser(u));
          fresh.addAll(s.spaceMemberships().ofUser(u));
        }
        fresh.addAll(refs.values());
      }
    }

    private void ref(String ref, Row record, String globalId, Seed.Path path) {
      Row known = refs.get(ref);
      if (known != null && known.equals(record) && fresh.contains(record)) {
        return;
      }
      if (known != null) {
        throw new SeedException(path.field("ref") + ": duplicate ref '" + ref + "' in account " + accountName
            + " (refs default to names and emails; give an explicit ref).");
      }
      refs.put(ref, record);
      outIds.put(accountName + "/" + ref, globalId);
      outIds.putIfAbsent(ref, globalId);
    }

    void load(Seed.Account a) {
      for (Seed.User u : a.users()) {
        user(u);
      }
      for (Seed.Role r : a.roles()) {
        Role role = at(r.path(), () -> RoleService.insert(s, account, r.fields(),
            origin(r.path(), "id", r.id(), GlobalId.ROLE, s.roles(), r.createdAt(), r.updatedAt())));
        ref(r.ref() != null ? r.ref() : role.name(), role, RoleService.view(role).id(), r.path());
      }
      for (Seed.Organization o : a.organizations()) {
        organization(o);
      }
      for (Seed.Binding b : a.roleBindings()) {
        binding(b);
      }
      for (Seed.ServiceKey k : a.serviceKeys()) {
        serviceKey(k);
      }
    }

    private void user(Seed.User u) {
      String email = at(u.path(), () -> UserService.email(u.email()));
      User existing = s.users().byEmail(account, email).orElse(null);
      User user;
      if (existing != null && fresh.contains(existing)) {
        user = existing;
      } else {
        boolean deleted = "INACTIVE".equals(u.status());
        UserStatus status = deleted ? UserStatus.ACTIVE : UserStatus.valueOf(u.status());
        UserRole role = u.role();
        boolean developer = u.developer() != null ? u.developer() : role != UserRole.ANNOTATOR;
        String name = u.name() != null ? u.name() : email;
        user = at(u.path(), () -> UserService.insert(s, account, new UserService.NewUser(name, email, role, status,
            developer, u.sso(), false), origin(u.path(), u.id(), GlobalId.USER, s.users(), u.createdAt())));
        if (deleted) {
          s.users().put(user.asDeleted());
        }
      }
      ref(u.ref() != null ? u.ref() : email, user, Lookups.userId(user), u.path());
      for (Seed.Key k : u.apiKeys()) {
        Secret secret = secret(k);
        Records.ApiKey same = s.apiKeys().byHash(secret.hash()).orElse(null);
        if (same != null && fresh.contains(same)) {
          continue;
        }
        User owner = user;
        Records.ApiKey key = at(k.path(), () -> ApiKeyService.insertUserKey(s, owner, k.name(), k.description(),
            secret, life(k), origin(k.path(), k.id(), GlobalId.API_KEY, s.apiKeys(), k.createdAt())));
        keyRef(k, key);
      }
    }

    private Secret secret(Seed.Key k) {
      if (k.rawKey() == null && k.keyHash() == null) {
        throw new SeedException(k.path().field("key") + ": a raw key (or the key_hash of an export) is required.");
      }
      if (k.rawKey() != null && !k.rawKey().startsWith("ak-")) {
        throw new SeedException(k.path().field("key") + ": raw keys start with ak-.");
      }
      return k.rawKey() != null ? new Secret(Ids.hash(k.rawKey()), Ids.redact(k.rawKey()))
          : new Secret(k.keyHash(), k.redactedKey() != null ? k.redactedKey() : "ak-...");
    }

    private Life life(Seed.Key k) {
      return new Life(k.createdAt() != null ? k.createdAt() : now, k.expiresAt(), k.status() == ApiKeyStatus.REVOKED,
          k.revokeAtExpiry());
    }

    private void keyRef(Seed.Key k, Records.ApiKey key) {
      if (k.lastUsedAt() != null) {
        s.apiKeys().used(key.num(), k.lastUsedAt());
      }
      String keyRef = k.ref() != null ? k.ref() : key.name();
      ref(keyRef, key, GlobalId.of(GlobalId.API_KEY, key.num(), key.tag()), k.path());
      if (k.rawKey() != null) {
        outKeys.put(accountName + "/" + keyRef, k.rawKey());
        outKeys.putIfAbsent(keyRef, k.rawKey());
      }
    }

    private void organization(Seed.Organization o) {
      Organization existing = o.fields().name() == null ? null
          : s.organizations().byName(account, o.fields().name()).filter(fresh::contains).orElse(null);
      Organization org = existing != null ? existing : at(o.path(), () -> OrganizationService.insert(s, account,
          o.fields(), origin(o.path(), o.id(), GlobalId.ORGANIZATION, s.organizations(), o.createdAt())));
      ref(o.ref() != null ? o.ref() : org.name(), org, Lookups.orgId(org), o.path());
      for (Seed.OrgMember m : o.members()) {
        User user = user(m.path(), m.user());
        Records.OrgMembership member = s.orgMemberships().find(org, user).orElse(null);
        if (member != null && fresh.contains(member)) {
          continue;
        }
        if (member != null) {
          throw new SeedException(m.path().field("user") + ": duplicate member.");
        }
        Origin origin = membershipOrigin(m.path(), m.id(), GlobalId.ORGANIZATION_MEMBERSHIP, s.orgMemberships());
        at(m.path(), () -> OrganizationService.join(s, ids, org, user, m.role(), origin));
      }
      for (Seed.Space sp : o.spaces()) {
        space(org, sp);
      }
    }

    private void space(Organization org, Seed.Space d) {
      Space existing = d.fields().name() == null ? null
          : s.spaces().byName(org, d.fields().name()).filter(fresh::contains).orElse(null);
      Space space = existing != null ? existing : at(d.path(), () -> SpaceService.insert(s, org, d.fields(),
          origin(d.path(), d.id(), GlobalId.SPACE, s.spaces(), d.createdAt())));
      ref(d.ref() != null ? d.ref() : space.name(), space, Lookups.spaceId(space), d.path());
      for (Seed.SpaceMember m : d.members()) {
        User user = user(m.path(), m.user());
        Records.SpaceMembership member = s.spaceMemberships().find(space, user).orElse(null);
        if (member != null && fresh.contains(member)) {
          continue;
        }
        if (member != null) {
          throw new SeedException(m.path().field("user") + ": duplicate member.");
        }
        long custom = m.customRole() == null ? 0 : custom(m.path(), "custom_role", m.customRole()).num();
        Origin membership = membershipOrigin(m.path(), m.ids().id(), GlobalId.SPACE_MEMBERSHIP, s.spaceMemberships());
        Origin binding = custom == 0 ? null : bindingOrigin(m.path(), m.ids());
        at(m.path(), () -> SpaceService.join(s, ids, now, space, user, m.role(), custom, null, membership, binding));
      }
      for (Seed.Project p : d.projects()) {
        Project project = at(p.path(), () -> ProjectService.insert(s, space, p.fields(),
            origin(p.path(), p.id(), GlobalId.PROJECT, s.projects(), p.createdAt())));
        ref(p.ref() != null ? p.ref() : project.name(), project, Lookups.projectId(project), p.path());
        if (p.restricted()) {
          RestrictionService.restrict(s, project, p.restrictedAt() != null ? p.restrictedAt() : project.createdAt());
        }
      }
    }

    private void binding(Seed.Binding b) {
      User user = user(b.path(), b.user());
      Row resource = lookup(b.path(), "resource", b.resource());
      Space space;
      Project project = null;
      if (b.resourceType() == RoleBindingResourceType.SPACE && resource instanceof Space sp) {
        space = sp;
      } else if (b.resourceType() == RoleBindingResourceType.PROJECT && resource instanceof Project p) {
        project = p;
        space = s.spaces().row(p.space());
      } else {
        throw new SeedException(b.path().field("resource") + ": not a " + b.resourceType().name().toLowerCase(
            java.util.Locale.ROOT) + ".");
      }
      long role = b.role() == null ? 0 : PredefinedRoles.byNameOrId(b.role()).map(PredefinedRoles.Predefined::number)
          .orElse(0L);
      if (role == 0) {
        role = custom(b.path(), "role", b.role()).num();
      }
      long roleNumber = role;
      Project target = project;
      Records.RoleBinding binding = at(b.path(), () -> RoleBindingService.insert(s, user, roleNumber, space, target,
          origin(b.path(), "id", b.id(), GlobalId.ROLE_BINDING, s.roleBindings(), b.createdAt(), b.updatedAt())));
      if (b.ref() != null) {
        ref(b.ref(), binding, GlobalId.of(GlobalId.ROLE_BINDING, binding.num(), binding.tag()), b.path());
      }
    }

    private void serviceKey(Seed.ServiceKey k) {
      Seed.Key key = k.key();
      if (key.name() == null || key.name().isBlank()) {
        throw new SeedException(key.path().field("name") + ": is required.");
      }
      Secret secret = secret(key);
      User creator = user(key.path(), k.createdBy(), "created_by");
      if (s.apiKeys().byHash(secret.hash()).isPresent()) {
        throw new SeedException(key.path().field("key") + ": duplicate API key.");
      }
      Origin origin = origin(key.path(), key.id(), GlobalId.API_KEY, s.apiKeys(), key.createdAt());
      // a refreshed key acts as the same bot as the key it replaced: the export names that bot again
      Records.ApiKey sibling = keyOfBot(k.botId());
      if (sibling != null) {
        keyRef(key, ApiKeyService.sibling(s, sibling, creator.num(), key.name(), key.description(), secret, life(key),
            origin));
        return;
      }
      check(key.path(), () -> ApiKeyService.notAnnotator(k.accountRole(), "account_role"));
      List<ApiKeyService.OrgPlan> plans = new ArrayList<>();
      boolean anySpace = false;
      for (Seed.KeyOrganization o : k.organizations()) {
        if (!(lookup(o.path(), "org", o.org()) instanceof Organization org)) {
          throw new SeedException(o.path().field("org") + ": not an organization.");
        }
        check(o.path(), () -> ApiKeyService.notAnnotator(o.role(), "role"));
        List<ApiKeyService.SpacePlan> spaces = new ArrayList<>();
        for (Seed.KeySpace sd : o.spaces()) {
          if (!(lookup(sd.path(), "space", sd.space()) instanceof Space sp)) {
            throw new SeedException(sd.path().field("space") + ": not a space.");
          }
          check(sd.path(), () -> {
            ApiKeyService.belongs(sp, org, "space", o.org());
            ApiKeyService.notAnnotator(sd.role(), "role");
          });
          long custom = sd.customRole() == null ? 0 : custom(sd.path(), "custom_role", sd.customRole()).num();
          spaces.add(new ApiKeyService.SpacePlan(sp, sd.role(), custom,
              membershipOrigin(sd.path(), sd.ids().id(), GlobalId.SPACE_MEMBERSHIP, s.spaceMemberships()),
              custom == 0 ? null : bindingOrigin(sd.path(), sd.ids())));
          anySpace = true;
        }
        plans.add(new ApiKeyService.OrgPlan(org, o.role(), spaces,
            membershipOrigin(o.path(), o.id(), GlobalId.ORGANIZATION_MEMBERSHIP, s.orgMemberships())));
      }
      // a key left without spaces (all of them deleted) was revoked then, and is exported so
      if (!anySpace && key.status() != ApiKeyStatus.REVOKED) {
        throw new SeedException(key.path().field("organizations") + ": a service key needs at least one space.");
      }
      Origin bot = k.botId() == null ? null
          : origin(key.path(), "bot_id", k.botId(), GlobalId.USER, s.users(), key.createdAt(), null);
      Records.ApiKey created = at(key.path(), () -> ApiKeyService.createServiceKey(s, ids, now, creator.num(),
          key.name(), key.description(), secret, life(key), k.accountRole(), plans, origin, bot));
      keyRef(key, created);
    }

    /** The first key of the bot {@code botId} names, when an earlier service key of this account made it; else null. */
    private Records.ApiKey keyOfBot(String botId) {
      GlobalId id = GlobalId.parse(botId);
      User bot = id == null || !GlobalId.USER.equals(id.type()) ? null : s.users().get(id.number())
          .filter(u -> u.bot() && u.account() == account && id.matches(u.tag())).orElse(null);
      return bot == null ? null : s.apiKeys().ofOwner(bot.num()).stream().findFirst().orElse(null);
    }

    private User user(Seed.Path path, String ref) {
      return user(path, ref, "user");
    }

    private User user(Seed.Path path, String ref, String field) {
      if (!(lookup(path, field, ref) instanceof User user)) {
        throw new SeedException(path.field(field) + ": not a user.");
      }
      return user;
    }

    private Role custom(Seed.Path path, String field, String ref) {
      if (!(lookup(path, field, ref) instanceof Role role)) {
        throw new SeedException(path.field(field) + ": not a custom role.");
      }
      return role;
    }

    private Row lookup(Seed.Path path, String field, String ref) {
      if (ref == null) {
        throw new SeedException(path.field(field) + ": is required.");
      }
      Row found = refs.get(ref);
      if (found == null) {
        GlobalId id = GlobalId.parse(ref);
        if (id != null) {
          found = switch (id.type()) {
            case GlobalId.USER -> s.users().get(id.number()).filter(u -> u.account() == account).orElse(null);
            case GlobalId.ORGANIZATION -> s.organizations().get(id.number()).filter(o -> o.account() == account)
                .orElse(null);
            case GlobalId.SPACE -> s.spaces().get(id.number()).filter(o -> o.account() == account).orElse(null);
            case GlobalId.ROLE -> s.roles().get(id.number()).filter(o -> o.account() == account).orElse(null);
            case GlobalId.PROJECT, "Project" -> s.projects().get(id.number()).filter(o -> o.account() == account)
                .orElse(null);
            default -> null;
          };
        }
      }
      if (found == null) {
        throw new SeedException(path.field(field) + ": unknown reference '" + ref + "'.");
      }
      return found;
    }

    /** The number, tag and time of a new record: the document's {@code id} and {@code created_at}, if given. */
    private Origin origin(Seed.Path path, String raw, String type, Table<?> table, Instant createdAt) {
      return origin(path, "id", raw, type, table, createdAt, null);
    }

    /**
     * The number, tag and times of a new record: the global ID in {@code field} (kept as is; its number
     * may not be in use), {@code created_at} and {@code updated_at}, where the document gives them.
     */
    private Origin origin(Seed.Path path, String field, String raw, String type, Table<?> table, Instant createdAt,
        Instant updatedAt) {
      Instant at = createdAt != null ? createdAt : now;
      Instant changed = updatedAt != null ? updatedAt : at;
      if (raw == null) {
        return new Origin(table.nextNumber(), ids.tag(), at, changed);
      }
      GlobalId id = GlobalId.parse(raw);
      if (id == null || !id.type().equals(type) && !(type.equals(GlobalId.PROJECT)
          && GlobalId.PROJECT_TYPES.contains(id.type()))) {
        throw new SeedException(path.field(field) + ": '" + raw + "' is not " + type + " ID.");
      }
      if (table.get(id.number()).isPresent()) {
        throw new SeedException(path.field(field) + ": ID " + raw + " is already in use.");
      }
      table.reserve(id.number());
      return new Origin(id.number(), id.suffix().isEmpty() ? ids.tag() : id.suffix(), at, changed);
    }

    /**
     * A membership's number and tag from the document's {@code id}, or null (a fresh one, drawn by
     * the rule only if it makes a membership). Memberships pack their tag: it has 4 letters or digits.
     */
    private Origin membershipOrigin(Seed.Path path, String raw, String type, Table<?> table) {
      GlobalId id = GlobalId.parse(raw);
      if (id != null && id.suffix().length() != 4 && !id.suffix().isEmpty()) {
        throw new SeedException(path.field("id") + ": '" + raw + "' is not " + type + " ID of the fake (its tag "
            + "has 4 letters or digits).");
      }
      return raw == null ? null : origin(path, raw, type, table, null);
    }

    /** The binding holding a CUSTOM space role: its {@code binding_id} and times, or null (a fresh one). */
    private Origin bindingOrigin(Seed.Path path, Seed.MemberIds given) {
      if (given.bindingId() == null && given.createdAt() == null && given.updatedAt() == null) {
        return null;
      }
      return origin(path, "binding_id", given.bindingId(), GlobalId.ROLE_BINDING, s.roleBindings(),
          given.createdAt(), given.updatedAt());
    }
  }
}
