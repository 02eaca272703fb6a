package org.zhengbing.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.testing.CoreGenerators;

class RatePropertiesTest {

  @Test
  void parseInvertsToString() {
    qt().forAll(CoreGenerators.rates()).check(r -> Rate.parse(r.toString()).equals(r));
  }

  @Test
  void toStringIsCanonical() {
    // equal rates print alike, whatever scale they were built with
    qt().forAll(CoreGenerators.rates()).check(r ->
        Rate.ofFraction(r.fraction().setScale(r.fraction().scale() + 3)).toString().equals(r.toString()));
  }

  @Test
  void equalRatesHaveEqualHashCodes() {
    qt().forAll(CoreGenerators.rates()).check(r -> {
      Rate same = Rate.ofPercent(r.percent().setScale(Math.max(r.percent().scale(), 0) + 2));
      return same.equals(r) && same.hashCode() == r.hashCode();
    });
  }

  @Test
  void plusThenMinusReturnsTheRate() {
    qt().forAll(CoreGenerators.rates(), CoreGenerators.rates())
        .check((a, b) -> a.plus(b).minus(b).equals(a) && a.plus(b).equals(b.plus(a)));
  }

  @Test
  void applyToAgreesWithExactDecimalArithmetic() {
    qt().forAll(CoreGenerators.rates(), CoreGenerators.amounts()).checkAssert((r, m) -> {
      BigDecimal exact = m.getAmount().multiply(r.fraction());
      assertThat(r.applyTo(m, RoundingMode.HALF_EVEN).getAmount())
          .isEqualTo(exact.setScale(2, RoundingMode.HALF_EVEN));
      assertThat(r.applyTo(m, RoundingMode.FLOOR).getAmount()).isLessThanOrEqualTo(exact);
      assertThat(r.applyTo(m, RoundingMode.CEILING).getAmount()).isGreaterThanOrEqualTo(exact);
    });
  }
}
