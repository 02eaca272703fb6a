package org.zhengbing.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.Money;

/**
 * An exact decimal ratio, such as an uplift of 60%, a share of 45% or a target of 1.2 times the quota.
 *
 * <p>A rate is held as an exact decimal fraction ({@code 0.6} for 60%). Its text form is a percentage, such as
 * {@code "60%"} or {@code "12.5%"}, which {@link #parse(String)} reads back. Two rates are equal when they denote the
 * same number, whatever their scale ({@code 60%} equals {@code 60.0%}).
 *
 * <p>This class is immutable and thread-safe. It is value-based: do not use identity-sensitive operations on it.
 */
public final class Rate implements Comparable<Rate> {

  /** A rate of zero. */
  public static final Rate ZERO = new Rate(BigDecimal.ZERO);
  /** A rate of one hundred percent. */
  public static final Rate ONE = new Rate(BigDecimal.ONE);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal fraction;

  private Rate(BigDecimal fraction) {
    this.fraction = fraction.signum() == 0 ? BigDecimal.ZERO : fraction.stripTrailingZeros();
  }

  /**
   * Obtains a rate from an exact fraction, {@code 0.6} for 60%.
   *
   * @param fraction  the fraction, not null
   * @return the rate, never null
   */
  public static Rate ofFraction(BigDecimal fraction) {
    checkNotNull(fraction, "fraction");
    return new Rate(fraction);
  }

  /**
   * Obtains a rate from a percentage, {@code 60} for 60%.
   *
   * @param percent  the percentage, not null
   * @return the rate, never null
   */
  public static Rate ofPercent(BigDecimal percent) {
    checkNotNull(percent, "percent");
    return new Rate(percent.movePointLeft(2));
  }

  /**
   * Obtains a rate from a whole percentage, {@code 60} for 60%.
   *
   * @param percent  the percentage
   * @return the rate, never null
   */
  public static Rate ofPercent(long percent) {
    return new Rate(BigDecimal.valueOf(percent).movePointLeft(2));
  }

  /**
   * Obtains the rate {@code numerator / denominator}, rounded to a number of decimal places of the fraction.
   *
   * @param numerator  the numerator
   * @param denominator  the denominator, not zero
   * @param scale  the decimal places of the fraction to keep, 0 to 18
   * @param rounding  how to round a quotient that does not terminate within the scale, not null
   * @return the rate, never null
   * @throws IllegalArgumentException if the denominator is zero or the scale out of range
   * @throws ArithmeticException if rounding is needed and the mode is {@link RoundingMode#UNNECESSARY}
   */
  public static Rate ofRatio(long numerator, long denominator, int scale, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    checkArgument(denominator != 0, "rate denominator must not be zero, but was 0 (numerator %s)", numerator);
    checkArgument(scale >= 0 && scale <= 18, "rate scale must be in 0..18, but was %s", scale);
    return new Rate(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, rounding));
  }

  /**
   * Parses a percentage such as {@code "60%"}, {@code "12.5%"} or {@code "-5%"}.
   *
   * <p>The text is a plain decimal number followed by {@code %}. Exponents, thousands separators and spaces inside
   * the number are rejected.
   *
   * @param text  the text to parse, not null
   * @return the rate, never null
   * @throws IllegalArgumentException if the text is not a percentage
   */
  public static Rate parse(String text) {
    checkNotNull(text, "text");
    String trimmed = text.trim();
    checkArgument(trimmed.endsWith("%") && trimmed.length() > 1,
        "rate must be a percentage such as '12.5%', but was '%s'", text);
    String number = trimmed.substring(0, trimmed.length() - 1);
    checkArgument(number.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)"),
        "rate must be a percentage such as '12.5%', but was '%s'", text);
    return ofPercent(new BigDecimal(number));
  }

  /**
   * Returns the rate as an exact fraction, {@code 0.6} for 60%.
   *
   * @return the fraction, never null
   */
  public BigDecimal fraction() {
    return fraction;
  }

  /**
   * Returns the rate as a percentage, {@code 60} for 60%.
   *
   * @return the percentage, never null
   */
  public BigDecimal percent() {
    BigDecimal p = fraction.movePointRight(2);
    return p.signum() == 0 ? BigDecimal.ZERO : p.stripTrailingZeros();
  }

  /**
   * Returns the sum of this rate and another, exactly.
   *
   * @param other  the rate to add, not null
   * @return the sum, never null
   */
  public Rate plus(Rate other) {
    checkNotNull(other, "other");
    return new Rate(fraction.add(other.fraction));
  }

  /**
   * Returns this rate less another, exactly.
   *
   * @param other  the rate to subtract, not null
   * @return the difference, never null
   */
  public Rate minus(Rate other) {
    checkNotNull(other, "other");
    return new Rate(fraction.subtract(other.fraction));
  }

  /**
   * Applies this rate to an amount, rounding the product to whole fen.
   *
   * @param amount  the amount, not null
   * @param rounding  the rounding of the product to fen, not null
   * @return {@code amount × rate}, never null
   * @throws ArithmeticException if the product needs rounding and the mode is {@link RoundingMode#UNNECESSARY}
   */
  public Money applyTo(Money amount, RoundingMode rounding) {
    checkNotNull(amount, "amount");
    checkNotNull(rounding, "rounding");
    return amount.multipliedBy(fraction, rounding);
  }

  /**
   * Returns true if this rate is zero.
   *
   * @return whether the rate is zero
   */
  public boolean isZero() {
    return fraction.signum() == 0;
  }

  /**
   * Returns true if this rate is below zero.
   *
   * @return whether the rate is negative
   */
  public boolean isNegative() {
    return fraction.signum() < 0;
  }

  @Override
  public int compareTo(Rate other) {
    return fraction.compareTo(other.fraction);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rate && ((Rate) obj).fraction.compareTo(fraction) == 0;
  }

  @Override
  public int hashCode() {
    return fraction.hashCode();
  }

  /**
   * Returns the rate as a percentage, such as {@code "12.5%"}, which {@link #parse(String)} reads back.
   *
   * @return the percentage text, never null
   */
  @Override
  public String toString() {
    return percent().toPlainString() + "%";
  }
}
