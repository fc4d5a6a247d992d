package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.state.FakeState;
import io.github.arizeadmin.fake.state.Organization;
import io.github.arizeadmin.fake.state.Project;
import io.github.arizeadmin.fake.state.Role;
import io.github.arizeadmin.fake.state.Space;
import io.github.arizeadmin.fake.state.User;
import io.github.arizeadmin.fake.state.UserAccess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The typed snapshot of the whole state, built from the same views the API answers with. */
final class Snapshot {
  private Snapshot() {
  }

  static FakeState of(State s, Instant now) {
    List<User> users = new ArrayList<>();
    List<UserAccess> access = new ArrayList<>();
    List<Organization> orgs = new ArrayList<>();
    List<Space> spaces = new ArrayList<>();
    List<Project> projects = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    for (Records.Account account : s.accounts().all()) {
      for (Records.User u : s.users().ofAccount(account.num(), 0)) {
        if (u.bot() || u.deleted()) {
          continue;
        }
        User user = UserService.view(u);
        users.add(user);
        List<Records.ApiKey> keys = new ArrayList<>();
        s.apiKeys().ofCreator(u.num(), 0).forEach(keys::add);
        List<Records.RoleBinding> bindings = new ArrayList<>();
        s.roleBindings().ofUser(u.num(), 0).forEach(bindings::add);
        access.add(new UserAccess(user,
            s.orgMemberships().ofUser(u).stream().map(m -> OrganizationService.membershipView(s, m)).toList(),
            s.spaceMemberships().ofUser(u).stream().map(m -> SpaceService.membershipView(s, m)).toList(),
            bindings.stream().map(b -> RoleBindingService.view(s, b)).toList(),
            keys.stream().map(k -> ApiKeyService.view(s, k, now)).toList()));
      }
      for (Records.Organization o : s.organizations().ofAccount(account.num(), 0)) {
        orgs.add(OrganizationService.view(o));
      }
      s.spaces().ofAccount(account.num(), 0).forEach(sp -> spaces.add(SpaceService.view(s, sp)));
      s.projects().ofAccount(account.num(), 0).forEach(p -> projects.add(ProjectService.view(s, p)));
      s.roles().ofAccount(account.num(), 0).forEach(r -> roles.add(RoleService.view(r)));
    }
    return new FakeState(users, orgs, spaces, projects, roles, access);
  }
}
