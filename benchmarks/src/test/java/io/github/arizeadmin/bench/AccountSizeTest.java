package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountSizeTest {

  @Test
  void theEnterpriseAccountHasTheSizeTheIssueNames() {
    AccountSize size = AccountSize.enterprise();
    assertThat(size.users()).isEqualTo(100_000);
    assertThat(size.organizations()).isEqualTo(100);
    assertThat(size.spaces()).isEqualTo(10_000);
    assertThat(size.spaceMemberships()).isEqualTo(1_000_000);
    assertThat(size.describe())
        .isEqualTo("100,000 users, 100 organizations, 10,000 spaces, 1,000,000 space memberships");
  }

  @Test
  void dividingKeepsTheShapeOfEachOrganization() {
    AccountSize tenth = AccountSize.enterprise().dividedBy(10);
    assertThat(tenth.users()).isEqualTo(10_000);
    assertThat(tenth.organizations()).isEqualTo(10);
    assertThat(tenth.usersPerOrganization()).isEqualTo(1_000);
    assertThat(tenth.spaces()).isEqualTo(1_000);
    assertThat(tenth.spaceMemberships()).isEqualTo(100_000);
    assertThat(AccountSize.enterprise().dividedBy(1000).describe())
        .isEqualTo("100 users, 1 organization, 100 spaces, 1,000 space memberships");
  }

  @Test
  void shapesThatCannotBeBuiltAreRefused() {
    assertThatThrownBy(() -> new AccountSize(10, 3, 10, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AccountSize(10, 2, 5, 6)).isInstanceOf(IllegalArgumentException.class);
  }
}
