package io.github.arizeadmin.fake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GlobalIdAndPageTest {

  @Test
  void idsRoundTripInEveryInboundForm() {
    String id = GlobalId.of("Organization", 1001, "xYzW");
    assertThat(id).isEqualTo("T3JnYW5pemF0aW9uOjEwMDE6eFl6Vw==");
    GlobalId expected = new GlobalId("Organization", 1001, "xYzW");
    assertThat(GlobalId.parse(id)).isEqualTo(expected);
    assertThat(GlobalId.parse("T3JnYW5pemF0aW9uOjEwMDE6eFl6Vw")).isEqualTo(expected);
    assertThat(GlobalId.parse("T3JnYW5pemF0aW9uOjEwMDE6eFl6Vw%3D%3D")).isEqualTo(expected);
    assertThat(GlobalId.parse("VXNlcjoxMjM0NQ==")).isEqualTo(new GlobalId("User", 12345, ""));
    assertThat(GlobalId.parse("jane")).isNull();
    assertThat(GlobalId.parse("aGVsbG8=")).isNull();
    assertThat(GlobalId.parse("")).isNull();
  }

  @Test
  void rawKeysAreRedactedAndHashed() {
    Ids ids = new Ids(7L);
    String raw = ids.rawKey();
    assertThat(raw).matches("ak-[a-z0-9]{40}");
    assertThat(Ids.redact(raw)).isEqualTo("ak-" + raw.substring(3, 6) + "..." + raw.substring(40));
    assertThat(Ids.hash(raw)).hasSize(64).doesNotContain(raw);
    assertThat(new Ids(7L).rawKey()).isEqualTo(raw);
  }

  @Test
  void cursorsResumeAfterTheLastItemAndRejectGarbage() {
    TreeMap<Long, String> rows = new TreeMap<>(Map.of(1L, "a", 2L, "b", 3L, "c"));
    Map<String, Object> first = Page.of("items", rows, r -> true, r -> Map.of("v", r), 2, null);
    @SuppressWarnings("unchecked")
    Map<String, Object> pagination = (Map<String, Object>) first.get("pagination");
    assertThat(pagination).containsEntry("has_more", true);
    rows.remove(2L);
    rows.put(4L, "d");
    Map<String, Object> second = Page.of("items", rows, r -> true, r -> Map.of("v", r), 2,
        (String) pagination.get("next_cursor"));
    assertThat(second.get("items").toString()).isEqualTo("[{v=c}, {v=d}]");
    assertThat(second.get("pagination").toString()).isEqualTo("{has_more=false}");
    assertThatThrownBy(() -> Page.decode("bm9wZQ")).isInstanceOf(ApiError.class);
  }
}
