package com.example.teamadmin;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.ApiKeyFilter;
import java.util.List;
import java.util.Optional;

/** A team's own automation of Arize administration: what the downstream tests exercise against the fake. */
public final class TeamAdmin {
  /** The custom role every team member gets in the team's space. */
  public static final String DATA_SCIENTIST = "Data Scientist";

  private final ArizeAdminClient arize;

  /**
   * @param arize the client to administer Arize with
   */
  public TeamAdmin(ArizeAdminClient arize) {
    this.arize = arize;
  }

  /**
   * Sets up a team, safe to run again: the organization, the team's space and the custom role,
   * each found by name or created.
   *
   * @param organization the organization's name
   * @param team the space's name
   * @return the team's space
   */
  public Space setUpTeam(String organization, String team) {
    arize.organizations().ensure(organization);
    arize.roles().ensure(DATA_SCIENTIST, List.of(Permission.PROJECT_READ, Permission.SPACE_READ), "Reads the team's models");
    return arize.spaces().ensure(team, organization);
  }

  /**
   * Adds someone to a team: to its organization as a member, then to its space with the custom role, by name.
   *
   * @param email the user's email
   * @param organization the organization's name
   * @param team the space's name
   * @return the space membership
   */
  public SpaceMembership onboard(String email, String organization, String team) {
    arize.organizations().addUser(organization, email, OrganizationRole.MEMBER);
    return arize.spaces().addUser(team, email, SpaceRole.custom(DATA_SCIENTIST));
  }

  /**
   * @param team a space's name
   * @return the space, if there is one of that name
   */
  public Optional<Space> findTeam(String team) {
    return arize.spaces().find(team);
  }

  /**
   * @param email a user's email
   * @return the user's own API keys that are active
   */
  public List<ApiKey> activeKeysOf(String email) {
    return arize.apiKeys().listAll(ApiKeyFilter.defaults().withKeyType(ApiKeyType.USER).withUser(email)).toList();
  }
}
