package io.github.arizeadmin.contract;

import static io.github.arizeadmin.contract.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.RetryPolicy;
import io.github.arizeadmin.core.ApiKeyFilter;
import io.github.arizeadmin.core.BadRequestException;
import io.github.arizeadmin.core.ConflictException;
import io.github.arizeadmin.core.ForbiddenException;
import io.github.arizeadmin.core.NotFoundException;
import io.github.arizeadmin.core.ProjectFilter;
import io.github.arizeadmin.core.RoleUpdate;
import io.github.arizeadmin.core.ServiceKeyRequest;
import io.github.arizeadmin.core.SpaceFilter;
import io.github.arizeadmin.core.UnauthorizedException;
import io.github.arizeadmin.core.UserFilter;
import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.model.UserStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumer pacts: what arize-admin-core, through its public API, sends and needs back, for the
 * success path of all 43 operations and the errors users must handle. One pact method per
 * resource group; each test exercises every interaction of its group against Pact's mock server.
 * The pact file lands in {@code target/pacts}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class ArizeAdminConsumerPactTest {

  static final String WORLD = "the Acme organization with space team-alpha, member jane, project fraud-model "
      + "and custom roles Data Scientist and Auditor";

  private static ArizeAdminClient client(MockServer server, String key) {
    return ArizeAdminClient.builder().baseUrl(server.getUrl()).apiKey(key).retryPolicy(RetryPolicy.none()).build();
  }

  private static PactDslRequestWithPath call(PactDslWithState state, String description, String method,
      String path, String example) {
    return call(state, description, method, path, example, ADMIN_KEY);
  }

  private static PactDslRequestWithPath call(PactDslWithState state, String description, String method,
      String path, String example, String key) {
    PactDslRequestWithoutPath request = state.uponReceiving(description).method(method);
    PactDslRequestWithPath withPath = path.contains("${") ? request.pathFromProviderState(path, example)
        : request.path(path);
    return withPath.matchHeader("Authorization", KEY_HEADER, "Bearer " + key);
  }

  private static PactDslResponse ok(PactDslRequestWithPath request, int status, PactDslJsonBody body) {
    return request.willRespondWith().status(status).body(body);
  }

  private static PactDslResponse noContent(PactDslRequestWithPath request) {
    return request.willRespondWith().status(204);
  }

  private static PactDslResponse problem(PactDslRequestWithPath request, int status) {
    return request.willRespondWith().status(status)
        .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json").body(problemBody(status));
  }

  private static PactDslJsonBody page(String field, java.util.function.UnaryOperator<PactDslJsonBody> item) {
    PactDslJsonBody body = new PactDslJsonBody();
    PactDslJsonBody element = body.minArrayLike(field, 1);
    item.apply(element);
    return (PactDslJsonBody) element.closeObject().closeArray().object("pagination").booleanType("has_more", false)
        .closeObject();
  }

  // ---------------------------------------------------------------- organizations

  @Pact(consumer = CONSUMER)
  V4Pact organizations(PactDslWithProvider builder) {
    PactDslResponse r = ok(call(builder.given(WORLD), "list organizations named Acme", "GET", "/v2/organizations", null)
        .query("name=Acme&limit=10"), 200, page("organizations", b -> organization(b, "Acme")));
    r = ok(call(r.given(WORLD), "create organization Acme ML", "POST", "/v2/organizations", null)
        .body(new PactDslJsonBody().stringValue("name", "Acme ML").stringValue("description", "Machine learning")),
        201, organization(new PactDslJsonBody(), "Acme ML"));
    r = ok(call(r.given(WORLD), "get organization Acme", "GET", "/v2/organizations/${orgId}", "/v2/organizations/" + ORG),
        200, organization(new PactDslJsonBody(), "Acme"));
    r = ok(call(r.given(WORLD), "rename organization Acme", "PATCH", "/v2/organizations/${orgId}",
        "/v2/organizations/" + ORG).body(new PactDslJsonBody().stringValue("name", "Acme Corp")),
        200, organization(new PactDslJsonBody(), "Acme Corp"));
    r = noContent(call(r.given(WORLD), "delete organization Acme", "DELETE", "/v2/organizations/${orgId}",
        "/v2/organizations/" + ORG));
    r = ok(call(r.given(WORLD), "make bob an ADMIN of Acme", "POST", "/v2/organizations/${orgId}/users",
        "/v2/organizations/" + ORG + "/users").body(predefinedRole(new PactDslJsonBody()
            .valueFromProviderState("user_id", "${bobId}", BOB), "role", "ADMIN")),
        200, predefinedRole(new PactDslJsonBody().stringMatcher("id", ID, id("OrganizationMembership:2:Om01"))
            .stringMatcher("user_id", ID, BOB).stringMatcher("organization_id", ID, ORG), "role", "ADMIN"));
    r = noContent(call(r.given(WORLD), "remove bob from Acme", "DELETE", "/v2/organizations/${orgId}/users/${bobId}",
        "/v2/organizations/" + ORG + "/users/" + BOB));
    return r.toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "organizations")
  void organizations(MockServer server) {
    try (ArizeAdminClient client = client(server, ADMIN_KEY)) {
      assertThat(client.organizations().list("Acme", 10, null).items()).isNotEmpty();
      assertThat(client.organizations().create("Acme ML", "Machine learning").name()).isEqualTo("Acme ML");
      assertThat(client.organizations().get(ORG).name()).isEqualTo("Acme");
      assertThat(client.organizations().update(ORG, "Acme Corp", null).name()).isEqualTo("Acme Corp");
      client.organizations().delete(ORG);
      assertThat(client.organizations().addUser(ORG, BOB, OrganizationRole.ADMIN).userId()).isEqualTo(BOB);
      client.organizations().removeUser(ORG, BOB);
    }
  }

  // ---------------------------------------------------------------- spaces

  @Pact(consumer = CONSUMER)
  V4Pact spaces(PactDslWithProvider builder) {
    PactDslResponse r = ok(call(builder.given(WORLD), "list spaces of Acme named team-alpha", "GET", "/v2/spaces", null)
        .query("name=team-alpha&limit=10").queryParameterFromProviderState("org_id", "${orgId}", ORG),
        200, page("spaces", b -> space(b, "team-alpha")));
    r = ok(call(r.given(WORLD), "create space team-beta in Acme", "POST", "/v2/spaces", null)
        .body(new PactDslJsonBody().stringValue("name", "team-beta")
            .valueFromProviderState("organization_id", "${orgId}", ORG).stringValue("description", "Second team")),
        201, space(new PactDslJsonBody(), "team-beta"));
    r = ok(call(r.given(WORLD), "get space team-alpha", "GET", "/v2/spaces/${spaceId}", "/v2/spaces/" + SPACE),
        200, space(new PactDslJsonBody(), "team-alpha"));
    r = ok(call(r.given(WORLD), "rename space team-alpha", "PATCH", "/v2/spaces/${spaceId}", "/v2/spaces/" + SPACE)
        .body(new PactDslJsonBody().stringValue("name", "team-omega")), 200, space(new PactDslJsonBody(), "team-omega"));
    r = noContent(call(r.given(WORLD), "delete space team-alpha", "DELETE", "/v2/spaces/${spaceId}",
        "/v2/spaces/" + SPACE));
    r = ok(call(r.given(WORLD), "add bob to team-alpha as READ_ONLY", "POST", "/v2/spaces/${spaceId}/users",
        "/v2/spaces/" + SPACE + "/users").body(predefinedRole(new PactDslJsonBody()
            .valueFromProviderState("user_id", "${bobId}", BOB), "role", "READ_ONLY")),
        200, predefinedRole(new PactDslJsonBody().stringMatcher("id", ID, id("SpaceMembership:2:Sm01"))
            .stringMatcher("user_id", ID, BOB).stringMatcher("space_id", ID, SPACE), "role", "READ_ONLY"));
    r = noContent(call(r.given(WORLD), "remove jane from team-alpha", "DELETE", "/v2/spaces/${spaceId}/users/${janeId}",
        "/v2/spaces/" + SPACE + "/users/" + JANE));
    return r.toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "spaces")
  void spaces(MockServer server) {
    try (ArizeAdminClient client = client(server, ADMIN_KEY)) {
      assertThat(client.spaces().list(SpaceFilter.defaults().withOrganization(ORG).withName("team-alpha"), 10, null).items()).isNotEmpty();
      assertThat(client.spaces().create("team-beta", ORG, "Second team").name()).isEqualTo("team-beta");
      assertThat(client.spaces().get(SPACE).name()).isEqualTo("team-alpha");
      assertThat(client.spaces().update(SPACE, "team-omega", null).name()).isEqualTo("team-omega");
      client.spaces().delete(SPACE);
      assertThat(client.spaces().addUser(SPACE, BOB, SpaceRole.READ_ONLY).spaceId()).isEqualTo(SPACE);
      client.spaces().removeUser(SPACE, JANE);
    }
  }

  // ---------------------------------------------------------------- users

  @Pact(consumer = CONSUMER)
  V4Pact users(PactDslWithProvider builder) {
    PactDslResponse r = ok(call(builder.given(WORLD), "list ACTIVE users with jane's email", "GET", "/v2/users", null)
        .query("email=jane@example.com&status=ACTIVE&limit=10"),
        200, page("users", b -> user(b, "Jane Doe", "jane@example.com", "ACTIVE", "MEMBER")));
    r = ok(call(r.given(WORLD), "create SSO user carol", "POST", "/v2/users", null)
        .body(predefinedRole(new PactDslJsonBody().stringValue("name", "Carol").stringValue("email", "carol@example.com")
            .stringValue("invite_mode", "NONE"), "role", "MEMBER")),
        201, user(new PactDslJsonBody(), "Carol", "carol@example.com", "ACTIVE", "MEMBER").stringValue("invite_mode", "NONE"));
    r = ok(call(r.given(WORLD), "get user jane", "GET", "/v2/users/${janeId}", "/v2/users/" + JANE),
        200, user(new PactDslJsonBody(), "Jane Doe", "jane@example.com", "ACTIVE", "MEMBER"));
    r = ok(call(r.given(WORLD), "rename user jane", "PATCH", "/v2/users/${janeId}", "/v2/users/" + JANE)
        .body(new PactDslJsonBody().stringValue("name", "Jane Q. Doe")),
        200, user(new PactDslJsonBody(), "Jane Q. Doe", "jane@example.com", "ACTIVE", "MEMBER"));
    r = noContent(call(r.given(WORLD), "delete user bob", "DELETE", "/v2/users/${bobId}", "/v2/users/" + BOB));
    r = noContent(call(r.given(WORLD), "resend the invitation of invited user ivan", "POST",
        "/v2/users/${ivanId}/resend-invitation", "/v2/users/" + IVAN + "/resend-invitation"));
    r = noContent(call(r.given(WORLD), "reset the password of bob", "POST", "/v2/users/${bobId}/reset-password",
        "/v2/users/" + BOB + "/reset-password"));
    return r.toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "users")
  void users(MockServer server) {
    try (ArizeAdminClient client = client(server, ADMIN_KEY)) {
      assertThat(client.users().list(UserFilter.defaults().withEmail("jane@example.com").withStatuses(UserStatus.ACTIVE), 10, null).items()).isNotEmpty();
      assertThat(client.users().create("Carol", "carol@example.com", AccountRole.MEMBER, InviteMode.NONE).user().email())
          .isEqualTo("carol@example.com");
      assertThat(client.users().get(JANE)).hasValueSatisfying(u -> assertThat(u.email()).isEqualTo("jane@example.com"));
      assertThat(client.users().update(JANE, "Jane Q. Doe", null).name()).isEqualTo("Jane Q. Doe");
      client.users().delete(BOB);
      client.users().resendInvitation(IVAN);
      client.users().resetPassword(BOB);
    }
  }

  // ---------------------------------------------------------------- roles

  @Pact(consumer = CONSUMER)
  V4Pact roles(PactDslWithProvider builder) {
    PactDslResponse r = ok(call(builder.given(WORLD), "list custom roles", "GET", "/v2/roles", null)
        .query("is_predefined=false&limit=10"), 200, page("roles", b -> role(b, "Data Scientist")));
    r = ok(call(r.given(WORLD), "create role Reviewer", "POST", "/v2/roles", null)
        .body(new PactDslJsonBody().stringValue("name", "Reviewer").stringValue("description", "Reads projects")
            .array("permissions").stringValue("PROJECT_READ").stringValue("DATASET_READ").closeArray()),
        201, role(new PactDslJsonBody(), "Reviewer"));
    r = ok(call(r.given(WORLD), "get role Data Scientist", "GET", "/v2/roles/${dsRoleId}", "/v2/roles/" + DATA_SCIENTIST),
        200, role(new PactDslJsonBody(), "Data Scientist"));
    r = ok(call(r.given(WORLD), "replace the permissions of Data Scientist", "PATCH", "/v2/roles/${dsRoleId}",
        "/v2/roles/" + DATA_SCIENTIST).body(new PactDslJsonBody().array("permissions").stringValue("PROJECT_READ")
            .stringValue("DATASET_READ").closeArray()), 200, role(new PactDslJsonBody(), "Data Scientist"));
    r = noContent(call(r.given(WORLD), "delete role Auditor", "DELETE", "/v2/roles/${auditorRoleId}",
        "/v2/roles/" + AUDITOR));
    return r.toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "roles")
  void roles(MockServer server) {
    try (ArizeAdminClient client = client(server, ADMIN_KEY)) {
      assertThat(client.roles().list(false, 10, null).items()).isNotEmpty();
      assertThat(client.roles().create("Reviewer", List.of(Permission.PROJECT_READ, Permission.DATASET_READ),
          "Reads projects").name()).isEqualTo("Reviewer");
      assertThat(client.roles().get(DATA_SCIENTIST).name()).isEqualTo("Data Scientist");
      assertThat(client.roles().update(DATA_SCIENTIST,
          RoleUpdate.permissions(List.of(Permission.PROJECT_READ, Permission.DATASET_READ))).name()).isEqualTo("Data Scientist");
      client.roles().delete(AUDITOR);
    }
  }

  // ---------------------------------------------------------------- role bindings

  @Pact(consumer = CONSUMER)
  V4Pact roleBindings(PactDslWithProvider builder) {
    PactDslResponse r = ok(call(builder.given(WORLD), "list jane's project role bindings", "GET", "/v2/role-bindings", null)
        .query("resource_type=PROJECT&limit=10").queryParameterFromProviderState("user_id", "${janeId}", JANE),
        200, page("role_bindings", b -> binding(b, "PROJECT")));
    r = ok(call(r.given(WORLD), "bind Auditor to jane on team-alpha", "POST", "/v2/role-bindings", null)
        .body(new PactDslJsonBody().valueFromProviderState("user_id", "${janeId}", JANE)
            .valueFromProviderState("role_id", "${auditorRoleId}", AUDITOR).stringValue("resource_type", "SPACE")
            .valueFromProviderState("resource_id", "${spaceId}", SPACE)),
        201, binding(new PactDslJsonBody(), "SPACE"));
    r = ok(call(r.given(WORLD), "get jane's Data Scientist binding on fraud-model", "GET", "/v2/role-bindings/${bindingId}",
        "/v2/role-bindings/" + BINDING), 200, binding(new PactDslJsonBody(), "PROJECT"));
    r = ok(call(r.given(WORLD), "change jane's binding on fraud-model to Auditor", "PATCH",
        "/v2/role-bindings/${bindingId}", "/v2/role-bindings/" + BINDING)
        .body(new PactDslJsonBody().valueFromProviderState("role_id", "${auditorRoleId}", AUDITOR)),
        200, binding(new PactDslJsonBody(), "PROJECT"));
    r = noContent(call(r.given(WORLD), "delete jane's binding on fraud-model", "DELETE", "/v2/role-bindings/${bindingId}",
        "/v2/role-bindings/" + BINDING));
    return r.toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "roleBindings")
  void roleBindings(MockServer server) {
    try (ArizeAdminClient client = client(server, ADMIN_KEY)) {
      assertThat(client.roleBindings().list(ResourceType.PROJECT, JANE, 10, null).items()).isNotEmpty();
      assertThat(client.roleBindings().create(JANE, AUDITOR, ResourceType.SPACE, SPACE).resourceType())
          .isEqualTo(ResourceType.SPACE);
      assertThat(client.roleBindings().get(BINDING).resourceType()).isEqualTo(ResourceType.PROJECT);
      assertThat(client.roleBindings().update(BINDING, AUDITOR).id()).isEqualTo(BINDING);
      client.roleBindings().delete(BINDING);
    }
  }

  // ---------------------------------------------------------------- resource restrictions

  @Pact(consumer = CONSUMER)
  V4Pact resourceRestrictions(PactDslWithProvider builder) {
    PactDslResponse r = ok(call(builder.given(WORLD), "list project restrictions", "GET", "/v2/resource-restrictions", null)
        .query("resource_type=PROJECT&limit=10"), 200, page("resource_restrictions", Wire::restriction));
    r = ok(call(r.given(WORLD), "restrict project fraud-model", "POST", "/v2/resource-restrictions", null)
        .body(new PactDslJsonBody().valueFromProviderState("resource_id", "${fraudId}", FRAUD)),
        200, restriction(new PactDslJsonBody()));
    r = noContent(call(r.given(WORLD), "unrestrict project ledger-model", "DELETE", "/v2/resource-restrictions/${ledgerId}",
        "/v2/resource-restrictions/" + LEDGER));
    return r.toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "resourceRestrictions")
  void resourceRestrictions(MockServer server) {
    try (ArizeAdminClient client = client(server, ADMIN_KEY)) {
      assertThat(client.resourceRestrictions().list(ResourceType.PROJECT, 10, null).items()).isNotEmpty();
      assertThat(client.resourceRestrictions().restrict(FRAUD).resourceId()).isEqualTo(FRAUD);
      client.resourceRestrictions().unrestrict(LEDGER);
    }
  }

  // ---------------------------------------------------------------- API keys

  @Pact(consumer = CONSUMER)
  V4Pact apiKeys(PactDslWithProvider builder) {
    PactDslResponse r = ok(call(builder.given(WORLD), "list jane's active user keys", "GET", "/v2/api-keys", null)
        .query("key_type=USER&status=ACTIVE&limit=10").queryParameterFromProviderState("user_id", "${janeId}", JANE),
        200, page("api_keys", b -> apiKey(b, "jane-ci", "ACTIVE")));
    r = ok(call(r.given(WORLD), "create user key ci-key", "POST", "/v2/api-keys", null)
        .body(new PactDslJsonBody().stringValue("key_type", "USER").stringValue("name", "ci-key")
            .stringValue("description", "CI pipeline")),
        201, apiKey(new PactDslJsonBody(), "ci-key", "ACTIVE").stringMatcher("key", RAW_KEY, ADMIN_KEY));
    PactDslJsonBody serviceKeyRequest = new PactDslJsonBody().stringValue("key_type", "SERVICE")
        .stringValue("name", "ingest-bot");
    predefinedRole(serviceKeyRequest, "account_role", "MEMBER");
    PactDslJsonBody org = serviceKeyRequest.array("organizations").object()
        .valueFromProviderState("org_id", "${orgId}", ORG);
    predefinedRole(org, "role", "READ_ONLY");
    PactDslJsonBody space = org.array("spaces").object().valueFromProviderState("space_id", "${spaceId}", SPACE);
    predefinedRole(space, "role", "MEMBER");
    space.closeObject().closeArray().closeObject().closeArray();

    PactDslJsonBody serviceKey = apiKey(new PactDslJsonBody(), "ingest-bot", "SERVICE", "ACTIVE")
        .stringMatcher("key", RAW_KEY, ADMIN_KEY);
    PactDslJsonBody bot = serviceKey.object("bot_user").stringMatcher("id", ID, id("User:2:Bot1"))
        .stringValue("name", "ingest-bot");
    predefinedRole(bot, "account_role", "MEMBER");
    PactDslJsonBody botOrg = bot.array("organizations").object().stringMatcher("org_id", ID, ORG);
    predefinedRole(botOrg, "role", "READ_ONLY");
    PactDslJsonBody botSpace = botOrg.array("spaces").object().stringMatcher("space_id", ID, SPACE);
    predefinedRole(botSpace, "role", "MEMBER");
    botSpace.closeObject().closeArray().closeObject().closeArray().closeObject();
    r = ok(call(r.given(WORLD), "create service key ingest-bot for team-alpha", "POST", "/v2/api-keys", null)
        .body(serviceKeyRequest), 201, serviceKey);
    r = ok(call(r.given(WORLD), "refresh jane's key with a 60 s grace period", "POST", "/v2/api-keys/${janeKeyId}/refresh",
        "/v2/api-keys/" + JANE_KEY_ID + "/refresh").body(new PactDslJsonBody().numberValue("grace_period_seconds", 60)),
        200, apiKey(new PactDslJsonBody(), "jane-ci", "ACTIVE").stringMatcher("key", RAW_KEY, JANE_KEY));
    r = noContent(call(r.given(WORLD), "revoke jane's key", "PUT", "/v2/api-keys/${janeKeyId}/revoke",
        "/v2/api-keys/" + JANE_KEY_ID + "/revoke"));
    return r.toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "apiKeys")
  void apiKeys(MockServer server) {
    try (ArizeAdminClient client = client(server, ADMIN_KEY)) {
      assertThat(client.apiKeys().list(ApiKeyFilter.defaults().withKeyType(ApiKeyType.USER).withStatus(ApiKeyStatus.ACTIVE)
          .withUser(JANE), 10, null).items()).isNotEmpty();
      assertThat(client.apiKeys().create("ci-key", "CI pipeline", null).key()).startsWith("ak-");
      assertThat(client.apiKeys().createServiceKey(ServiceKeyRequest.of("ingest-bot", List.of(ServiceKeyOrganization.of(ORG,
          OrganizationRole.READ_ONLY, ServiceKeySpace.of(SPACE, SpaceRole.MEMBER)))).withAccountRole(AccountRole.MEMBER))
          .botUser()).hasValueSatisfying(bot -> assertThat(bot.name()).isEqualTo("ingest-bot"));
      assertThat(client.apiKeys().refresh(JANE_KEY_ID, null, Duration.ofSeconds(60)).key()).startsWith("ak-");
      client.apiKeys().revoke(JANE_KEY_ID);
    }
  }

  // ---------------------------------------------------------------- projects

  @Pact(consumer = CONSUMER)
  V4Pact projects(PactDslWithProvider builder) {
    PactDslResponse r = ok(call(builder.given(WORLD), "list projects of team-alpha named fraud-model", "GET",
        "/v2/projects", null).query("name=fraud-model&limit=10")
        .queryParameterFromProviderState("space_id", "${spaceId}", SPACE),
        200, page("projects", b -> project(b, "fraud-model")));
    r = ok(call(r.given(WORLD), "create project churn-model in team-alpha", "POST", "/v2/projects", null)
        .body(new PactDslJsonBody().stringValue("name", "churn-model").valueFromProviderState("space_id", "${spaceId}", SPACE)),
        201, project(new PactDslJsonBody(), "churn-model"));
    r = ok(call(r.given(WORLD), "get project fraud-model", "GET", "/v2/projects/${fraudId}", "/v2/projects/" + FRAUD),
        200, project(new PactDslJsonBody(), "fraud-model"));
    r = ok(call(r.given(WORLD), "rename project fraud-model", "PATCH", "/v2/projects/${fraudId}", "/v2/projects/" + FRAUD)
        .body(new PactDslJsonBody().stringValue("name", "fraud-model-v2")), 200, project(new PactDslJsonBody(), "fraud-model-v2"));
    r = noContent(call(r.given(WORLD), "delete project fraud-model", "DELETE", "/v2/projects/${fraudId}",
        "/v2/projects/" + FRAUD));
    return r.toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projects")
  void projects(MockServer server) {
    try (ArizeAdminClient client = client(server, ADMIN_KEY)) {
      assertThat(client.projects().list(ProjectFilter.defaults().withName("fraud-model").withSpace(SPACE), 10, null).items()).isNotEmpty();
      assertThat(client.projects().create("churn-model", SPACE).name()).isEqualTo("churn-model");
      assertThat(client.projects().get(FRAUD).name()).isEqualTo("fraud-model");
      assertThat(client.projects().update(FRAUD, SPACE, "fraud-model-v2").name()).isEqualTo("fraud-model-v2");
      client.projects().delete(FRAUD);
    }
  }

  // ---------------------------------------------------------------- errors users must handle

  @Pact(consumer = CONSUMER)
  V4Pact errors(PactDslWithProvider builder) {
    PactDslResponse r = problem(call(builder.given("no API key ak-unknown exists"), "list organizations with an unknown key",
        "GET", "/v2/organizations", null, UNKNOWN_KEY).query("limit=10"), 401);
    r = problem(call(r.given(WORLD), "member jane creates an organization", "POST", "/v2/organizations", null, JANE_KEY)
        .body(new PactDslJsonBody().stringValue("name", "Jane's Org")), 403);
    r = problem(call(r.given("space team-gone was deleted"), "get a deleted space", "GET", "/v2/spaces/${missingSpaceId}",
        "/v2/spaces/" + MISSING_SPACE), 404);
    r = problem(call(r.given(WORLD), "create a second organization named Acme", "POST", "/v2/organizations", null)
        .body(new PactDslJsonBody().stringValue("name", "Acme")), 409);
    r = problem(call(r.given(WORLD), "add ivan, not a member of Acme, to team-alpha", "POST",
        "/v2/spaces/${spaceId}/users", "/v2/spaces/" + SPACE + "/users").body(predefinedRole(new PactDslJsonBody()
            .valueFromProviderState("user_id", "${ivanId}", IVAN), "role", "MEMBER")), 400);
    return r.toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "errors")
  void errors(MockServer server) {
    try (ArizeAdminClient unknown = client(server, UNKNOWN_KEY);
        ArizeAdminClient jane = client(server, JANE_KEY);
        ArizeAdminClient admin = client(server, ADMIN_KEY)) {
      assertThatThrownBy(() -> unknown.organizations().list(null, 10, null)).isInstanceOf(UnauthorizedException.class);
      assertThatThrownBy(() -> jane.organizations().create("Jane's Org")).isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> admin.spaces().get(MISSING_SPACE)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> admin.organizations().create("Acme")).isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> admin.spaces().addUser(SPACE, IVAN, SpaceRole.MEMBER))
          .isInstanceOf(BadRequestException.class);
    }
  }

  // ---------------------------------------------------------------- more errors, per operation

  static final String DELETED = "organization gone-org, space team-gone, role Gone, project gone-model and "
      + "jane's binding on gone-model were deleted";

  @Pact(consumer = CONSUMER)
  V4Pact moreErrors(PactDslWithProvider builder) {
    PactDslResponse r = problem(call(builder.given(DELETED), "get a deleted organization", "GET",
        "/v2/organizations/${missingOrgId}", "/v2/organizations/" + MISSING_ORG), 404);
    r = problem(call(r.given(DELETED), "get a deleted role", "GET", "/v2/roles/${missingRoleId}",
        "/v2/roles/" + MISSING_ROLE), 404);
    r = problem(call(r.given(DELETED), "get a deleted project", "GET", "/v2/projects/${missingProjectId}",
        "/v2/projects/" + MISSING_PROJECT), 404);
    r = problem(call(r.given(DELETED), "delete a deleted role binding", "DELETE", "/v2/role-bindings/${missingBindingId}",
        "/v2/role-bindings/" + MISSING_BINDING), 404);
    r = problem(call(r.given(WORLD), "create a second space named team-alpha in Acme", "POST", "/v2/spaces", null)
        .body(new PactDslJsonBody().stringValue("name", "team-alpha").valueFromProviderState("organization_id",
            "${orgId}", ORG)), 409);
    r = problem(call(r.given(WORLD), "create a second role named Data Scientist", "POST", "/v2/roles", null)
        .body(new PactDslJsonBody().stringValue("name", "Data Scientist").array("permissions")
            .stringValue("PROJECT_READ").closeArray()), 409);
    r = problem(call(r.given(WORLD), "bind Data Scientist to jane on fraud-model again", "POST", "/v2/role-bindings", null)
        .body(new PactDslJsonBody().valueFromProviderState("user_id", "${janeId}", JANE)
            .valueFromProviderState("role_id", "${dsRoleId}", DATA_SCIENTIST).stringValue("resource_type", "PROJECT")
            .valueFromProviderState("resource_id", "${fraudId}", FRAUD)), 409);
    r = problem(call(r.given(WORLD), "create a user with jane's email", "POST", "/v2/users", null)
        .body(predefinedRole(new PactDslJsonBody().stringValue("name", "Jane Again").stringValue("email",
            "jane@example.com").stringValue("invite_mode", "NONE"), "role", "MEMBER")), 409);
    r = problem(call(r.given(WORLD), "member jane deletes space team-alpha", "DELETE", "/v2/spaces/${spaceId}",
        "/v2/spaces/" + SPACE, JANE_KEY), 403);
    r = problem(call(r.given(WORLD), "member jane creates a user", "POST", "/v2/users", null, JANE_KEY)
        .body(predefinedRole(new PactDslJsonBody().stringValue("name", "Eve").stringValue("email", "eve@example.com")
            .stringValue("invite_mode", "NONE"), "role", "MEMBER")), 403);
    r = problem(call(r.given(WORLD), "list organizations from a cursor the service never issued", "GET",
        "/v2/organizations", null).query("limit=10&cursor=not-a-cursor"), 400);
    return r.toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "moreErrors")
  void moreErrors(MockServer server) {
    try (ArizeAdminClient jane = client(server, JANE_KEY); ArizeAdminClient admin = client(server, ADMIN_KEY)) {
      assertThatThrownBy(() -> admin.organizations().get(MISSING_ORG)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> admin.roles().get(MISSING_ROLE)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> admin.projects().get(MISSING_PROJECT)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> admin.roleBindings().delete(MISSING_BINDING)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> admin.spaces().create("team-alpha", ORG)).isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> admin.roles().create("Data Scientist", List.of(Permission.PROJECT_READ), null))
          .isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> admin.roleBindings().create(JANE, DATA_SCIENTIST, ResourceType.PROJECT, FRAUD))
          .isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> admin.users().create("Jane Again", "jane@example.com", AccountRole.MEMBER,
          InviteMode.NONE)).isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> jane.spaces().delete(SPACE)).isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> jane.users().create("Eve", "eve@example.com", AccountRole.MEMBER, InviteMode.NONE))
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> admin.organizations().list(null, 10, "not-a-cursor"))
          .isInstanceOf(BadRequestException.class);
    }
  }
}
