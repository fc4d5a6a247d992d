package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.api.generated.model.ApiKey;
import io.github.arizeadmin.fake.support.FakeTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys a seed brings: each secret belongs to one key only, and a seed that repeats one changes nothing. */
class SeededKeysTest extends FakeTest {
  private static final String KEY = "ak-seededkey0000000000000000000000000000000";

  @Test
  void aSecretSeededTwiceIsRefusedAndTheFirstSeedStays() {
    seed("""
        {"accounts":[{"name":"default","users":[
          {"ref":"ops","name":"Ops","email":"ops@example.com","role":"ADMIN","api_keys":[{"name":"ops-key","key":"%s"}]}]}]}
        """.formatted(KEY));

    assertThatThrownBy(() -> seed("""
        {"accounts":[{"name":"default","users":[
          {"ref":"a","name":"A","email":"a@example.com","role":"ADMIN","api_keys":[{"name":"a-key","key":"%s"}]},
          {"ref":"b","name":"B","email":"b@example.com","role":"ADMIN","api_keys":[{"name":"b-key","key":"%s"}]}]}]}
        """.formatted(KEY, KEY))).hasMessageContaining("duplicate API key");

    List<ApiKey> keys = ok(api(KEY).apiKeys().listApiKeys(null, null, null, null, 100, null)).getApiKeys();
    assertThat(keys).singleElement().satisfies(key -> assertThat(key.getName()).isEqualTo("ops-key"));
  }
}
