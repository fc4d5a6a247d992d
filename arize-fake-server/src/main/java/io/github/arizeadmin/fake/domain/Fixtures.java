package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.Account;
import io.github.arizeadmin.fake.store.Records.ApiKey;
import io.github.arizeadmin.fake.store.Records.OrgMembership;
import io.github.arizeadmin.fake.store.Records.Organization;
import io.github.arizeadmin.fake.store.Records.Project;
import io.github.arizeadmin.fake.store.Records.Restriction;
import io.github.arizeadmin.fake.store.Records.Role;
import io.github.arizeadmin.fake.store.Records.RoleBinding;
import io.github.arizeadmin.fake.store.Records.Space;
import io.github.arizeadmin.fake.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.store.Records.User;
import io.github.arizeadmin.fake.store.State;
import io.github.arizeadmin.fake.store.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fresh state, seed documents and the export (the same format). Every seed error is fatal and
 * names its JSON path.
 */
final class Fixtures {
  static final String ADMIN_EMAIL = "admin@arize-fake.local";
  private static final Set<String> ACCOUNT_ROLES = Set.of("ADMIN", "MEMBER", "ANNOTATOR");
  private static final Set<String> LEVEL_ROLES = Set.of("ADMIN", "MEMBER", "READ_ONLY", "ANNOTATOR");

  private final Ids ids;
  private final Instant now;

  Fixtures(Ids ids, Instant now) {
    this.ids = ids;
    this.now = now;
  }

  /** A state holding the fresh account: one admin (owner of the admin key), one organization, one space. */
  State fresh(String adminKey) {
    State s = new State();
    s.accounts.put(new Account(s.accounts.nextNumber(), "default", false));
    User admin = s.users.put(new User(s.users.nextNumber(), ids.suffix(), 1, "Fake Admin", ADMIN_EMAIL, "ADMIN",
        "ACTIVE", true, false, false, now));
    s.apiKeys.put(new ApiKey(s.apiKeys.nextNumber(), ids.suffix(), 1, "admin-key", "", "USER", false,
        Ids.hash(adminKey), Ids.redact(adminKey), now, null, false, admin.num(), admin.num(), null, List.of()));
    Organization org = s.organizations.put(new Organization(s.organizations.nextNumber(), ids.suffix(), 1,
        "Default Organization", "", now));
    Space space = s.spaces.put(new Space(s.spaces.nextNumber(), ids.suffix(), 1, org.num(), "Default Space", "", now));
    s.orgMemberships.put(new OrgMembership(s.orgMemberships.nextNumber(), ids.suffix(), 1, org.num(), admin.num(),
        "ADMIN"));
    s.spaceMemberships.put(new SpaceMembership(s.spaceMemberships.nextNumber(), ids.suffix(), 1, org.num(),
        space.num(), admin.num(), "ADMIN"));
    return s;
  }

  /**
   * After a complete document (an export) is loaded: the admin key must still open the account. When
   * the document does not hold it (an export of a fake with another admin key), it is given to the
   * first active ADMIN of the default account, or to a fresh admin user when there is none.
   */
  void keepAdminKey(State s, String adminKey) {
    if (s.apiKeysByHash.first(Ids.hash(adminKey)).isPresent()) {
      return;
    }
    User admin = s.usersByAccount.find(1L).values().stream()
        .filter(u -> !u.bot() && "ADMIN".equals(u.role()) && "ACTIVE".equals(u.status())).findFirst()
        .orElseGet(() -> s.users.put(new User(s.users.nextNumber(), ids.suffix(), 1, "Fake Admin",
            s.usersByEmail.first(State.emailKey(1, ADMIN_EMAIL)).isPresent() ? "admin+" + s.users.size()
                + "@arize-fake.local" : ADMIN_EMAIL, "ADMIN", "ACTIVE", true, false, false, now)));
    s.apiKeys.put(new ApiKey(s.apiKeys.nextNumber(), ids.suffix(), 1, "admin-key", "", "USER", false,
        Ids.hash(adminKey), Ids.redact(adminKey), now, null, false, admin.num(), admin.num(), null, List.of()));
  }

  /**
   * The IDs and raw keys a seed produced.
   *
   * @param ids ref (and account/ref) to global ID
   * @param apiKeys key ref (and account/ref) to raw key
   */
  record Loaded(Map<String, String> ids, Map<String, String> apiKeys) {
  }

  /** Loads a seed document on top of a fresh state. */
  @SuppressWarnings("unchecked")
  Loaded load(State s, Map<String, Object> document) {
    Map<String, String> outIds = new LinkedHashMap<>();
    Map<String, String> outKeys = new LinkedHashMap<>();
    Object accounts = document.get("accounts");
    if (!(accounts instanceof List<?> list)) {
      throw new SeedException("accounts: is required and must be an array.");
    }
    int defaultIndex = -1;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> m && "default".equals(m.get("name"))) {
        defaultIndex = i;
        break;
      }
    }
    if (defaultIndex < 0 && !list.isEmpty()) {
      defaultIndex = 0;
    }
    Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "accounts[" + i + "]";
      if (!(list.get(i) instanceof Map)) {
        throw new SeedException(path + ": must be an object.");
      }
      Doc a = new Doc((Map<String, Object>) list.get(i), path);
      String name = a.string("name", i == defaultIndex ? "default" : null);
      if (!names.add(name)) {
        throw new SeedException(path + ".name: duplicate account name " + name + ".");
      }
      long account;
      if (i == defaultIndex) {
        account = 1;
        s.accounts.reserve(1);
        s.accounts.put(new Account(1, "default", a.bool("saml_enforced", false)));
      } else {
        account = s.accounts.nextNumber();
        s.accounts.put(new Account(account, name, a.bool("saml_enforced", false)));
      }
      new AccountLoader(s, account, name, a, outIds, outKeys, i == defaultIndex).load();
    }
    return new Loaded(outIds, outKeys);
  }

  /** Loads one account of a seed document. */
  private final class AccountLoader {
    private final State s;
    private final long account;
    private final String accountName;
    private final Doc doc;
    private final Map<String, String> outIds;
    private final Map<String, String> outKeys;
    private final Map<String, Object> refs = new HashMap<>();
    private final Set<Object> fresh = new java.util.HashSet<>();

    AccountLoader(State s, long account, String accountName, Doc doc, Map<String, String> outIds,
        Map<String, String> outKeys, boolean withFresh) {
      this.s = s;
      this.account = account;
      this.accountName = accountName;
      this.doc = doc;
      this.outIds = outIds;
      this.outKeys = outKeys;
      if (withFresh) {
        fresh.addAll(s.usersByAccount.find(account).values());
        fresh.addAll(s.organizationsByAccount.find(account).values());
        fresh.addAll(s.spacesByAccount.find(account).values());
        fresh.addAll(s.apiKeysByAccount.find(account).values());
        fresh.addAll(s.orgMembershipsByOrg.find(1L).values());
        fresh.addAll(s.spaceMembershipsBySpace.find(1L).values());
        s.usersByAccount.find(account).values().forEach(u -> ref(u.email(), u, GlobalId.of("User", u.num(), u.suffix()), "fresh"));
        s.organizationsByAccount.find(account).values().forEach(o -> ref(o.name(), o, Wire.orgId(o), "fresh"));
        s.spacesByAccount.find(account).values().forEach(sp -> ref(sp.name(), sp, Wire.spaceId(sp), "fresh"));
      }
    }

    private void ref(String ref, Object record, String globalId, String path) {
      if (refs.get(ref) == record && fresh.contains(record)) {
        return;
      }
      if (refs.containsKey(ref)) {
        throw new SeedException(path + ".ref: duplicate ref '" + ref + "' in account " + accountName
            + " (refs default to names and emails; give an explicit ref).");
      }
      refs.put(ref, record);
      outIds.put(accountName + "/" + ref, globalId);
      outIds.putIfAbsent(ref, globalId);
    }

    void load() {
      for (Doc u : doc.objects("users")) {
        user(u);
      }
      for (Doc r : doc.objects("roles")) {
        role(r);
      }
      for (Doc o : doc.objects("organizations")) {
        organization(o);
      }
      for (Doc b : doc.objects("role_bindings")) {
        binding(b);
      }
      for (Doc k : doc.objects("service_keys")) {
        serviceKey(k);
      }
    }

    private <R> long number(Doc d, String type, Table<R> table) {
      return number(d, "id", type, table);
    }

    /** The record number the global ID in {@code field} names (kept as is), or the next one when absent. */
    private <R> long number(Doc d, String field, String type, Table<R> table) {
      String raw = d.string(field, null);
      if (raw == null) {
        return table.nextNumber();
      }
      GlobalId id = GlobalId.parse(raw);
      if (id == null || !id.type().equals(type) && !(type.equals("Model") && GlobalId.PROJECT_TYPES.contains(id.type()))) {
        throw new SeedException(d.path(field) + ": '" + raw + "' is not " + type + " ID.");
      }
      if (table.get(id.number()).isPresent()) {
        throw new SeedException(d.path(field) + ": ID " + raw + " is already in use.");
      }
      table.reserve(id.number());
      return id.number();
    }

    private String suffix(Doc d) {
      return suffix(d, "id");
    }

    private String suffix(Doc d, String field) {
      String raw = d.string(field, null);
      GlobalId id = raw == null ? null : GlobalId.parse(raw);
      return id == null || id.suffix().isEmpty() ? ids.suffix() : id.suffix();
    }

    private void user(Doc u) {
      String email = u.string("email", null);
      if (email == null || !email.contains("@")) {
        throw new SeedException(u.path("email") + ": a valid email is required.");
      }
      User existing = s.usersByEmail.first(State.emailKey(account, email)).orElse(null);
      if (existing != null && !fresh.contains(existing)) {
        throw new SeedException(u.path("email") + ": duplicate email " + email + ".");
      }
      String role = u.oneOf("role", ACCOUNT_ROLES, "MEMBER");
      String status = u.oneOf("status", Set.of("ACTIVE", "INVITED", "EXPIRED", "INACTIVE"), "ACTIVE");
      User user = existing != null ? existing : s.users.put(new User(number(u, "User", s.users), suffix(u), account,
          u.string("name", email), email, role, status, u.bool("is_developer", !"ANNOTATOR".equals(role)),
          u.bool("sso", false), false, u.time("created_at", now)));
      ref(u.string("ref", email), user, GlobalId.of("User", user.num(), user.suffix()), u.path(""));
      for (Doc k : u.objects("api_keys")) {
        String raw = k.string("key", null);
        String hash = k.string("key_hash", null);
        if (raw == null && hash == null) {
          throw new SeedException(k.path("key") + ": a raw key (or the key_hash of an export) is required.");
        }
        if (raw != null && !raw.startsWith("ak-")) {
          throw new SeedException(k.path("key") + ": raw keys start with ak-.");
        }
        String keyHash = raw != null ? Ids.hash(raw) : hash;
        ApiKey same = s.apiKeysByHash.first(keyHash).orElse(null);
        if (same != null && fresh.contains(same)) {
          continue;
        }
        if (same != null) {
          throw new SeedException(k.path("key") + ": duplicate API key.");
        }
        String name = k.string("name", null);
        if (name == null || name.isBlank()) {
          throw new SeedException(k.path("name") + ": is required.");
        }
        ApiKey key = s.apiKeys.put(new ApiKey(number(k, "ApiKey", s.apiKeys), suffix(k), account, name,
            k.string("description", ""), "USER", "REVOKED".equals(k.string("status", "ACTIVE")), keyHash,
            raw != null ? Ids.redact(raw) : k.string("redacted_key", "ak-..."), k.time("created_at", now),
            k.time("expires_at", null), k.bool("revoke_at_expiry", false), user.num(), user.num(),
            k.time("last_used_at", null), List.of()));
        String keyRef = k.string("ref", name);
        ref(keyRef, key, GlobalId.of("ApiKey", key.num(), key.suffix()), k.path(""));
        if (raw != null) {
          outKeys.put(accountName + "/" + keyRef, raw);
          outKeys.putIfAbsent(keyRef, raw);
        }
      }
    }

    private void role(Doc r) {
      String name = r.string("name", null);
      if (name == null || name.isBlank()) {
        throw new SeedException(r.path("name") + ": is required.");
      }
      if (s.rolesByName.first(List.of(account, name)).isPresent()
          || PredefinedRoles.ROLES.stream().anyMatch(p -> p.name().equals(name))) {
        throw new SeedException(r.path("name") + ": duplicate role name " + name + ".");
      }
      List<String> permissions = new ArrayList<>(new LinkedHashSet<>(r.strings("permissions")));
      if (permissions.isEmpty()) {
        throw new SeedException(r.path("permissions") + ": at least one permission is required.");
      }
      for (int i = 0; i < permissions.size(); i++) {
        if (Permission.parse(permissions.get(i)) == null) {
          throw new SeedException(r.path("permissions") + ": '" + permissions.get(i) + "' is not a permission.");
        }
      }
      Role role = s.roles.put(new Role(number(r, "Role", s.roles), suffix(r), account, name, r.string("description", ""),
          List.copyOf(permissions), r.time("created_at", now), r.time("updated_at", r.time("created_at", now))));
      ref(r.string("ref", name), role, GlobalId.of("Role", role.num(), role.suffix()), r.path(""));
    }

    private void organization(Doc o) {
      String name = o.string("name", null);
      if (name == null || name.isBlank()) {
        throw new SeedException(o.path("name") + ": is required.");
      }
      Organization existing = s.organizationsByName.first(List.of(account, name)).orElse(null);
      if (existing != null && !fresh.contains(existing)) {
        throw new SeedException(o.path("name") + ": duplicate organization name " + name + ".");
      }
      Organization org = existing != null ? existing : s.organizations.put(new Organization(
          number(o, "Organization", s.organizations), suffix(o), account, name, o.string("description", ""),
          o.time("created_at", now)));
      ref(o.string("ref", name), org, Wire.orgId(org), o.path(""));
      for (Doc m : o.objects("members")) {
        User user = userRef(m);
        String role = m.oneOf("role", LEVEL_ROLES, "MEMBER");
        annotator(m, user, role);
        OrgMembership member = s.orgMembershipsByPair.first(List.of(org.num(), user.num())).orElse(null);
        if (member != null && fresh.contains(member)) {
          continue;
        }
        if (member != null) {
          throw new SeedException(m.path("user") + ": duplicate member.");
        }
        s.orgMemberships.put(new OrgMembership(number(m, "OrganizationMembership", s.orgMemberships), suffix(m),
            account, org.num(), user.num(), role));
      }
      for (Doc sp : o.objects("spaces")) {
        space(org, sp);
      }
    }

    private void space(Organization org, Doc d) {
      String name = d.string("name", null);
      if (name == null || name.isBlank()) {
        throw new SeedException(d.path("name") + ": is required.");
      }
      Space existing = s.spacesByName.first(List.of(org.num(), name)).orElse(null);
      if (existing != null && !fresh.contains(existing)) {
        throw new SeedException(d.path("name") + ": duplicate space name " + name + " in organization " + org.name() + ".");
      }
      Space space = existing != null ? existing : s.spaces.put(new Space(number(d, "Space", s.spaces), suffix(d),
          account, org.num(), name, d.string("description", ""), d.time("created_at", now)));
      ref(d.string("ref", name), space, Wire.spaceId(space), d.path(""));
      for (Doc m : d.objects("members")) {
        User user = userRef(m);
        if (s.orgMembershipsByPair.first(List.of(org.num(), user.num())).isEmpty()) {
          throw new SeedException(m.path("user") + ": the user is not a member of organization " + org.name() + ".");
        }
        SpaceMembership member = s.spaceMembershipsByPair.first(List.of(space.num(), user.num())).orElse(null);
        if (member != null && fresh.contains(member)) {
          continue;
        }
        if (member != null) {
          throw new SeedException(m.path("user") + ": duplicate member.");
        }
        String customRef = m.string("custom_role", null);
        if (customRef != null) {
          spaceMember(m, space, user, null, custom(m, "custom_role", customRef).num());
        } else {
          String role = m.oneOf("role", LEVEL_ROLES, "MEMBER");
          annotator(m, user, role);
          spaceMember(m, space, user, role, 0);
        }
      }
      for (Doc p : d.objects("projects")) {
        String projectName = p.string("name", null);
        if (projectName == null || projectName.isBlank()) {
          throw new SeedException(p.path("name") + ": is required.");
        }
        if (s.projectsByName.first(List.of(space.num(), projectName)).isPresent()) {
          throw new SeedException(p.path("name") + ": duplicate project name " + projectName + ".");
        }
        Project project = s.projects.put(new Project(number(p, "Model", s.projects), suffix(p), account, space.num(),
            projectName, p.time("created_at", now)));
        ref(p.string("ref", projectName), project, Wire.projectId(project), p.path(""));
        if (p.bool("restricted", false)) {
          s.restrictions.put(new Restriction(project.num(), account, space.num(),
              p.time("restricted_at", p.time("created_at", now))));
        }
      }
    }

    private void binding(Doc b) {
      User user = userRef(b);
      String type = b.oneOf("resource_type", Set.of("SPACE", "PROJECT"), null);
      if (type == null) {
        throw new SeedException(b.path("resource_type") + ": SPACE or PROJECT is required.");
      }
      Object resource = lookup(b, "resource", b.string("resource", null));
      long number;
      long space;
      if ("SPACE".equals(type) && resource instanceof Space sp) {
        number = sp.num();
        space = sp.num();
      } else if ("PROJECT".equals(type) && resource instanceof Project p) {
        number = p.num();
        space = p.space();
      } else {
        throw new SeedException(b.path("resource") + ": not a " + type.toLowerCase(java.util.Locale.ROOT) + ".");
      }
      String roleRef = b.string("role", null);
      long role = predefinedNumber(roleRef);
      if (role == 0) {
        role = custom(b, "role", roleRef).num();
      }
      if (s.bindingsByUserResource.first(List.of(user.num(), type, number)).isPresent()) {
        throw new SeedException(b.path("user") + ": the user already has a binding on this resource.");
      }
      RoleBinding binding = s.roleBindings.put(new RoleBinding(number(b, "RoleBinding", s.roleBindings), suffix(b),
          account, user.num(), role, type, number, space, b.time("created_at", now),
          b.time("updated_at", b.time("created_at", now))));
      String ref = b.string("ref", null);
      if (ref != null) {
        ref(ref, binding, GlobalId.of("RoleBinding", binding.num(), binding.suffix()), b.path(""));
      }
    }

    private void serviceKey(Doc k) {
      String name = k.string("name", null);
      if (name == null || name.isBlank()) {
        throw new SeedException(k.path("name") + ": is required.");
      }
      String raw = k.string("key", null);
      String hash = raw != null ? Ids.hash(raw) : k.string("key_hash", null);
      if (hash == null) {
        throw new SeedException(k.path("key") + ": a raw key (or the key_hash of an export) is required.");
      }
      User creator = userRef(k.with("user", k.string("created_by", null)));
      String accountRole = k.oneOf("account_role", Set.of("ADMIN", "MEMBER"), "MEMBER");
      // a refreshed key acts as the same bot as the key it replaced: the export names the bot again
      User shared = sharedBot(k);
      List<Long> spaces = new ArrayList<>(shared == null ? List.of()
          : s.apiKeysByOwner.find(shared.num()).firstEntry().getValue().spaces());
      long botNum = shared != null ? shared.num() : number(k, "bot_id", "User", s.users);
      User bot = shared != null ? shared : s.users.put(new User(botNum, suffix(k, "bot_id"), account, name,
          "service-key-" + botNum + "@bots.arize-fake.local", accountRole, "ACTIVE", false, true, true, now));
      for (Doc o : shared != null ? List.<Doc>of() : k.objects("organizations")) {
        Object org = lookup(o, "org", o.string("org", null));
        if (!(org instanceof Organization organization)) {
          throw new SeedException(o.path("org") + ": not an organization.");
        }
        s.orgMemberships.put(new OrgMembership(number(o, "OrganizationMembership", s.orgMemberships), suffix(o), account,
            organization.num(), bot.num(), o.oneOf("role", Set.of("ADMIN", "MEMBER", "READ_ONLY"), "READ_ONLY")));
        for (Doc sd : o.objects("spaces")) {
          Object space = lookup(sd, "space", sd.string("space", null));
          if (!(space instanceof Space sp) || sp.org() != organization.num()) {
            throw new SeedException(sd.path("space") + ": not a space of that organization.");
          }
          String customRef = sd.string("custom_role", null);
          if (customRef != null) {
            spaceMember(sd, sp, bot, null, custom(sd, "custom_role", customRef).num());
          } else {
            spaceMember(sd, sp, bot, sd.oneOf("role", Set.of("ADMIN", "MEMBER", "READ_ONLY"), "MEMBER"), 0);
          }
          spaces.add(sp.num());
        }
      }
      boolean revoked = "REVOKED".equals(k.string("status", "ACTIVE"));
      // a key left without spaces (all deleted) was revoked then, and exports so
      if (spaces.isEmpty() && !revoked) {
        throw new SeedException(k.path("organizations") + ": a service key needs at least one space.");
      }
      ApiKey key = s.apiKeys.put(new ApiKey(number(k, "ApiKey", s.apiKeys), suffix(k), account, name,
          k.string("description", ""), "SERVICE", revoked, hash,
          raw != null ? Ids.redact(raw) : k.string("redacted_key", "ak-..."), k.time("created_at", now),
          k.time("expires_at", null), k.bool("revoke_at_expiry", false), creator.num(), bot.num(),
          k.time("last_used_at", null), List.copyOf(spaces)));
      String keyRef = k.string("ref", name);
      ref(keyRef, key, GlobalId.of("ApiKey", key.num(), key.suffix()), k.path(""));
      if (raw != null) {
        outKeys.put(accountName + "/" + keyRef, raw);
        outKeys.putIfAbsent(keyRef, raw);
      }
    }

    /** The bot of an earlier service key of this seed that {@code bot_id} names, or null. */
    private User sharedBot(Doc k) {
      GlobalId id = GlobalId.parse(k.string("bot_id", null));
      return id == null ? null : s.users.get(id.number())
          .filter(u -> u.bot() && u.account() == account && id.matches(u.suffix())).orElse(null);
    }

    /**
     * A space membership, with the IDs (and, for a CUSTOM role, the role binding holding it, with its
     * times) that an export names.
     */
    private void spaceMember(Doc m, Space space, User user, String predefined, long customRole) {
      if (customRole != 0) {
        Instant created = m.time("created_at", now);
        s.roleBindings.put(new RoleBinding(number(m, "binding_id", "RoleBinding", s.roleBindings),
            suffix(m, "binding_id"), account, user.num(), customRole, "SPACE", space.num(), space.num(), created,
            m.time("updated_at", created)));
      }
      s.spaceMemberships.put(new SpaceMembership(number(m, "SpaceMembership", s.spaceMemberships), suffix(m), account,
          space.org(), space.num(), user.num(), customRole != 0 ? null : predefined));
    }

    private void annotator(Doc m, User user, String role) {
      if ("ANNOTATOR".equals(user.role()) != "ANNOTATOR".equals(role)) {
        throw new SeedException(m.path("role") + ": ANNOTATOR roles go to ANNOTATOR users only, and they get no other.");
      }
    }

    private User userRef(Doc d) {
      Object found = lookup(d, "user", d.string("user", null));
      if (!(found instanceof User user)) {
        throw new SeedException(d.path("user") + ": not a user.");
      }
      return user;
    }

    private Role custom(Doc d, String field, String ref) {
      Object found = lookup(d, field, ref);
      if (!(found instanceof Role role)) {
        throw new SeedException(d.path(field) + ": not a custom role.");
      }
      return role;
    }

    private long predefinedNumber(String ref) {
      for (PredefinedRoles.Predefined p : PredefinedRoles.ROLES) {
        if (p.name().equals(ref) || p.id().equals(ref)) {
          return p.number();
        }
      }
      return 0;
    }

    private Object lookup(Doc d, String field, String ref) {
      if (ref == null) {
        throw new SeedException(d.path(field) + ": is required.");
      }
      Object found = refs.get(ref);
      if (found == null) {
        GlobalId id = GlobalId.parse(ref);
        if (id != null) {
          found = switch (id.type()) {
            case "User" -> s.users.get(id.number()).filter(u -> u.account() == account).orElse(null);
            case "Organization" -> s.organizations.get(id.number()).filter(o -> o.account() == account).orElse(null);
            case "Space" -> s.spaces.get(id.number()).filter(o -> o.account() == account).orElse(null);
            case "Role" -> s.roles.get(id.number()).filter(o -> o.account() == account).orElse(null);
            case "Model", "Project" -> s.projects.get(id.number()).filter(o -> o.account() == account).orElse(null);
            default -> null;
          };
        }
      }
      if (found == null) {
        throw new SeedException(d.path(field) + ": unknown reference '" + ref + "'.");
      }
      return found;
    }
  }

  /**
   * The whole state in the seed format, as the API shows it now (a key whose grace period ended is
   * REVOKED; IDs, times and last uses included; API keys as key_hash, never raw), marked
   * {@code complete}: seeding it replaces the whole state instead of merging into the fresh one.
   */
  Map<String, Object> export(State s) {
    List<Object> accounts = new ArrayList<>();
    for (Account account : s.accounts.all()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("name", account.name());
      a.put("saml_enforced", account.samlEnforced());
      List<Object> users = new ArrayList<>();
      for (User u : s.usersByAccount.find(account.num()).values()) {
        if (u.bot()) {
          continue;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", u.email());
        m.put("id", GlobalId.of("User", u.num(), u.suffix()));
        m.put("name", u.name());
        m.put("email", u.email());
        m.put("role", u.role());
        m.put("status", u.status());
        m.put("is_developer", u.developer());
        m.put("sso", u.sso());
        m.put("created_at", Wire.time(u.createdAt()));
        List<Object> keys = new ArrayList<>();
        for (ApiKey k : s.apiKeysByOwner.find(u.num()).values()) {
          keys.add(keyCommon(k));
        }
        m.put("api_keys", keys);
        users.add(m);
      }
      a.put("users", users);
      List<Object> roles = new ArrayList<>();
      for (Role r : s.rolesByAccount.find(account.num()).values()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", "role-" + r.num());
        m.put("id", GlobalId.of("Role", r.num(), r.suffix()));
        m.put("name", r.name());
        m.put("description", r.description());
        m.put("permissions", r.permissions());
        m.put("created_at", Wire.time(r.createdAt()));
        m.put("updated_at", Wire.time(r.updatedAt()));
        roles.add(m);
      }
      a.put("roles", roles);
      List<Object> orgs = new ArrayList<>();
      for (Organization o : s.organizationsByAccount.find(account.num()).values()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", "org-" + o.num());
        m.put("id", Wire.orgId(o));
        m.put("name", o.name());
        m.put("description", o.description());
        m.put("created_at", Wire.time(o.createdAt()));
        List<Object> members = new ArrayList<>();
        for (OrgMembership om : s.orgMembershipsByOrg.find(o.num()).values()) {
          if (s.users.get(om.user()).map(User::bot).orElse(true)) {
            continue;
          }
          Map<String, Object> member = new LinkedHashMap<>();
          member.put("id", GlobalId.of("OrganizationMembership", om.num(), om.suffix()));
          member.put("user", userRef(s, om.user()));
          member.put("role", om.role());
          members.add(member);
        }
        m.put("members", members);
        List<Object> spaces = new ArrayList<>();
        for (Space sp : s.spacesByOrg.find(o.num()).values()) {
          Map<String, Object> sm = new LinkedHashMap<>();
          sm.put("ref", "space-" + sp.num());
          sm.put("id", Wire.spaceId(sp));
          sm.put("name", sp.name());
          sm.put("description", sp.description());
          sm.put("created_at", Wire.time(sp.createdAt()));
          List<Object> spaceMembers = new ArrayList<>();
          for (SpaceMembership mm : s.spaceMembershipsBySpace.find(sp.num()).values()) {
            if (s.users.get(mm.user()).map(User::bot).orElse(true)) {
              continue;
            }
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("user", userRef(s, mm.user()));
            spaceRole(s, mm, member);
            spaceMembers.add(member);
          }
          sm.put("members", spaceMembers);
          List<Object> projects = new ArrayList<>();
          for (Project p : s.projectsBySpace.find(sp.num()).values()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("ref", "project-" + p.num());
            pm.put("id", Wire.projectId(p));
            pm.put("name", p.name());
            pm.put("restricted", s.restrictions.get(p.num()).isPresent());
            pm.put("created_at", Wire.time(p.createdAt()));
            s.restrictions.get(p.num()).ifPresent(r -> pm.put("restricted_at", Wire.time(r.createdAt())));
            projects.add(pm);
          }
          sm.put("projects", projects);
          spaces.add(sm);
        }
        m.put("spaces", spaces);
        orgs.add(m);
      }
      a.put("organizations", orgs);
      List<Object> bindings = new ArrayList<>();
      for (RoleBinding b : s.bindingsByAccount.find(account.num()).values()) {
        boolean membership = "SPACE".equals(b.resourceType()) && s.spaceMembershipsByPair
            .first(List.of(b.resource(), b.user())).map(mm -> mm.role() == null).orElse(false);
        if (membership || s.users.get(b.user()).map(User::bot).orElse(true)) {
          continue;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", "binding-" + b.num());
        m.put("id", GlobalId.of("RoleBinding", b.num(), b.suffix()));
        m.put("user", userRef(s, b.user()));
        PredefinedRoles.Predefined p = PredefinedRoles.byNumber(b.role());
        m.put("role", p != null ? p.name() : "role-" + b.role());
        m.put("resource_type", b.resourceType());
        m.put("resource", "SPACE".equals(b.resourceType()) ? "space-" + b.resource() : "project-" + b.resource());
        m.put("created_at", Wire.time(b.createdAt()));
        m.put("updated_at", Wire.time(b.updatedAt()));
        bindings.add(m);
      }
      a.put("role_bindings", bindings);
      List<Object> serviceKeys = new ArrayList<>();
      for (ApiKey k : s.apiKeysByAccount.find(account.num()).values()) {
        if (!"SERVICE".equals(k.type())) {
          continue;
        }
        Map<String, Object> m = keyCommon(k);
        m.put("created_by", userRef(s, k.createdBy()));
        User bot = s.users.get(k.owner()).orElseThrow();
        m.put("bot_id", GlobalId.of("User", bot.num(), bot.suffix()));
        m.put("account_role", bot.role());
        List<Object> orgViews = new ArrayList<>();
        // a refreshed key shares its bot (and the bot's memberships) with the key it replaced: once is enough
        boolean first = s.apiKeysByOwner.find(bot.num()).firstKey() == k.num();
        for (OrgMembership om : first ? s.orgMembershipsByUser.find(bot.num()).values() : List.<OrgMembership>of()) {
          Map<String, Object> ov = new LinkedHashMap<>();
          ov.put("id", GlobalId.of("OrganizationMembership", om.num(), om.suffix()));
          ov.put("org", "org-" + om.org());
          ov.put("role", om.role());
          List<Object> spaceViews = new ArrayList<>();
          for (SpaceMembership sm : s.spaceMembershipsByOrgUser.find(List.of(om.org(), bot.num())).values()) {
            Map<String, Object> sv = new LinkedHashMap<>();
            sv.put("space", "space-" + sm.space());
            spaceRole(s, sm, sv);
            spaceViews.add(sv);
          }
          ov.put("spaces", spaceViews);
          orgViews.add(ov);
        }
        m.put("organizations", orgViews);
        serviceKeys.add(m);
      }
      a.put("service_keys", serviceKeys);
      accounts.add(a);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("complete", true);
    out.put("accounts", accounts);
    return out;
  }

  /** A space membership's ID and role; a CUSTOM role with the ID and times of the binding holding it. */
  private static void spaceRole(State s, SpaceMembership membership, Map<String, Object> into) {
    into.put("id", GlobalId.of("SpaceMembership", membership.num(), membership.suffix()));
    if (membership.role() != null) {
      into.put("role", membership.role());
      return;
    }
    RoleBinding binding = s.bindingsByUserResource.first(List.of(membership.user(), "SPACE", membership.space()))
        .orElseThrow();
    into.put("custom_role", "role-" + binding.role());
    into.put("binding_id", GlobalId.of("RoleBinding", binding.num(), binding.suffix()));
    into.put("created_at", Wire.time(binding.createdAt()));
    into.put("updated_at", Wire.time(binding.updatedAt()));
  }

  private Map<String, Object> keyCommon(ApiKey k) {
    Map<String, Object> km = new LinkedHashMap<>();
    km.put("ref", "key-" + k.num());
    km.put("id", GlobalId.of("ApiKey", k.num(), k.suffix()));
    km.put("name", k.name());
    km.put("description", k.description());
    km.put("key_hash", k.hash());
    km.put("redacted_key", k.redacted());
    String status = k.status(now);
    km.put("status", status);
    km.put("created_at", Wire.time(k.createdAt()));
    if (k.expiresAt() != null) {
      km.put("expires_at", Wire.time(k.expiresAt()));
    }
    if (k.revokeAtExpiry() && "ACTIVE".equals(status)) {
      km.put("revoke_at_expiry", true);
    }
    if (k.lastUsedAt() != null) {
      km.put("last_used_at", Wire.time(k.lastUsedAt()));
    }
    return km;
  }

  private static String userRef(State s, long user) {
    return s.users.get(user).map(User::email).orElse("");
  }

  /** A JSON object of a seed document, with its path for error messages. */
  private static final class Doc {
    private final Map<String, Object> fields;
    private final String path;

    Doc(Map<String, Object> fields, String path) {
      this.fields = fields;
      this.path = path;
    }

    String path(String field) {
      return field.isEmpty() ? path : path + "." + field;
    }

    Doc with(String field, Object value) {
      Map<String, Object> copy = new LinkedHashMap<>(fields);
      copy.put(field, value);
      return new Doc(copy, path);
    }

    String string(String field, String fallback) {
      Object value = fields.get(field);
      if (value == null) {
        return fallback;
      }
      if (!(value instanceof String text)) {
        throw new SeedException(path(field) + ": must be a string.");
      }
      return text;
    }

    boolean bool(String field, boolean fallback) {
      Object value = fields.get(field);
      if (value == null) {
        return fallback;
      }
      if (!(value instanceof Boolean b)) {
        throw new SeedException(path(field) + ": must be true or false.");
      }
      return b;
    }

    String oneOf(String field, Set<String> allowed, String fallback) {
      String value = string(field, fallback);
      if (value != null && !allowed.contains(value)) {
        throw new SeedException(path(field) + ": '" + value + "' is not one of " + new java.util.TreeSet<>(allowed) + ".");
      }
      return value;
    }

    Instant time(String field, Instant fallback) {
      String value = string(field, null);
      if (value == null) {
        return fallback;
      }
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException bad) {
        throw new SeedException(path(field) + ": '" + value + "' is not an RFC 3339 date-time.");
      }
    }

    List<String> strings(String field) {
      Object value = fields.get(field);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
        throw new SeedException(path(field) + ": must be an array of strings.");
      }
      return list.stream().map(String.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    List<Doc> objects(String field) {
      Object value = fields.get(field);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof List<?> list)) {
        throw new SeedException(path(field) + ": must be an array.");
      }
      List<Doc> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (!(list.get(i) instanceof Map)) {
          throw new SeedException(path(field) + "[" + i + "]: must be an object.");
        }
        out.add(new Doc((Map<String, Object>) list.get(i), path(field) + "[" + i + "]"));
      }
      return out;
    }
  }
}
