package org.zhengbing.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CnyTest {

  @Test
  void factoriesAgree() {
    assertThat(Cny.of("9300")).isEqualTo(Cny.ofYuan(9300)).isEqualTo(Cny.ofFen(930_000))
        .isEqualTo(Cny.of(new BigDecimal("9300.000")));
    assertThat(Cny.of("12345.6")).isEqualTo(Cny.ofFen(1_234_560));
    assertThat(Cny.of(" 0.01 ")).isEqualTo(Cny.ofFen(1));
    assertThat(Cny.of("-3.50")).isEqualTo(Cny.ofFen(-350));
    assertThat(Cny.ZERO).isEqualTo(Cny.ofFen(0));
    assertThat(Cny.of("9300").getCurrencyUnit()).isEqualTo(Cny.CNY);
    assertThat(Cny.of("9300").getAmount().scale()).isEqualTo(2);
  }

  @Test
  void ofRejectsTextThatIsNotADecimal() {
    assertThatThrownBy(() -> Cny.of("9,300"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be a decimal number of yuan, but was '9,300'");
    assertThatThrownBy(() -> Cny.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be a decimal number of yuan, but was ''");
    assertThatThrownBy(() -> Cny.of("¥12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was '¥12'");
  }

  @Test
  void ofRejectsFractionsOfAFen() {
    assertThatThrownBy(() -> Cny.of("1.005"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must have at most 2 decimal places (whole fen), but was 1.005");
    assertThatThrownBy(() -> Cny.of(new BigDecimal("0.001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must have at most 2 decimal places (whole fen), but was 0.001");
  }

  @Test
  void requireCnyRejectsOtherCurrencies() {
    Money usd = Money.of(CurrencyUnit.USD, new BigDecimal("10.00"));
    assertThatThrownBy(() -> Cny.requireCny(usd, "base"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("base must be in CNY, but was USD 10.00");
    assertThat(Cny.requireCny(Cny.ofYuan(10), "base")).isEqualTo(Cny.ofYuan(10));
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(Money.class, Cny.ZERO).testAllPublicStaticMethods(Cny.class);
  }
}
