package org.zhengbing.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Cny;

/** The JSON helpers' readings and their messages, which name the path and describe what was found instead. */
class JsonTreeTest {

  private static void notAWholeNumber(String json, String found) {
    assertThatThrownBy(() -> JsonTree.integer(JsonTree.parse(json), "months"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("months must be a whole number, but was " + found);
  }

  @Test
  void anEmptyDocumentIsRejected() {
    assertThatThrownBy(() -> JsonTree.parse("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON text must hold a value, but was empty");
    assertThatThrownBy(() -> JsonTree.parse("  \n ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON text must hold a value, but was empty");
  }

  @Test
  void whatWasFoundInsteadIsDescribed() {
    notAWholeNumber("null", "null");
    notAWholeNumber("true", "the value true");
    notAWholeNumber("[1]", "an array");
    notAWholeNumber("{}", "an object");
    notAWholeNumber("1.5", "the number 1.5");
    notAWholeNumber("\"7\"", "the text '7'");
    // beyond the int range
    notAWholeNumber("3000000000", "the number 3000000000");
    assertThat(JsonTree.integer(JsonTree.parse("2147483647"), "months")).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void amountsUpToATrillionYuanAreRead() {
    assertThat(JsonTree.money(JsonTree.parse("\"1000000000000.00\""), "amount"))
        .isEqualTo(Cny.of("1000000000000.00"));
    assertThat(JsonTree.money(JsonTree.parse("\"-1000000000000\""), "amount"))
        .isEqualTo(Cny.of("-1000000000000.00"));
    assertThatThrownBy(() -> JsonTree.money(JsonTree.parse("\"1000000000000.01\""), "amount"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must be at most 1000000000000 yuan in size, but was 1000000000000.01");
  }

  @Test
  void objectFieldsReadNullAsAbsentAndCheckLongs() {
    JsonTree.Obj o = JsonTree.obj(JsonTree.parse("{\"a\":null,\"b\":1,\"big\":1e30,\"n\":9007199254740993}"), "$");
    assertThat(o.opt("a")).isEmpty();
    assertThat(o.opt("missing")).isEmpty();
    assertThat(o.opt("b")).isPresent();
    assertThat(o.longValue("n")).isEqualTo(9007199254740993L);
    assertThatThrownBy(() -> o.longValue("big")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("big must be a whole number, but was the number 1E+30");
  }
}
