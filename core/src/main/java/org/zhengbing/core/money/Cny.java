package org.zhengbing.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Factories for amounts in Chinese yuan (人民币), as Joda-Money {@link Money} with two decimal places.
 *
 * <p>This class only creates and checks values; Zhengbing does not define a money type of its own.
 * This class is immutable and thread-safe.
 */
public final class Cny {

  /** The currency of every amount in Zhengbing. */
  public static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  /** Zero yuan. */
  public static final Money ZERO = Money.zero(CNY);

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private Cny() {}

  /**
   * Obtains an amount from a plain decimal text in yuan, such as {@code "9300"} or {@code "12345.60"}.
   *
   * <p>Exponents ({@code "1E+12"}) are rejected: {@code "1E+2147483647"} cannot be held, and
   * {@code "1E+10000000"} would take seconds to expand.
   *
   * @param yuan  the amount in yuan, at most two decimal places, not null
   * @return the amount, never null
   * @throws IllegalArgumentException if the text is not a plain decimal number or has more than two decimal places
   */
  public static Money of(String yuan) {
    checkNotNull(yuan, "yuan");
    String trimmed = yuan.trim();
    if (!PLAIN_DECIMAL.matcher(trimmed).matches()) {
      throw new IllegalArgumentException("amount must be a decimal number of yuan, but was '" + yuan + "'");
    }
    return of(new BigDecimal(trimmed));
  }

  /**
   * Obtains an amount from an exact decimal in yuan.
   *
   * @param yuan  the amount in yuan, at most two decimal places, not null
   * @return the amount, never null
   * @throws IllegalArgumentException if the value has more than two decimal places
   */
  public static Money of(BigDecimal yuan) {
    checkNotNull(yuan, "yuan");
    BigDecimal stripped = yuan.stripTrailingZeros();
    // plain text only for a modest scale: the plain text of 1E-2147483647 cannot even be allocated
    checkArgument(stripped.scale() <= 2, "amount must have at most 2 decimal places (whole fen), but was %s",
        stripped.scale() <= 1000 ? yuan.toPlainString() : yuan);
    return Money.of(CNY, stripped.setScale(2));
  }

  /**
   * Obtains an amount of whole yuan.
   *
   * @param yuan  the number of yuan
   * @return the amount, never null
   */
  public static Money ofYuan(long yuan) {
    return Money.of(CNY, BigDecimal.valueOf(yuan).setScale(2));
  }

  /**
   * Obtains an amount from a number of fen (hundredths of a yuan).
   *
   * @param fen  the number of fen
   * @return the amount, never null
   */
  public static Money ofFen(long fen) {
    return Money.ofMinor(CNY, fen);
  }

  /**
   * Checks that an amount is in yuan.
   *
   * @param amount  the amount to check, not null
   * @param name  what the amount is, for the message, not null
   * @return the amount, never null
   * @throws IllegalArgumentException if the amount is not in CNY
   */
  public static Money requireCny(Money amount, String name) {
    checkNotNull(name, "name");
    checkNotNull(amount, name);
    checkArgument(amount.getCurrencyUnit().equals(CNY), "%s must be in CNY, but was %s", name, amount);
    return amount;
  }
}
