package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.BulkDeletionResult;
import io.github.arizeadmin.core.model.CreatedUser;
import io.github.arizeadmin.core.model.DeletionStatus;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.User;
import io.github.arizeadmin.core.model.UserStatus;
import io.github.arizeadmin.fake.SeedResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Features 2 and 11 for users, over HTTP against the fake server. */
class UsersFakeTest extends FakeServerTest {

  @Test
  void createReturnsTheOneTimePasswordThenThePendingInvitationUnchanged() {
    CreatedUser first = client.users().create("Jane Doe", "jane@example.com", AccountRole.MEMBER,
        InviteMode.TEMPORARY_PASSWORD);
    CreatedUser again = client.users().create("Jane Doe", "jane@example.com", AccountRole.MEMBER,
        InviteMode.TEMPORARY_PASSWORD);

    assertThat(first.created()).isTrue();
    assertThat(first.inviteMode()).contains(InviteMode.TEMPORARY_PASSWORD);
    assertThat(first.temporaryPassword()).isPresent();
    assertThat(first.user().status()).isEqualTo(UserStatus.INVITED);
    assertThat(first.toString()).doesNotContain(first.temporaryPassword().get());
    assertThat(first.toJson()).contains("\"temporary_password\":\"" + first.temporaryPassword().get() + "\"");
    assertThat(again.created()).isFalse();
    assertThat(again.temporaryPassword()).isEmpty();
    assertThat(again.id()).isEqualTo(first.id());
  }

  @Test
  void anActiveEmailConflicts() {
    client.users().create("Sam", "sam@example.com", AccountRole.ADMIN, InviteMode.NONE);
    assertThatThrownBy(() -> client.users().create("Sam", "sam@example.com", AccountRole.ADMIN, InviteMode.NONE))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void getByEmailIsEmptyWhenNobodyMatchesAndByIdThrows() {
    CreatedUser jane = client.users().create("Jane Doe", "jane@example.com", AccountRole.MEMBER, InviteMode.NONE);

    assertThat(client.users().get("JANE@EXAMPLE.COM")).map(User::id).contains(jane.id());
    assertThat(client.users().get("jane@example")).isEmpty();
    assertThat(client.users().get("nobody@example.com")).isEmpty();
    assertThat(client.users().get(jane.id())).map(User::name).contains("Jane Doe");
    String unknown = java.util.Base64.getEncoder().encodeToString("User:999:zzzz".getBytes());
    assertThatThrownBy(() -> client.users().get(unknown)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void listFiltersUpdateResendResetAndDelete() {
    CreatedUser invited = client.users().create("Ivy", "ivy@example.com", AccountRole.MEMBER, InviteMode.EMAIL_LINK);
    CreatedUser active = client.users().create("Al", "al@example.com", AccountRole.ANNOTATOR, InviteMode.NONE);

    assertThat(active.user().isDeveloper()).isFalse();
    assertThat(client.users().listAll(UserFilter.defaults().withStatuses(UserStatus.INVITED)).toList()).extracting(User::id)
        .containsExactly(invited.id());
    assertThat(client.users().list(UserFilter.defaults().withEmail("example.com"), 10, null).items()).hasSize(2);

    User renamed = client.users().update("ivy@example.com", "Ivy Green", true);
    assertThat(renamed.name()).isEqualTo("Ivy Green");
    client.users().resendInvitation("ivy@example.com");
    assertThatThrownBy(() -> client.users().resendInvitation(active.id())).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> client.users().resetPassword("ivy@example.com")).as("not verified yet")
        .isInstanceOf(BadRequestException.class);
    client.users().resetPassword(active.id());

    client.users().delete(invited.id());
    assertThat(client.users().get("ivy@example.com")).isEmpty();
  }

  @Test
  void bulkDeleteReportsEachItem() {
    SeedResult ids = seed("""
        {"accounts":[{"name":"default","users":[
          {"ref":"a","name":"A","email":"a@example.com"},{"ref":"b","name":"B","email":"b@example.com"}]}]}
        """);
    String self = client.users().get("admin@arize-fake.local").orElseThrow().id();

    List<BulkDeletionResult> results = client.users().bulkDelete(List.of(ids.id("a"), self),
        List.of("B@example.com", "ghost@example.com"));

    assertThat(results).extracting(BulkDeletionResult::status)
        .containsExactly(DeletionStatus.NOT_FOUND, DeletionStatus.DELETED, DeletionStatus.FAILED, DeletionStatus.DELETED);
    assertThat(results.get(0).userId()).isEmpty();
    assertThat(results.get(0).email()).contains("ghost@example.com");
    assertThat(results.get(2).error()).hasValueSatisfying(error -> assertThat(error).contains("HTTP 400"));
    assertThat(results.get(3)).isEqualTo(new BulkDeletionResult(ids.id("b"), DeletionStatus.DELETED,
        Optional.of("B@example.com"), Optional.empty()));
    assertThat(results.get(3).toJson()).isEqualTo("{\"user_id\":\"" + ids.id("b")
        + "\",\"status\":\"deleted\",\"email\":\"B@example.com\"}");
  }
}
