package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records;
import io.github.arizeadmin.fake.internal.store.Records.Account;
import io.github.arizeadmin.fake.internal.store.Records.OrgMembership;
import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.Project;
import io.github.arizeadmin.fake.internal.store.Records.RoleBinding;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.state.ApiKeyType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * The whole state as a seed document ({@link Seed}), read lazily while it is written: API keys as
 * their hash (never raw), every object with its global ID, refs made from numbers
 * ({@code org-7}) except users (their email). Seeding the export into a fresh fake gives the same
 * state back (IDs included).
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
              RoleService.fields(r), r.createdAt())),
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
    return new Seed.Key(null, "key-" + k.num(), GlobalId.of(GlobalId.API_KEY, k.num(), k.tag()), k.name(),
        k.description(), null, k.secret().hash(), k.secret().redacted(), ApiKeyService.status(k, now),
        k.life().createdAt(), k.life().expiresAt());
  }

  private Seed.Organization organization(Organization o) {
    return new Seed.Organization(null, "org-" + o.num(), Lookups.orgId(o),
        OrganizationService.fields(o), o.createdAt(),
        map(filter(s.orgMemberships().ofOrganization(o), m -> notBot(m.user())),
            m -> new Seed.OrgMember(null, email(m.user()), m.role())),
        map(s.spaces().ofOrganization(o, 0), this::space));
  }

  private Seed.Space space(Space sp) {
    return new Seed.Space(null, "space-" + sp.num(), Lookups.spaceId(sp),
        SpaceService.fields(sp), sp.createdAt(),
        map(filter(s.spaceMemberships().ofSpace(sp), m -> notBot(m.user())), this::member),
        map(s.projects().ofSpace(sp, 0), p -> new Seed.Project(null, "project-" + p.num(), Lookups.projectId(p),
            ProjectService.fields(p), s.restrictions().get(p.num()).isPresent(), p.createdAt())));
  }

  private Seed.SpaceMember member(SpaceMembership m) {
    return new Seed.SpaceMember(null, email(m.user()), m.role(), customRef(m));
  }

  private String customRef(SpaceMembership m) {
    return m.custom() ? "role-" + Access.customBinding(s, m).role() : null;
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
        (b.onSpace() ? "space-" : "project-") + b.resource(), b.createdAt());
  }

  private Seed.ServiceKey serviceKey(Records.ApiKey k) {
    User bot = s.users().row(k.owner());
    List<SpaceMembership> spaces = s.spaceMemberships().ofUser(bot);
    List<Seed.KeyOrganization> orgs = new ArrayList<>();
    for (OrgMembership om : s.orgMemberships().ofUser(bot)) {
      List<Seed.KeySpace> inOrg = spaces.stream().filter(m -> s.spaces().row(m.space()).org() == om.org())
          .map(m -> new Seed.KeySpace(null, "space-" + m.space(), m.role(), customRef(m))).toList();
      orgs.add(new Seed.KeyOrganization(null, "org-" + om.org(), om.role(), inOrg));
    }
    return new Seed.ServiceKey(key(k), email(k.createdBy()), bot.role(), orgs);
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
