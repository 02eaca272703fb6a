package org.zhengbing.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class StepPropertiesTest {

  /** The rule-key syntax as the regular expression the check replaced. */
  private static final Pattern ORACLE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  /** Short texts over an alphabet that hits every branch: letters, digits, '_', '.', and characters never allowed. */
  private static Gen<String> texts() {
    Gen<Character> chars = Generate.pick(java.util.List.of('a', 'z', 'q', '0', '9', '_', '.', 'A', '-', ' ', '中'));
    return SourceDSL.lists().of(chars).ofSizeBetween(0, 8).map(cs -> {
      StringBuilder s = new StringBuilder();
      cs.forEach(s::append);
      return s.toString();
    });
  }

  @Test
  void ruleKeyCheckAgreesWithTheRegularExpression() {
    qt().forAll(texts()).checkAssert(s -> assertThat(Step.isRuleKey(s)).as(s).isEqualTo(ORACLE.matcher(s).matches()));
  }

  @Test
  void stepRejectsARuleThatIsNotADottedLowerCaseKey() {
    assertThat(Step.isRuleKey("family_payment.uplift")).isTrue();
    assertThatThrownBy(() -> Step.builder().rule("family_payment..uplift").result(new Datum.OfInteger(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("step rule must be a dotted lower-case key such as 'family_payment.uplift', but was "
            + "'family_payment..uplift'");
  }
}
