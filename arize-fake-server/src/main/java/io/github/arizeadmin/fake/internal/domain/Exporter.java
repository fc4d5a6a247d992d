package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records;
import io.github.arizeadmin.fake.internal.store.Records.Account;
import io.github.arizeadmin.fake.internal.store.Records.OrgMembership;
import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.Project;
import io.github.arizeadmin.fake.internal.store.Records.Restriction;
import io.github.arizeadmin.fake.internal.store.Records.RoleBinding;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Tags;
import io.github.arizeadmin.fake.state.ApiKeyStatus;
import io.github.arizeadmin.fake.state.ApiKeyType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * The whole state as a seed document ({@link Seed}), read lazily while it is written, as the API
 * shows it now: a key whose grace period ended is REVOKED; API keys as their hash (never raw);
 * every object with its global ID (memberships, a CUSTOM space role's binding and a service key's
 * bot included) and its times (creation, last change, restriction, last use); refs made from
 * numbers ({@code org-7}) except users (their email). Seeding the export into a fresh fake gives
 * the same state back, and every list and get answers the same.
 */
final class Exporter {
  private final State s;
  private final Instant now;

  Exporter(State s, Instant now) {
    this.s = s;
    this.now = now;
  }

  List<Seed.Account> accounts() {
    List<Seed.Account> out = new ArrayList<>();
    int i = 0;
    for (Account account : s.accounts().all()) {
      Seed.Path path = new Seed.Path(null, "accounts", i++);
      long num = account.num();
      out.add(new Seed.Account(path, account.name(), account.samlEnforced(),
          map(filter(s.users().ofAccount(num, 0), u -> !u.bot()), this::user),
          map(s.roles().ofAccount(num, 0), r -> new Seed.Role(path, "role-" + r.num(), RoleService.view(r).id(),
              RoleService.fields(r), r.createdAt(), r.updatedAt())),
          map(s.organizations().ofAccount(num, 0), this::organization),
          map(filter(s.roleBindings().ofAccount(num, 0), this::exported), this::binding),
          map(filter(s.apiKeys().ofAccount(num, 0), k -> k.type() == ApiKeyType.SERVICE), this::serviceKey)));
    }
    return out;
  }

  private Seed.User user(User u) {
    List<Seed.Key> keys = s.apiKeys().ofOwner(u.num()).stream().map(this::key).toList();
    return new Seed.User(null, u.email(), Lookups.userId(u), u.name(), u.email(), u.role(),
        u.deleted() ? "INACTIVE" : u.status().name(), u.developer(), u.sso(), u.createdAt(), keys);
  }

  private Seed.Key key(Records.ApiKey k) {
    ApiKeyStatus status = ApiKeyService.status(k, now);
    return new Seed.Key(null, "key-" + k.num(), GlobalId.of(GlobalId.API_KEY, k.num(), k.tag()), k.name(),
        k.description(), null, k.secret().hash(), k.secret().redacted(), status, k.life().createdAt(),
        k.life().expiresAt(), status == ApiKeyStatus.ACTIVE && k.life().revokeAtExpiry(),
        s.apiKeys().lastUsed(k.num()));
  }

  private Seed.Organization organization(Organization o) {
    return new Seed.Organization(null, "org-" + o.num(), Lookups.orgId(o),
        OrganizationService.fields(o), o.createdAt(),
        map(filter(s.orgMemberships().ofOrganization(o), m -> notBot(m.user())),
            m -> new Seed.OrgMember(null, orgMembershipId(m), email(m.user()), m.role())),
        map(s.spaces().ofOrganization(o, 0), this::space));
  }

  private Seed.Space space(Space sp) {
    return new Seed.Space(null, "space-" + sp.num(), Lookups.spaceId(sp),
        SpaceService.fields(sp), sp.createdAt(),
        map(filter(s.spaceMemberships().ofSpace(sp), m -> notBot(m.user())), this::member),
        map(s.projects().ofSpace(sp, 0), this::project));
  }

  private Seed.Project project(Project p) {
    Restriction restriction = s.restrictions().row(p.num());
    return new Seed.Project(null, "project-" + p.num(), Lookups.projectId(p), ProjectService.fields(p),
        restriction != null, p.createdAt(), restriction == null ? null : restriction.createdAt());
  }

  private Seed.SpaceMember member(SpaceMembership m) {
    RoleBinding held = m.custom() ? Access.customBinding(s, m) : null;
    return new Seed.SpaceMember(null, email(m.user()), m.role(), customRef(held), ids(m, held));
  }

  private static String customRef(RoleBinding held) {
    return held == null ? null : "role-" + held.role();
  }

  /** A space membership's ID and, for a CUSTOM role, the ID and times of the binding holding it. */
  private static Seed.MemberIds ids(SpaceMembership m, RoleBinding held) {
    String id = GlobalId.of(GlobalId.SPACE_MEMBERSHIP, m.num(), Tags.unpack(m.tag()));
    return held == null ? new Seed.MemberIds(id, null, null, null) : new Seed.MemberIds(id,
        GlobalId.of(GlobalId.ROLE_BINDING, held.num(), held.tag()), held.createdAt(), held.updatedAt());
  }

  private static String orgMembershipId(OrgMembership m) {
    return GlobalId.of(GlobalId.ORGANIZATION_MEMBERSHIP, m.num(), Tags.unpack(m.tag()));
  }

  /** Bindings that hold a CUSTOM space membership are written as that membership; bots' with their key. */
  private boolean exported(RoleBinding b) {
    if (!notBot(b.user())) {
      return false;
    }
    return !b.onSpace() || s.spaceMemberships().find(s.spaces().row(b.resource()), s.users().row(b.user()))
        .map(m -> !m.custom()).orElse(true);
  }

  private Seed.Binding binding(RoleBinding b) {
    PredefinedRoles.Predefined p = PredefinedRoles.byNumber(b.role());
    return new Seed.Binding(null, "binding-" + b.num(), GlobalId.of(GlobalId.ROLE_BINDING, b.num(), b.tag()),
        email(b.user()), p != null ? p.name() : "role-" + b.role(), b.resourceType(),
        (b.onSpace() ? "space-" : "project-") + b.resource(), b.createdAt(), b.updatedAt());
  }

  /**
   * A service key with its bot's ID; a refreshed key shares its bot (and the bot's memberships) with
   * the key it replaced, so only the bot's first key lists them.
   */
  private Seed.ServiceKey serviceKey(Records.ApiKey k) {
    User bot = s.users().row(k.owner());
    List<Seed.KeyOrganization> orgs = new ArrayList<>();
    if (s.apiKeys().ofOwner(bot.num()).get(0).num() == k.num()) {
      List<SpaceMembership> spaces = s.spaceMemberships().ofUser(bot);
      for (OrgMembership om : s.orgMemberships().ofUser(bot)) {
        List<Seed.KeySpace> inOrg = new ArrayList<>();
        for (SpaceMembership m : spaces) {
          if (s.spaces().row(m.space()).org() == om.org()) {
            RoleBinding held = m.custom() ? Access.customBinding(s, m) : null;
            inOrg.add(new Seed.KeySpace(null, "space-" + m.space(), m.role(), customRef(held), ids(m, held)));
          }
        }
        orgs.add(new Seed.KeyOrganization(null, orgMembershipId(om), "org-" + om.org(), om.role(), inOrg));
      }
    }
    return new Seed.ServiceKey(key(k), email(k.createdBy()), Lookups.userId(bot), bot.role(), orgs);
  }

  private boolean notBot(long user) {
    User u = s.users().row(user);
    return u != null && !u.bot();
  }

  private String email(long user) {
    User u = s.users().row(user);
    return u == null ? "" : u.email();
  }

  private static <A, B> Iterable<B> map(Iterable<A> from, Function<A, B> f) {
    return () -> StreamSupport.stream(from.spliterator(), false).map(f).iterator();
  }

  private static <A> Iterable<A> filter(Iterable<A> from, Predicate<A> keep) {
    return () -> StreamSupport.stream(from.spliterator(), false).filter(keep).iterator();
  }
}
