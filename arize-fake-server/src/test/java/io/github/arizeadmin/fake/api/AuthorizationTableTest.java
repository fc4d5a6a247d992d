package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.ArizeApi;
import io.github.arizeadmin.api.generated.model.AddOrganizationUserRequest;
import io.github.arizeadmin.api.generated.model.AddSpaceUserRequest;
import io.github.arizeadmin.api.generated.model.ApiKeyType;
import io.github.arizeadmin.api.generated.model.CreateOrganizationRequest;
import io.github.arizeadmin.api.generated.model.CreateProjectRequest;
import io.github.arizeadmin.api.generated.model.CreateResourceRestrictionRequest;
import io.github.arizeadmin.api.generated.model.CreateRoleBindingRequest;
import io.github.arizeadmin.api.generated.model.CreateRoleRequest;
import io.github.arizeadmin.api.generated.model.CreateSpaceRequest;
import io.github.arizeadmin.api.generated.model.CreateUserApiKeyRequest;
import io.github.arizeadmin.api.generated.model.CreateUserRequest;
import io.github.arizeadmin.api.generated.model.InviteMode;
import io.github.arizeadmin.api.generated.model.Permission;
import io.github.arizeadmin.api.generated.model.RefreshApiKeyRequest;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import io.github.arizeadmin.api.generated.model.UpdateOrganizationRequest;
import io.github.arizeadmin.api.generated.model.UpdateProjectRequest;
import io.github.arizeadmin.api.generated.model.UpdateRoleBindingRequest;
import io.github.arizeadmin.api.generated.model.UpdateRoleRequest;
import io.github.arizeadmin.api.generated.model.UpdateSpaceRequest;
import io.github.arizeadmin.api.generated.model.UpdateUserRequest;
import io.github.arizeadmin.fake.support.ContractValidator;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;

/**
 * The module README's authorization table, checked cell by cell: every operation called by every
 * kind of caller, on a fresh seeded state each time, must answer the status the README states, so
 * the README cannot drift from what the fake does.
 */
class AuthorizationTableTest extends FakeTest {
  /** Callers: account ADMIN, organization ADMIN, space ADMIN, MEMBER, READ_ONLY, ANNOTATOR, outsider, other account's admin. */
  private static final List<String> CALLERS = List.of("A", "OA", "SA", "M", "R", "AN", "O", "X");
  private static final Map<String, BiFunction<ArizeApi, Map<String, String>, Call<?>>> CALLS = new LinkedHashMap<>();
  private static final Map<String, Map<String, Integer>> README = readmeTable();

  private static void row(String operationId, BiFunction<ArizeApi, Map<String, String>, Call<?>> call) {
    CALLS.put(operationId, call);
  }

  /**
   * The module README's authorization table: operation to caller to status; the "Refused with"
   * cell must name every refusal status of the row.
   */
  private static Map<String, Map<String, Integer>> readmeTable() {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = lines.indexOf("## Authorization table");
    assertThat(start).as("README.md has an authorization table").isNotNegative();
    Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      assertThat(cells).as(line).hasSize(CALLERS.size() + 6);
      String operationId = cells[1].trim().replace("`", "");
      Map<String, Integer> statuses = new LinkedHashMap<>();
      for (int i = 0; i < CALLERS.size(); i++) {
        statuses.put(CALLERS.get(i), Integer.valueOf(cells[5 + i].trim()));
      }
      Set<Integer> named = Pattern.compile("\\b[45][0-9][0-9]\\b").matcher(cells[4]).results()
          .map(m -> Integer.valueOf(m.group())).collect(Collectors.toCollection(TreeSet::new));
      assertThat(named).as("%s: the \"Refused with\" cell names every refusal of the row", operationId)
          .containsAll(statuses.values().stream().filter(s -> s >= 400).toList());
      assertThat(table.put(operationId, statuses)).as("%s appears once", operationId).isNull();
    }
    return table;
  }

  static {
    row("listOrganizations", (api, id) -> api.organizations().listOrganizations(null, null, null));
    row("createOrganization",
        (api, id) -> api.organizations().createOrganization(new CreateOrganizationRequest().name("New Org")));
    row("getOrganization", (api, id) -> api.organizations().getOrganization(id.get("acme")));
    row("updateOrganization", (api, id) -> api.organizations().updateOrganization(id.get("acme"),
            new UpdateOrganizationRequest().description("x")));
    row("deleteOrganization", (api, id) -> api.organizations().deleteOrganization(id.get("acme")));
    row("addOrganizationUser", (api, id) -> api.organizations().addOrganizationUser(id.get("acme"),
            new AddOrganizationUserRequest().userId(id.get("outsider")).role(orgRole("MEMBER"))));
    row("removeOrganizationUser",
        (api, id) -> api.organizations().removeOrganizationUser(id.get("acme"), id.get("plain")));
    row("listSpaces", (api, id) -> api.spaces().listSpaces(null, null, null, null));
    row("createSpace",
        (api, id) -> api.spaces().createSpace(new CreateSpaceRequest().name("new").organizationId(id.get("acme"))));
    row("getSpace", (api, id) -> api.spaces().getSpace(id.get("alpha")));
    row("updateSpace",
        (api, id) -> api.spaces().updateSpace(id.get("alpha"), new UpdateSpaceRequest().description("x")));
    row("deleteSpace", (api, id) -> api.spaces().deleteSpace(id.get("alpha")));
    row("addSpaceUser", (api, id) -> api.spaces().addSpaceUser(id.get("alpha"),
            new AddSpaceUserRequest().userId(id.get("plain")).role(spaceRole("MEMBER"))));
    row("removeSpaceUser", (api, id) -> api.spaces().removeSpaceUser(id.get("alpha"), id.get("reader")));
    row("listUsers", (api, id) -> api.users().listUsers(null, null, null, null));
    row("createUser", (api, id) -> api.users().createUser(new CreateUserRequest().name("N").email("n@example.com")
            .role(userRole("MEMBER")).inviteMode(InviteMode.EMAIL_LINK)));
    row("getUser", (api, id) -> api.users().getUser(id.get("plain")));
    row("updateUser", (api, id) -> api.users().updateUser(id.get("plain"), new UpdateUserRequest().name("P")));
    row("deleteUser", (api, id) -> api.users().deleteUser(id.get("plain")));
    row("resendUserInvitation", (api, id) -> api.users().resendUserInvitation(id.get("invitee")));
    row("resetUserPassword", (api, id) -> api.users().resetUserPassword(id.get("plain")));
    row("listRoles", (api, id) -> api.roles().listRoles(null, null, null));
    row("createRole", (api, id) -> api.roles().createRole(new CreateRoleRequest().name("R2")
            .permissions(List.of(Permission.PROJECT_READ))));
    row("getRole", (api, id) -> api.roles().getRole(id.get("ds")));
    row("updateRole", (api, id) -> api.roles().updateRole(id.get("ds"), new UpdateRoleRequest().description("x")));
    row("deleteRole", (api, id) -> api.roles().deleteRole(id.get("ds")));
    row("listRoleBindings",
        (api, id) -> api.roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, null, null, null));
    row("createRoleBinding",
        (api, id) -> api.roleBindings().createRoleBinding(new CreateRoleBindingRequest().userId(id.get("plain"))
            .roleId(id.get("ds")).resourceType(RoleBindingResourceType.SPACE).resourceId(id.get("beta"))));
    row("getRoleBinding", (api, id) -> api.roleBindings().getRoleBinding(id.get("binding")));
    row("updateRoleBinding", (api, id) -> api.roleBindings().updateRoleBinding(id.get("binding"),
            new UpdateRoleBindingRequest().roleId(id.get("ds"))));
    row("deleteRoleBinding", (api, id) -> api.roleBindings().deleteRoleBinding(id.get("binding")));
    row("listResourceRestrictions", (api, id) -> api.resourceRestrictions().listResourceRestrictions(null, null, null));
    row("createResourceRestriction", (api, id) -> api.resourceRestrictions().createResourceRestriction(
            new CreateResourceRestrictionRequest().resourceId(id.get("fraud"))));
    row("deleteResourceRestriction",
        (api, id) -> api.resourceRestrictions().deleteResourceRestriction(id.get("secret")));
    row("listApiKeys", (api, id) -> api.apiKeys().listApiKeys(null, null, null, null, null, null));
    row("createApiKey",
        (api, id) -> api.apiKeys().createApiKey(new CreateUserApiKeyRequest().keyType(ApiKeyType.USER).name("k")));
    row("refreshApiKey", (api, id) -> api.apiKeys().refreshApiKey(id.get("member-key"), new RefreshApiKeyRequest()));
    row("revokeApiKey", (api, id) -> api.apiKeys().revokeApiKey(id.get("member-key")));
    row("listProjects", (api, id) -> api.projects().listProjects(null, null, null, null, null));
    row("createProject",
        (api, id) -> api.projects().createProject(new CreateProjectRequest().name("new").spaceId(id.get("alpha"))));
    row("getProject", (api, id) -> api.projects().getProject(id.get("fraud")));
    row("updateProject",
        (api, id) -> api.projects().updateProject(id.get("fraud"), new UpdateProjectRequest().name("renamed")));
    row("deleteProject", (api, id) -> api.projects().deleteProject(id.get("fraud")));
  }

  @Test
  void theReadmeTableCoversEveryOperationOfTheContract() {
    assertThat(README.keySet()).containsExactlyElementsOf(ContractValidator.operationIds());
    assertThat(CALLS.keySet()).containsExactlyInAnyOrderElementsOf(ContractValidator.operationIds());
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    README.forEach((op, row) -> CALLERS.forEach(c -> out.add(Arguments.of(op, c, row.get(c)))));
    return out.stream();
  }

  @ParameterizedTest(name = "{0} as {1} -> {2}")
  @MethodSource("cases")
  void operationAsCaller(String operationId, String caller, int expected) {
    Map<String, String> ids = new HashMap<>(seed(Team.SEED).ids());
    ids.put("invitee", ok(admin.users().createUser(new CreateUserRequest().name("Invitee").email("invitee@example.com")
        .role(userRole("MEMBER")).inviteMode(InviteMode.EMAIL_LINK))).getId());
    ids.put("binding", ok(admin.roleBindings().createRoleBinding(new CreateRoleBindingRequest().userId(ids.get("plain"))
        .roleId(ids.get("ds")).resourceType(RoleBindingResourceType.PROJECT).resourceId(ids.get("fraud")))).getId());
    ids.put("secret", ok(admin.projects().createProject(new CreateProjectRequest().name("secret")
        .spaceId(ids.get("alpha")))).getId());
    ok(admin.resourceRestrictions().createResourceRestriction(new CreateResourceRestrictionRequest()
        .resourceId(ids.get("secret"))));
    String key = switch (caller) {
      case "A" -> fake.adminKey();
      case "OA" -> Team.ORG_ADMIN;
      case "SA" -> Team.SPACE_ADMIN;
      case "M" -> Team.MEMBER;
      case "R" -> Team.READER;
      case "AN" -> Team.ANNOTATOR;
      case "O" -> Team.OUTSIDER;
      default -> Team.OTHER_ADMIN;
    };
    assertThat(status(CALLS.get(operationId).apply(api(key), ids))).as("%s as %s (README.md)", operationId, caller)
        .isEqualTo(expected);
  }
}
