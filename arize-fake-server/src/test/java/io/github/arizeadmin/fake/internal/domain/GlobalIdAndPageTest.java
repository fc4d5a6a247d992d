package io.github.arizeadmin.fake.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
  void anIdIsATypeOneToEighteenDigitsAndAnOptionalTagOfUpToSixteenLettersOrDigits() {
    assertThat(GlobalId.parse(b64("Space:" + "9".repeat(18) + ":" + "a1".repeat(8))))
        .isEqualTo(new GlobalId("Space", 999_999_999_999_999_999L, "a1".repeat(8)));
    assertThat(GlobalId.parse(b64("Space:7:"))).isEqualTo(new GlobalId("Space", 7, ""));
    assertThat(GlobalId.parse("  " + b64("Space:7") + " ")).isEqualTo(new GlobalId("Space", 7, ""));
    for (String bad : List.of("Space:" + "9".repeat(19), "Space:7:" + "a".repeat(17), ":7", "Space:", "Space:x",
        "Space:7:a-b", "Space:7:ab:cd", "Sp ace:7", "Spa\u00e9ce:7", "Space7", "Space:-7", "Space:+7")) {
      assertThat(GlobalId.parse(b64(bad))).as(bad).isNull();
    }
    for (String junk : List.of("====", "U3Bh=Y2U6Nw", "U3BhY2U6N#", "U", "x".repeat(201))) {
      assertThat(GlobalId.parse(junk)).as(junk).isNull();
    }
  }

  private static String b64(String text) {
    return java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
    java.util.TreeMap<Long, Item> rows = new java.util.TreeMap<>();
    for (String v : List.of("a", "b", "c")) {
      rows.put((long) rows.size() + 1, new Item(rows.size() + 1, v));
    }
    Page<String> first = Page.Request.of(2, null).page(after -> rows.tailMap(after, false).values(), r -> true,
        Item::value);
    assertThat(first.items()).containsExactly("a", "b");
    assertThat(first.hasMore()).isTrue();
    rows.remove(2L);
    rows.put(4L, new Item(4, "d"));
    Page<String> second = Page.Request.of(2, first.nextCursor()).page(after -> rows.tailMap(after, false).values(),
        r -> true, Item::value);
    assertThat(second.items()).containsExactly("c", "d");
    assertThat(second.hasMore()).isFalse();
    assertThatThrownBy(() -> Page.decode("bm9wZQ")).isInstanceOf(ApiError.class);
    assertThatThrownBy(() -> Page.Request.of(101, null)).isInstanceOf(ApiError.class).hasMessage(
        "limit: must be between 1 and 100.");
  }

  private record Item(long num, String value) implements io.github.arizeadmin.fake.internal.store.Row {
  }
}
