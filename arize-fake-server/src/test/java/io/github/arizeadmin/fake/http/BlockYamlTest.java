package io.github.arizeadmin.fake.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockYamlTest {

  @Test
  void theFastReaderGivesSnakeYamlsTreeForTheContract() {
    String text = ContractLoader.readText();
    Map<String, Object> fast = BlockYaml.parse(text);
    assertThat(fast).isEqualTo(ContractLoader.snakeYaml(text));
  }

  @Test
  void itReadsTheConstructsItClaimsAndRefusesTheRest() {
    String yaml = """
        # comment
        a: 1
        b: 'it''s
          folded'
        c: |-
          line one

          line three
        d:
        - x: true
          y: []
        - plain words
          continued
        e:
          '200': 2.5
        """;
    assertThat(BlockYaml.parse(yaml)).isEqualTo(ContractLoader.snakeYaml(yaml));
    assertThatThrownBy(() -> BlockYaml.parse("a: yes\n")).isInstanceOf(BlockYaml.Unsupported.class);
    assertThatThrownBy(() -> BlockYaml.parse("a: {b: 1}\n")).isInstanceOf(BlockYaml.Unsupported.class);
    assertThatThrownBy(() -> BlockYaml.parse("a: &x 1\n")).isInstanceOf(BlockYaml.Unsupported.class);
    assertThatThrownBy(() -> BlockYaml.parse("a: >\n  folded\n")).isInstanceOf(BlockYaml.Unsupported.class);
  }
}
