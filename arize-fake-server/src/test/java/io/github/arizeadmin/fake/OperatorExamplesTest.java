package io.github.arizeadmin.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.api.ArizeApi;
import io.github.arizeadmin.api.generated.model.CreateUserRequest;
import io.github.arizeadmin.api.generated.model.InviteMode;
import io.github.arizeadmin.api.generated.model.PredefinedUserRoleAssignment;
import io.github.arizeadmin.api.generated.model.UserRole;
import io.github.arizeadmin.api.generated.model.UserRoleAssignmentType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "In Java" example of the operator surface, as it is written there. */
class OperatorExamplesTest {
  @Test
  void faultsAndVerificationInJava() throws Exception {
    try (ArizeFakeServer fake = ArizeFakeServer.start(FakeServerOptions.builder().build())) {
      ArizeApi api = ArizeApi.create(fake.baseUrl(), fake.adminKey());
      PredefinedUserRoleAssignment member = new PredefinedUserRoleAssignment().type(UserRoleAssignmentType.PREDEFINED)
          .name(UserRole.MEMBER);

      fake.injectFault(Fault.status(503).forOperation("listUsers").times(2));     // fails twice, then succeeds
      fake.injectFault(Fault.dropConnection().forOperation("deleteUser"));       // closed without an answer
      fake.injectFault(Fault.resetConnection().afterDelay(Duration.ofMillis(200)).forOperation("getUser"));
      fake.injectFault(Fault.latency(Duration.ofMillis(20), Duration.ofMillis(80)).forOperation("listSpaces").times(5));

      assertThat(api.users().listUsers(null, null, null, null).execute().code()).isEqualTo(503);
      assertThat(api.users().listUsers(null, null, null, null).execute().code()).isEqualTo(503);
      assertThat(api.users().listUsers(null, null, null, null).execute().code()).isEqualTo(200);
      api.users().createUser(new CreateUserRequest().name("Jane").email("jane@example.com")
          .role(member).inviteMode(InviteMode.NONE)).execute();

      fake.verify(3, RequestPattern.operation("listUsers"));
      List<JournalEntry> created = fake.verify(RequestPattern.operation("createUser")
          .withBodyField("email", "jane@example.com").withBodyField("role.name", "MEMBER").withStatus(201));
      assertThat(fake.requests(RequestPattern.anyRequest().withStatus(503))).hasSize(2);
      fake.verify(RequestCount.never(), RequestPattern.operation("deleteUser"));
      assertThatThrownBy(() -> fake.verify(RequestPattern.operation("createUser").withBodyField("email", "john@example.com")))
          .isInstanceOf(AssertionError.class)
          .hasMessage("""
              Expected at least 1 request matching operation createUser, body email = "john@example.com",
              but received none.
              The closest other requests (3 of 4):
                POST /v2/users -> 201 (createUser) {"email":"jane@example.com","invite_mode":"NONE","name":"Jane",\
              "role":{"name":"MEMBER","type":"PREDEFINED"}}
                  body email was "jane@example.com"
                GET /v2/users -> 200 (listUsers)
                  operation was listUsers; body email was absent
                GET /v2/users -> 503 (listUsers)
                  operation was listUsers; body email was absent""");

      assertThat(created).singleElement().satisfies(entry -> assertThat(entry.path()).isEqualTo("/v2/users"));
      assertThat(fake.faults()).extracting(Fault::operationId).containsExactly("deleteUser", "getUser", "listSpaces");
    }
  }
}
