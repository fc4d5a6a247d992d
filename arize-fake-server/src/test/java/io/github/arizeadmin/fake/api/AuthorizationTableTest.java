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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;

/**
 * The authorization table (the brief's, where the reference is silent): every operation called
 * by every kind of caller, on a fresh seeded state each time, with the expected status.
 */
class AuthorizationTableTest extends FakeTest {
  /** Callers: account ADMIN, organization ADMIN, space ADMIN, MEMBER, READ_ONLY, ANNOTATOR, outsider, other account's admin. */
  private static final List<String> CALLERS = List.of("A", "OA", "SA", "M", "R", "AN", "O", "X");
  private static final Map<String, Row> TABLE = new LinkedHashMap<>();

  private record Row(BiFunction<ArizeApi, Map<String, String>, Call<?>> call, Map<String, Integer> expected) {
  }

  private static void row(String operationId, String expected, BiFunction<ArizeApi, Map<String, String>, Call<?>> call) {
    Map<String, Integer> statuses = new HashMap<>();
    for (String pair : expected.trim().split("\\s+")) {
      String[] kv = pair.split("=");
      statuses.put(kv[0], Integer.valueOf(kv[1]));
    }
    assertThat(statuses.keySet()).as(operationId).containsExactlyInAnyOrderElementsOf(CALLERS);
    TABLE.put(operationId, new Row(call, statuses));
  }

  static {
    row("listOrganizations", "A=200 OA=200 SA=200 M=200 R=200 AN=200 O=200 X=200",
        (api, id) -> api.organizations().listOrganizations(null, null, null));
    row("createOrganization", "A=201 OA=403 SA=403 M=403 R=403 AN=403 O=403 X=201",
        (api, id) -> api.organizations().createOrganization(new CreateOrganizationRequest().name("New Org")));
    row("getOrganization", "A=200 OA=200 SA=200 M=200 R=200 AN=200 O=404 X=404",
        (api, id) -> api.organizations().getOrganization(id.get("acme")));
    row("updateOrganization", "A=200 OA=200 SA=403 M=403 R=403 AN=403 O=404 X=404",
        (api, id) -> api.organizations().updateOrganization(id.get("acme"), new UpdateOrganizationRequest().description("x")));
    row("deleteOrganization", "A=204 OA=204 SA=403 M=403 R=403 AN=403 O=404 X=404",
        (api, id) -> api.organizations().deleteOrganization(id.get("acme")));
    row("addOrganizationUser", "A=200 OA=200 SA=403 M=403 R=403 AN=403 O=404 X=404",
        (api, id) -> api.organizations().addOrganizationUser(id.get("acme"),
            new AddOrganizationUserRequest().userId(id.get("outsider")).role(orgRole("MEMBER"))));
    row("removeOrganizationUser", "A=204 OA=204 SA=403 M=403 R=403 AN=403 O=404 X=404",
        (api, id) -> api.organizations().removeOrganizationUser(id.get("acme"), id.get("plain")));
    row("listSpaces", "A=200 OA=200 SA=200 M=200 R=200 AN=200 O=200 X=200",
        (api, id) -> api.spaces().listSpaces(null, null, null, null));
    row("createSpace", "A=201 OA=201 SA=403 M=403 R=403 AN=403 O=404 X=404",
        (api, id) -> api.spaces().createSpace(new CreateSpaceRequest().name("new").organizationId(id.get("acme"))));
    row("getSpace", "A=200 OA=200 SA=200 M=200 R=200 AN=200 O=404 X=404",
        (api, id) -> api.spaces().getSpace(id.get("alpha")));
    row("updateSpace", "A=200 OA=200 SA=200 M=403 R=403 AN=403 O=404 X=404",
        (api, id) -> api.spaces().updateSpace(id.get("alpha"), new UpdateSpaceRequest().description("x")));
    row("deleteSpace", "A=204 OA=204 SA=204 M=403 R=403 AN=403 O=404 X=404",
        (api, id) -> api.spaces().deleteSpace(id.get("alpha")));
    row("addSpaceUser", "A=200 OA=200 SA=200 M=403 R=403 AN=403 O=404 X=404",
        (api, id) -> api.spaces().addSpaceUser(id.get("alpha"),
            new AddSpaceUserRequest().userId(id.get("plain")).role(spaceRole("MEMBER"))));
    row("removeSpaceUser", "A=204 OA=204 SA=204 M=403 R=403 AN=403 O=404 X=404",
        (api, id) -> api.spaces().removeSpaceUser(id.get("alpha"), id.get("reader")));
    row("listUsers", "A=200 OA=200 SA=200 M=200 R=200 AN=403 O=200 X=200",
        (api, id) -> api.users().listUsers(null, null, null, null));
    row("createUser", "A=201 OA=403 SA=403 M=403 R=403 AN=403 O=403 X=201",
        (api, id) -> api.users().createUser(new CreateUserRequest().name("N").email("n@example.com")
            .role(userRole("MEMBER")).inviteMode(InviteMode.EMAIL_LINK)));
    row("getUser", "A=200 OA=200 SA=200 M=200 R=200 AN=404 O=200 X=404",
        (api, id) -> api.users().getUser(id.get("plain")));
    row("updateUser", "A=200 OA=403 SA=403 M=403 R=403 AN=403 O=403 X=404",
        (api, id) -> api.users().updateUser(id.get("plain"), new UpdateUserRequest().name("P")));
    row("deleteUser", "A=204 OA=403 SA=403 M=403 R=403 AN=403 O=403 X=404",
        (api, id) -> api.users().deleteUser(id.get("plain")));
    row("resendUserInvitation", "A=204 OA=403 SA=403 M=403 R=403 AN=403 O=403 X=404",
        (api, id) -> api.users().resendUserInvitation(id.get("invitee")));
    row("resetUserPassword", "A=204 OA=403 SA=403 M=403 R=403 AN=403 O=403 X=404",
        (api, id) -> api.users().resetUserPassword(id.get("plain")));
    row("listRoles", "A=200 OA=200 SA=200 M=200 R=200 AN=403 O=200 X=200",
        (api, id) -> api.roles().listRoles(null, null, null));
    row("createRole", "A=201 OA=403 SA=403 M=403 R=403 AN=403 O=403 X=201",
        (api, id) -> api.roles().createRole(new CreateRoleRequest().name("R2").permissions(List.of(Permission.PROJECT_READ))));
    row("getRole", "A=200 OA=200 SA=200 M=200 R=200 AN=200 O=200 X=404",
        (api, id) -> api.roles().getRole(id.get("ds")));
    row("updateRole", "A=200 OA=403 SA=403 M=403 R=403 AN=403 O=403 X=404",
        (api, id) -> api.roles().updateRole(id.get("ds"), new UpdateRoleRequest().description("x")));
    row("deleteRole", "A=204 OA=403 SA=403 M=403 R=403 AN=403 O=403 X=404",
        (api, id) -> api.roles().deleteRole(id.get("ds")));
    row("listRoleBindings", "A=200 OA=200 SA=200 M=200 R=200 AN=200 O=200 X=200",
        (api, id) -> api.roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, null, null, null));
    row("createRoleBinding", "A=201 OA=201 SA=403 M=403 R=403 AN=403 O=404 X=404",
        (api, id) -> api.roleBindings().createRoleBinding(new CreateRoleBindingRequest().userId(id.get("plain"))
            .roleId(id.get("ds")).resourceType(RoleBindingResourceType.SPACE).resourceId(id.get("beta"))));
    row("getRoleBinding", "A=200 OA=200 SA=200 M=200 R=200 AN=200 O=200 X=404",
        (api, id) -> api.roleBindings().getRoleBinding(id.get("binding")));
    row("updateRoleBinding", "A=200 OA=200 SA=200 M=404 R=404 AN=404 O=404 X=404",
        (api, id) -> api.roleBindings().updateRoleBinding(id.get("binding"),
            new UpdateRoleBindingRequest().roleId(id.get("ds"))));
    row("deleteRoleBinding", "A=204 OA=204 SA=204 M=404 R=404 AN=404 O=404 X=404",
        (api, id) -> api.roleBindings().deleteRoleBinding(id.get("binding")));
    row("listResourceRestrictions", "A=200 OA=200 SA=200 M=200 R=200 AN=200 O=200 X=200",
        (api, id) -> api.resourceRestrictions().listResourceRestrictions(null, null, null));
    row("createResourceRestriction", "A=200 OA=200 SA=200 M=403 R=403 AN=403 O=404 X=404",
        (api, id) -> api.resourceRestrictions().createResourceRestriction(
            new CreateResourceRestrictionRequest().resourceId(id.get("fraud"))));
    row("deleteResourceRestriction", "A=204 OA=204 SA=204 M=403 R=403 AN=403 O=404 X=404",
        (api, id) -> api.resourceRestrictions().deleteResourceRestriction(id.get("secret")));
    row("listApiKeys", "A=200 OA=200 SA=200 M=200 R=200 AN=403 O=200 X=200",
        (api, id) -> api.apiKeys().listApiKeys(null, null, null, null, null, null));
    row("createApiKey", "A=201 OA=201 SA=201 M=201 R=201 AN=403 O=201 X=201",
        (api, id) -> api.apiKeys().createApiKey(new CreateUserApiKeyRequest().keyType(ApiKeyType.USER).name("k")));
    row("refreshApiKey", "A=200 OA=403 SA=403 M=200 R=403 AN=403 O=403 X=404",
        (api, id) -> api.apiKeys().refreshApiKey(id.get("member-key"), new RefreshApiKeyRequest()));
    row("revokeApiKey", "A=204 OA=404 SA=404 M=204 R=404 AN=403 O=404 X=404",
        (api, id) -> api.apiKeys().revokeApiKey(id.get("member-key")));
    row("listProjects", "A=200 OA=200 SA=200 M=200 R=200 AN=200 O=200 X=200",
        (api, id) -> api.projects().listProjects(null, null, null, null, null));
    row("createProject", "A=201 OA=201 SA=201 M=201 R=403 AN=403 O=400 X=400",
        (api, id) -> api.projects().createProject(new CreateProjectRequest().name("new").spaceId(id.get("alpha"))));
    row("getProject", "A=200 OA=200 SA=200 M=200 R=200 AN=200 O=404 X=404",
        (api, id) -> api.projects().getProject(id.get("fraud")));
    row("updateProject", "A=200 OA=200 SA=200 M=200 R=403 AN=403 O=404 X=404",
        (api, id) -> api.projects().updateProject(id.get("fraud"), new UpdateProjectRequest().name("renamed")));
    row("deleteProject", "A=204 OA=204 SA=204 M=204 R=403 AN=403 O=404 X=404",
        (api, id) -> api.projects().deleteProject(id.get("fraud")));
  }

  @Test
  void theTableCoversEveryOperationOfTheContract() {
    assertThat(TABLE.keySet()).containsExactlyInAnyOrderElementsOf(ContractValidator.operationIds());
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    TABLE.forEach((op, row) -> CALLERS.forEach(c -> out.add(Arguments.of(op, c, row.expected().get(c)))));
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
    assertThat(status(TABLE.get(operationId).call().apply(api(key), ids))).as("%s as %s", operationId, caller)
        .isEqualTo(expected);
  }
}
