package org.zhengbing.core.money;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.zhengbing.core.testing.CoreGenerators;

class CnyPropertiesTest {

  @Test
  void amountTextReadsBackEqual() {
    qt().forAll(CoreGenerators.signedAmounts())
        .check(m -> Cny.of(m.getAmount().toPlainString()).equals(m) && Cny.of(m.getAmount()).equals(m));
  }

  @Test
  void fenRoundTrip() {
    qt().forAll(CoreGenerators.signedAmounts()).check(m -> Cny.ofFen(m.getAmountMinorLong()).equals(m));
  }

  @Test
  void everyAmountIsInCnyWithTwoDecimalPlaces() {
    qt().forAll(CoreGenerators.signedAmounts())
        .check(m -> m.getCurrencyUnit().equals(Cny.CNY) && m.getAmount().scale() == 2);
  }
}
