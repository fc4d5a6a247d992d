package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.ArizeApi;
import io.github.arizeadmin.api.generated.model.CreateOrganizationRequest;
import io.github.arizeadmin.api.generated.model.CreateSpaceRequest;
import io.github.arizeadmin.api.generated.model.Organization;
import io.github.arizeadmin.api.generated.model.Space;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code name} filter of the organization and space lists keeps only what contains the whole
 * fragment, of the caller's own account, and (for spaces) of the organization asked for: the name
 * index the fake answers from is shared by every account and only narrows the candidates, so each of
 * these rules is what keeps another account's or another organization's records out of the answer.
 */
class NameFiltersTest extends FakeTest {
  private SeedResult ids;
  private ArizeApi other;

  @BeforeEach
  void team() {
    ids = seed(Team.SEED);
    other = api(Team.OTHER_ADMIN);
  }

  private List<String> organizations(ArizeApi caller, String name) {
    return ok(caller.organizations().listOrganizations(name, 100, null)).getOrganizations().stream()
        .map(Organization::getName).toList();
  }

  private List<String> spaces(ArizeApi caller, String orgId, String name) {
    return ok(caller.spaces().listSpaces(orgId, name, 100, null)).getSpaces().stream().map(Space::getName).toList();
  }

  @Test
  void aNameMatchInAnotherAccountIsNotListed() {
    assertThat(organizations(admin, "Organization")).containsExactly("Default Organization");
    assertThat(organizations(other, "Org")).containsExactly("Other Org");
    assertThat(spaces(admin, null, "space")).containsExactly("Default Space");
    assertThat(spaces(other, null, "space")).containsExactly("other-space");
  }

  @Test
  void aNameMatchInAnotherOrganizationIsNotListedWhenAnOrganizationIsAsked() {
    assertThat(spaces(admin, ids.id("acme"), "Space")).isEmpty();
    assertThat(spaces(admin, ids.id("acme"), "alp")).containsExactly("alpha");
    assertThat(spaces(admin, null, "Space")).containsExactly("Default Space");
  }

  @Test
  void aNameHoldingEveryPieceOfTheFragmentButNotTheFragmentIsNotListed() {
    ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("xyz yzw")));
    ok(admin.spaces().createSpace(new CreateSpaceRequest().name("xyz yzw").organizationId(ids.id("acme"))));

    assertThat(organizations(admin, "xyzw")).isEmpty();
    assertThat(organizations(admin, "XYZ Y")).containsExactly("xyz yzw");
    assertThat(spaces(admin, null, "xyzw")).isEmpty();
    assertThat(spaces(admin, ids.id("acme"), "xyzw")).isEmpty();
    assertThat(spaces(admin, ids.id("acme"), "Z YZ")).containsExactly("xyz yzw");
  }
}
