package org.zhengbing.core.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.region.RegionCode;

/** Equality, null rejection and text forms of the small quota values. */
class ValuesTest {

  @Test
  void fractionIsInLowestTermsAndComparesByValue() {
    assertThat(Fraction.of(6, 4)).isEqualTo(Fraction.of(3, 2));
    assertThat(Fraction.of(6, 4).toString()).isEqualTo("3/2");
    assertThat(Fraction.of(8, 4).toString()).isEqualTo("2");
    assertThat(Fraction.of(0, 7)).isEqualTo(Fraction.of(0, 1));
    assertThat(Fraction.of(7, 3).wholePart()).isEqualTo(BigInteger.TWO);
    assertThat(Fraction.of(1, 3).toBigDecimal(4, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("0.3333"));
    assertThat(Fraction.of(1, 3)).isLessThan(Fraction.of(1, 2));
    new EqualsTester()
        .addEqualityGroup(Fraction.of(1, 2), Fraction.of(2, 4))
        .addEqualityGroup(Fraction.of(1, 3))
        .addEqualityGroup(Fraction.of(0, 5), Fraction.of(0, 1))
        .testEquals();
  }

  @Test
  void fractionRejectsBadParts() {
    assertThatThrownBy(() -> Fraction.of(-1, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fraction numerator must be >= 0, but was -1");
    assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fraction denominator must be > 0, but was 0");
    assertThatThrownBy(() -> Fraction.of(1, 3).toBigDecimal(-1, java.math.RoundingMode.DOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale must be >= 0, but was -1");
    assertThatThrownBy(() -> QuotaUnit.of(UnitKey.of("A"), 5).withCap(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cap of unit A must be below 2147483647, but was 2147483647");
    // the season split's own check, reachable only from inside the package: spring 1,200 of 1,000 leaves -200
    assertThatThrownBy(() -> SeasonSplit.of(1000, org.zhengbing.core.money.Rate.ofPercent(50), 1200,
        org.zhengbing.core.explain.Explanation.of(org.zhengbing.core.explain.Step.builder().rule("x")
            .result(SeasonSplit.asDatum(1200, -200)).build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("season tasks must be >= 0 and sum to the annual task 1000, but were 1200 and -200");
  }

  @Test
  void unitKeysOfRegionsAndNames() {
    UnitKey region = UnitKey.of(RegionCode.of("500116"));
    assertThat(region.region()).contains(RegionCode.of("500116"));
    assertThat(UnitKey.of("500116")).isEqualTo(region);
    assertThat(UnitKey.of("清华大学").region()).isEmpty();
    assertThat(UnitKey.of("500101")).isLessThan(UnitKey.of("500116"));
    new EqualsTester()
        .addEqualityGroup(UnitKey.of("A"), UnitKey.of("A"))
        .addEqualityGroup(region, UnitKey.of("500116"))
        .testEquals();
    assertThatThrownBy(() -> UnitKey.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit key must not be blank, but was ' '");
  }

  @Test
  void quotaUnitsEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(QuotaUnit.of(UnitKey.of("A"), 5), QuotaUnit.of(UnitKey.of("A"), 5))
        .addEqualityGroup(QuotaUnit.of(UnitKey.of("A"), 5).withFloor(1))
        .addEqualityGroup(QuotaUnit.of(UnitKey.of("A"), 5).withCap(9))
        .addEqualityGroup(QuotaUnit.of(UnitKey.of("B"), 5))
        .testEquals();
    assertThat(QuotaUnit.of(UnitKey.of("A"), 5).withCap(9).withFloor(1).toString()).isEqualTo("A weight 5 floor 1 cap 9");
  }

  @Test
  void publicFactoriesRejectNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(UnitKey.class, UnitKey.of("A"))
        .setDefault(RegionCode.class, RegionCode.of("500116"));
    t.testAllPublicStaticMethods(Fraction.class);
    t.testAllPublicStaticMethods(UnitKey.class);
    t.testAllPublicStaticMethods(QuotaUnit.class);
    t.testAllPublicStaticMethods(QuotaApportioner.class);
    t.testAllPublicStaticMethods(DirectAllocation.class);
    t.testAllPublicInstanceMethods(QuotaApportioner.of(ApportionmentMethod.D_HONDT));
  }
}
