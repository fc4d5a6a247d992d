package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.CreatedUser;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.OrganizationMembership;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.testing.ReadmeBlocks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's onboarding example, run against the fake server exactly as printed there. */
class OnboardingTest extends FakeServerTest {

  @Test
  void onboardingAUserByNames() {
    seed("""
        {"accounts":[{"name":"default",
          "roles":[{"ref":"ds","name":"Data Scientist","permissions":["PROJECT_READ","PROJECT_SPAN_READ"]}],
          "organizations":[{"ref":"acme","name":"Acme","spaces":[
            {"name":"team-alpha","projects":[{"name":"fraud-model"}]},
            {"name":"team-beta"}]}]}]}
        """);
    // --- README: onboarding ---
    CreatedUser jane = client.users().create("Jane Doe", "jane@example.com", AccountRole.MEMBER, InviteMode.EMAIL_LINK);
    OrganizationMembership org = client.organizations().addUser("Acme", jane.id(), OrganizationRole.MEMBER);
    SpaceMembership alpha = client.spaces().addUser("team-alpha", jane.id(), SpaceRole.MEMBER);
    SpaceMembership beta = client.spaces().addUser("team-beta", jane.id(), SpaceRole.READ_ONLY);
    RoleBinding binding = client.roleBindings().createOnProject(jane.id(), "Data Scientist", "fraud-model", "team-alpha");

    // What Jane can reach: her memberships (v2 has no per-user membership list;
    // the upserts return them) and every role binding naming her, on spaces and projects.
    List<String> reach = new ArrayList<>();
    reach.add("organization " + org.organizationId() + " as " + org.role());
    for (SpaceMembership space : List.of(alpha, beta)) {
      reach.add("space " + space.spaceId() + " as " + space.role());
    }
    for (ResourceType type : List.of(ResourceType.SPACE, ResourceType.PROJECT)) {
      client.roleBindings().listAll(type, jane.id())
          .forEach(b -> reach.add(type + " " + b.resourceId() + " with role " + b.roleId()));
    }
    reach.forEach(System.out::println);
    // --- end of README: onboarding ---

    assertThat(jane.created()).isTrue();
    assertThat(jane.user().email()).isEqualTo("jane@example.com");
    assertThat(org.role()).isEqualTo(OrganizationRole.MEMBER);
    assertThat(alpha.role()).isEqualTo(SpaceRole.MEMBER);
    assertThat(beta.role()).isEqualTo(SpaceRole.READ_ONLY);
    assertThat(alpha.spaceId()).isEqualTo(client.spaces().get("team-alpha").id());
    assertThat(binding.resourceId()).isEqualTo(client.projects().get("fraud-model", "team-alpha").id());
    assertThat(binding.roleId()).isEqualTo(client.roles().get("Data Scientist").id());
    assertThat(reach).containsExactly(
        "organization " + org.organizationId() + " as MEMBER",
        "space " + alpha.spaceId() + " as MEMBER",
        "space " + beta.spaceId() + " as READ_ONLY",
        "PROJECT " + binding.resourceId() + " with role " + binding.roleId());
  }

  @Test
  void theReadmeShowsExactlyThisExample() throws Exception {
    ReadmeBlocks.assertShown(OnboardingTest.class, "onboarding");
  }
}
