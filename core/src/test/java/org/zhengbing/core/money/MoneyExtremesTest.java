package org.zhengbing.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Money and rates at their extremes: amounts up to 10^12 yuan (the largest a policy file accepts) and far beyond,
 * the extremes of a {@code long} number of fen, rates of 10^-18 and of millions of percent. Every result is exact
 * or the call throws; nothing wraps around and nothing is rounded without a declared mode. Golden values are
 * worked out by hand in the comments.
 */
class MoneyExtremesTest {

  private static final Money TRILLION = Cny.ofYuan(1_000_000_000_000L);

  @Test
  void aTrillionYuanIsExactInEveryFactory() {
    // 10^12 yuan = 10^14 fen
    assertThat(Cny.of("1000000000000")).isEqualTo(TRILLION).isEqualTo(Cny.ofFen(100_000_000_000_000L))
        .isEqualTo(Cny.of(new BigDecimal("1000000000000.000")));
    assertThat(TRILLION.getAmount()).isEqualTo(new BigDecimal("1000000000000.00"));
    assertThat(TRILLION.getAmountMinorLong()).isEqualTo(100_000_000_000_000L);
    // one fen below: 999,999,999,999.99
    assertThat(Cny.of("999999999999.99")).isEqualTo(TRILLION.minus(Cny.ofFen(1)))
        .isEqualTo(Cny.ofFen(99_999_999_999_999L));
  }

  @Test
  void theExtremesOfALongNumberOfFenAreExact() {
    // Long.MAX_VALUE fen = 9,223,372,036,854,775,807 fen = 92,233,720,368,547,758.07 yuan
    assertThat(Cny.ofFen(Long.MAX_VALUE).getAmount()).isEqualTo(new BigDecimal("92233720368547758.07"));
    assertThat(Cny.ofFen(Long.MIN_VALUE).getAmount()).isEqualTo(new BigDecimal("-92233720368547758.08"));
    assertThat(Cny.ofYuan(Long.MAX_VALUE).getAmount()).isEqualTo(new BigDecimal("9223372036854775807.00"));
    // adding one fen does not wrap around: the sum is exact, and only asking for it as a long fails
    Money beyond = Cny.ofFen(Long.MAX_VALUE).plus(Cny.ofFen(1));
    assertThat(beyond.getAmount()).isEqualTo(new BigDecimal("92233720368547758.08"));
    assertThatThrownBy(beyond::getAmountMinorLong).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void totalsBeyondALongNumberOfFenAreExact() {
    // ten million amounts of 10^12 yuan: 10^19 yuan = 10^21 fen, beyond a long (about 9.2 * 10^18)
    Money total = TRILLION.multipliedBy(10_000_000L);
    assertThat(total.getAmount()).isEqualTo(new BigDecimal("10000000000000000000.00"));
    assertThatThrownBy(total::getAmountMinorLong).isInstanceOf(ArithmeticException.class);
    // a thousand amounts of 999,999,999,999.99 added one by one: 999,999,999,999,990.00
    Money sum = Cny.ZERO;
    for (int i = 0; i < 1000; i++) {
      sum = sum.plus(Cny.of("999999999999.99"));
    }
    assertThat(sum.getAmount()).isEqualTo(new BigDecimal("999999999999990.00"));
  }

  @Test
  void ratesApplyToATrillionYuanExactly() {
    // 12.5% of 10^12 = 125,000,000,000.00: exact, so no rounding mode is needed
    assertThat(Rate.parse("12.5%").applyTo(TRILLION, RoundingMode.UNNECESSARY))
        .isEqualTo(Cny.ofYuan(125_000_000_000L));
    // 1,000,000% of 10^12 = 10^16 yuan
    assertThat(Rate.parse("1000000%").applyTo(TRILLION, RoundingMode.UNNECESSARY).getAmount())
        .isEqualTo(new BigDecimal("10000000000000000.00"));
    // 160% of 999,999,999,999.99 = 1,599,999,999,999.984: a tenth of a fen to round
    Money almost = Cny.of("999999999999.99");
    assertThat(Rate.parse("160%").applyTo(almost, RoundingMode.HALF_UP)).isEqualTo(Cny.of("1599999999999.98"));
    assertThat(Rate.parse("160%").applyTo(almost, RoundingMode.CEILING)).isEqualTo(Cny.of("1599999999999.99"));
    assertThatThrownBy(() -> Rate.parse("160%").applyTo(almost, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void roundingOfTinyProductsHappensOnlyInTheDeclaredMode() {
    // 0.01% of 999,999,999,999.99 = 99,999,999.999999
    Money almost = Cny.of("999999999999.99");
    assertThat(Rate.parse("0.01%").applyTo(almost, RoundingMode.HALF_UP)).isEqualTo(Cny.of("100000000.00"));
    assertThat(Rate.parse("0.01%").applyTo(almost, RoundingMode.DOWN)).isEqualTo(Cny.of("99999999.99"));
    assertThatThrownBy(() -> Rate.parse("0.01%").applyTo(almost, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    // 10^-18 of 10^12 yuan = 10^-6 yuan: zero at HALF_UP, one fen rounding UP, never silently
    Rate tiny = Rate.ofFraction(new BigDecimal("1E-18"));
    assertThat(tiny.applyTo(TRILLION, RoundingMode.HALF_UP)).isEqualTo(Cny.ZERO);
    assertThat(tiny.applyTo(TRILLION, RoundingMode.UP)).isEqualTo(Cny.ofFen(1));
    assertThatThrownBy(() -> tiny.applyTo(TRILLION, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void rateArithmeticAtExtremesIsExact() {
    Rate tiny = Rate.parse("0.000000000000000001%");
    Rate huge = Rate.parse("1000000000000%");
    assertThat(tiny.plus(huge).toString()).isEqualTo("1000000000000.000000000000000001%");
    assertThat(tiny.plus(huge).minus(huge)).isEqualTo(tiny);
    assertThat(huge.minus(tiny).toString()).isEqualTo("999999999999.999999999999999999%");
    assertThat(huge.plus(huge).fraction()).isEqualByComparingTo("20000000000");
    assertThat(tiny.minus(tiny)).isEqualTo(Rate.ZERO);
    assertThat(Rate.parse(tiny.toString())).isEqualTo(tiny);
  }

  @Test
  void ofRatioOfExtremeLongsDoesNotOverflow() {
    // Long.MIN_VALUE / -1 overflows a long; as a rate it is 2^63 = 9,223,372,036,854,775,808
    assertThat(Rate.ofRatio(Long.MIN_VALUE, -1, 0, RoundingMode.UNNECESSARY).fraction())
        .isEqualByComparingTo("9223372036854775808");
    assertThat(Rate.ofRatio(Long.MAX_VALUE, 1, 0, RoundingMode.UNNECESSARY).fraction())
        .isEqualByComparingTo("9223372036854775807");
    // (2^63 - 1) / -2^63 = -(1 - 2^-63) = -0.99999999999999999989...: 18 places need rounding, to -1 at HALF_EVEN
    assertThat(Rate.ofRatio(Long.MAX_VALUE, Long.MIN_VALUE, 18, RoundingMode.HALF_EVEN))
        .isEqualTo(Rate.ofPercent(-100));
    assertThat(Rate.ofRatio(Long.MAX_VALUE, Long.MIN_VALUE, 18, RoundingMode.DOWN).toString())
        .isEqualTo("-99.9999999999999999%");
    assertThatThrownBy(() -> Rate.ofRatio(Long.MAX_VALUE, Long.MIN_VALUE, 18, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    // 1/3 at 18 places: 0.333333333333333333 = 33.3333333333333333%
    assertThat(Rate.ofRatio(1, 3, 18, RoundingMode.DOWN).toString()).isEqualTo("33.3333333333333333%");
  }

  @Test
  void exponentsInAmountTextAreRejectedAtOnce() {
    // before the fix "1E+2147483647" threw NegativeArraySizeException and "1E+10000000" took 12 s to expand
    long start = System.nanoTime();
    for (String text : new String[] {"1E+12", "1e3", "1E+2147483647", "1E+10000000", "1E-2147483647"}) {
      assertThatThrownBy(() -> Cny.of(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("amount must be a decimal number of yuan, but was '" + text + "'");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void anAmountWithAHugeScaleIsRejectedWithAMessage() {
    // before the fix, writing the message itself threw NegativeArraySizeException (plain text of 2^31 digits)
    assertThatThrownBy(() -> Cny.of(new BigDecimal("1E-2147483647")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must have at most 2 decimal places (whole fen), but was 1E-2147483647");
    assertThatThrownBy(() -> Cny.of(new BigDecimal("1E-1000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must have at most 2 decimal places (whole fen), but was 0." + "0".repeat(999) + "1");
  }
}
