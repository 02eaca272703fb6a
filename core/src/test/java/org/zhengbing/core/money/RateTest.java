package org.zhengbing.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateTest {

  @Test
  void parseReadsPercentages() {
    assertThat(Rate.parse("60%").fraction()).isEqualByComparingTo("0.6");
    assertThat(Rate.parse("12.5%").fraction()).isEqualByComparingTo("0.125");
    assertThat(Rate.parse("-5%").fraction()).isEqualByComparingTo("-0.05");
    assertThat(Rate.parse("+5%")).isEqualTo(Rate.parse("5%"));
    assertThat(Rate.parse(" 60% ")).isEqualTo(Rate.parse("60%"));
    assertThat(Rate.parse(".5%").fraction()).isEqualByComparingTo("0.005");
    assertThat(Rate.parse("5.%").fraction()).isEqualByComparingTo("0.05");
  }

  @Test
  void toStringIsThePlainPercentage() {
    assertThat(Rate.ofFraction(new BigDecimal("0.6"))).hasToString("60%");
    assertThat(Rate.ofFraction(new BigDecimal("0.125"))).hasToString("12.5%");
    assertThat(Rate.ofPercent(new BigDecimal("60.000"))).hasToString("60%");
    assertThat(Rate.ofPercent(1000)).hasToString("1000%");
    assertThat(Rate.ZERO).hasToString("0%");
    assertThat(Rate.ONE).hasToString("100%");
    assertThat(Rate.ofFraction(new BigDecimal("1E-20"))).hasToString("0.000000000000000001%");
  }

  @Test
  void equalRatesDenoteTheSameNumberWhateverTheScale() {
    new EqualsTester()
        .addEqualityGroup(Rate.parse("60%"), Rate.parse("60.0%"), Rate.ofFraction(new BigDecimal("0.600")),
            Rate.ofPercent(60), Rate.ofPercent(new BigDecimal("6E+1")))
        .addEqualityGroup(Rate.ZERO, Rate.parse("0%"), Rate.parse("-0.00%"), Rate.ofPercent(0))
        .addEqualityGroup(Rate.ONE, Rate.parse("100%"))
        .addEqualityGroup(Rate.parse("-5%"))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Rate.class);
    new NullPointerTester().setDefault(org.joda.money.Money.class, Cny.ZERO)
        .testAllPublicInstanceMethods(Rate.parse("12.5%"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"60", "%", "", "60 %", "1e2%", "6,0%", "abc%", "--5%", "60%%", "０%", "−5%"})
  void parseRejectsWhatIsNotAPercentage(String text) {
    assertThatThrownBy(() -> Rate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must be a percentage such as '12.5%', but was '" + text + "'");
  }

  @Test
  void arithmeticIsExact() {
    // 60% + 12.5% = 72.5%; 60% - 72.5% = -12.5%
    assertThat(Rate.parse("60%").plus(Rate.parse("12.5%"))).isEqualTo(Rate.parse("72.5%"));
    assertThat(Rate.parse("60%").minus(Rate.parse("72.5%"))).isEqualTo(Rate.parse("-12.5%"));
    assertThat(Rate.parse("0.1%").plus(Rate.parse("0.2%"))).isEqualTo(Rate.parse("0.3%"));
    assertThat(Rate.parse("-12.5%").isNegative()).isTrue();
    assertThat(Rate.parse("0.000%").isZero()).isTrue();
    assertThat(Rate.parse("5%").compareTo(Rate.parse("12.5%"))).isNegative();
    assertThat(Rate.parse("50%").percent()).isEqualByComparingTo("50");
  }

  @Test
  void applyToRoundsTheProductToFen() {
    // 9,300 x 160% = 14,880.00 exactly (the package tour's example)
    assertThat(Rate.parse("160%").applyTo(Cny.of("9300"), RoundingMode.UNNECESSARY)).isEqualTo(Cny.of("14880"));
    // 0.05 x 12.5% = 0.00625: HALF_UP keeps 0.01, DOWN 0.00, HALF_EVEN 0.01
    assertThat(Rate.parse("12.5%").applyTo(Cny.of("0.05"), RoundingMode.HALF_UP)).isEqualTo(Cny.ofFen(1));
    assertThat(Rate.parse("12.5%").applyTo(Cny.of("0.05"), RoundingMode.DOWN)).isEqualTo(Cny.ZERO);
    // 0.10 x 5% = 0.005: HALF_EVEN goes to 0.00, HALF_UP to 0.01
    assertThat(Rate.parse("5%").applyTo(Cny.of("0.10"), RoundingMode.HALF_EVEN)).isEqualTo(Cny.ZERO);
    assertThat(Rate.parse("5%").applyTo(Cny.of("0.10"), RoundingMode.HALF_UP)).isEqualTo(Cny.ofFen(1));
    // 4,500 x 15% = 675.00
    assertThat(Rate.parse("15%").applyTo(Cny.ofYuan(4500), RoundingMode.UNNECESSARY)).isEqualTo(Cny.ofYuan(675));
  }

  @Test
  void applyToRefusesToRoundWhenTold() {
    assertThatThrownBy(() -> Rate.parse("12.5%").applyTo(Cny.of("0.05"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void ofRatioRoundsAtTheGivenScale() {
    // 1/3 to 4 places of the fraction: 0.3333 (33.33%), up: 0.3334
    assertThat(Rate.ofRatio(1, 3, 4, RoundingMode.HALF_UP)).isEqualTo(Rate.parse("33.33%"));
    assertThat(Rate.ofRatio(1, 3, 4, RoundingMode.UP)).isEqualTo(Rate.parse("33.34%"));
    assertThat(Rate.ofRatio(45, 100, 0, RoundingMode.HALF_UP)).isEqualTo(Rate.ZERO);
    assertThat(Rate.ofRatio(-1, 8, 3, RoundingMode.UNNECESSARY)).isEqualTo(Rate.parse("-12.5%"));
  }

  @Test
  void ofRatioRejectsZeroDenominatorBadScaleAndNeededRounding() {
    assertThatThrownBy(() -> Rate.ofRatio(7, 0, 2, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate denominator must not be zero, but was 0 (numerator 7)");
    assertThatThrownBy(() -> Rate.ofRatio(1, 3, 19, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate scale must be in 0..18, but was 19");
    assertThatThrownBy(() -> Rate.ofRatio(1, 3, -1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate scale must be in 0..18, but was -1");
    assertThatThrownBy(() -> Rate.ofRatio(1, 3, 4, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void signQueries() {
    assertThat(Rate.ZERO.isZero()).isTrue();
    assertThat(Rate.parse("0.0%").isZero()).isTrue();
    assertThat(Rate.parse("0.01%").isZero()).isFalse();
    assertThat(Rate.parse("-0.01%").isZero()).isFalse();
    assertThat(Rate.parse("-0.01%").isNegative()).isTrue();
    assertThat(Rate.ZERO.isNegative()).isFalse();
    assertThat(Rate.parse("0.01%").isNegative()).isFalse();
  }

  @Test
  void distinctRatesHaveDistinctHashCodes() {
    // -50% to 50% in whole percent: 101 rates, 101 hash codes
    assertThat(IntStream.rangeClosed(-50, 50).mapToObj(p -> Rate.ofPercent(p).hashCode())
        .collect(Collectors.toSet())).hasSize(101);
  }
}
