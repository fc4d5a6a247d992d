package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.CreateUserRequest;
import io.github.arizeadmin.api.generated.model.CreateUserResponse;
import io.github.arizeadmin.api.generated.model.InviteMode;
import io.github.arizeadmin.api.generated.model.PredefinedUserRoleAssignment;
import io.github.arizeadmin.api.generated.model.UserRole;
import io.github.arizeadmin.api.generated.model.UserRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.UserStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsersApiTest extends MockServerTest {

  @Test
  void listRepeatsTheStatusParameter() throws Exception {
    respondJson(200, "{\"users\":[],\"pagination\":{\"has_more\":false}}");

    api.users().listUsers(20, null, "@example.com", List.of(UserStatus.ACTIVE, UserStatus.INVITED)).execute();

    expectRequest("GET", "/v2/users?limit=20&email=%40example.com&status=ACTIVE&status=INVITED");
  }

  @Test
  void createKeepsTheTemporaryPasswordOfA201() throws Exception {
    respondJson(201, "{\"id\":\"u1\",\"name\":\"Jane\",\"email\":\"jane@example.com\","
        + "\"role\":{\"type\":\"PREDEFINED\",\"name\":\"MEMBER\"},\"created_at\":\"2026-01-15T09:30:00Z\","
        + "\"status\":\"INVITED\",\"is_developer\":true,\"invite_mode\":\"TEMPORARY_PASSWORD\",\"temporary_password\":\"Tmp-1\"}");

    var response = api.users().createUser(new CreateUserRequest().name("Jane").email("jane@example.com")
        .role(new PredefinedUserRoleAssignment().type(UserRoleAssignmentType.PREDEFINED).name(UserRole.MEMBER))
        .inviteMode(InviteMode.TEMPORARY_PASSWORD)).execute();

    assertThat(expectRequest("POST", "/v2/users").getBody().readUtf8()).contains("\"invite_mode\":\"TEMPORARY_PASSWORD\"");
    CreateUserResponse created = response.body();
    assertThat(response.code()).isEqualTo(201);
    assertThat(created.getTemporaryPassword()).isEqualTo("Tmp-1");
    assertThat(created.getStatus()).isEqualTo(UserStatus.INVITED);
    assertThat(created.toString()).doesNotContain("Tmp-1");
  }

  @Test
  void createDecodesThe200OfAPendingInvitationToo() throws Exception {
    respondJson(200, "{\"id\":\"u1\",\"name\":\"Jane\",\"email\":\"jane@example.com\",\"created_at\":\"2026-01-15T09:30:00Z\","
        + "\"status\":\"INVITED\",\"role\":{\"type\":\"PREDEFINED\",\"name\":\"MEMBER\"},\"is_developer\":true}");

    var response = api.users().createUser(new CreateUserRequest()).execute();

    expectRequest("POST", "/v2/users");
    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body().getInviteMode()).isNull();
    assertThat(response.body().getId()).isEqualTo("u1");
  }

  @Test
  void bodylessPostsSendNoBody() throws Exception {
    respondNoContent();
    respondProblem(400, "Bad Request", "The user has already verified the account.");

    api.users().resetUserPassword("u1").execute();
    var resend = api.users().resendUserInvitation("u1").execute();

    assertThat(expectRequest("POST", "/v2/users/u1/reset-password").getBodySize()).isZero();
    expectRequest("POST", "/v2/users/u1/resend-invitation");
    assertThat(expectProblem(resend, 400).getDetail()).contains("verified");
  }
}
