package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact non-negative rational number, such as a unit's quota {@code 450000 × 312 / 8190012}: the quotas,
 * scales and divisors of an apportionment, which rarely terminate as decimals.
 *
 * <p>Held in lowest terms. The text form is {@code "n/d"} (or {@code "n"} for a whole number).
 *
 * <p>This class is immutable and thread-safe. It is value-based: do not use identity-sensitive operations on it.
 */
public final class Fraction implements Comparable<Fraction> {

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains {@code numerator / denominator} in lowest terms.
   *
   * @param numerator  the numerator, {@code >= 0}, not null
   * @param denominator  the denominator, {@code > 0}, not null
   * @return the fraction, never null
   * @throws IllegalArgumentException if the numerator is negative or the denominator not positive
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    checkArgument(numerator.signum() >= 0, "fraction numerator must be >= 0, but was %s", numerator);
    checkArgument(denominator.signum() > 0, "fraction denominator must be > 0, but was %s", denominator);
    BigInteger g = numerator.gcd(denominator);
    if (g.signum() == 0 || g.equals(BigInteger.ONE)) {
      return new Fraction(numerator, numerator.signum() == 0 ? BigInteger.ONE : denominator);
    }
    return new Fraction(numerator.divide(g), denominator.divide(g));
  }

  /**
   * Obtains {@code numerator / denominator} in lowest terms.
   *
   * @param numerator  the numerator, {@code >= 0}
   * @param denominator  the denominator, {@code > 0}
   * @return the fraction, never null
   * @throws IllegalArgumentException if the numerator is negative or the denominator not positive
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Obtains {@code a × b / denominator}, computed exactly.
   *
   * @param a  a factor, {@code >= 0}
   * @param b  a factor, {@code >= 0}
   * @param denominator  the denominator, {@code > 0}
   * @return the fraction, never null
   */
  static Fraction ofProduct(long a, long b, long denominator) {
    return of(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), BigInteger.valueOf(denominator));
  }

  /**
   * Returns the numerator, in lowest terms.
   *
   * @return the numerator, never null
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * Returns the denominator, in lowest terms.
   *
   * @return the denominator, {@code > 0}, never null
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * Returns the whole part, rounded down.
   *
   * @return the whole part, never null
   */
  public BigInteger wholePart() {
    return numerator.divide(denominator);
  }

  /**
   * Returns true if the fraction is a whole number.
   *
   * @return whether the denominator is one
   */
  public boolean isWhole() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * Returns the value as a decimal, rounded to a number of places.
   *
   * @param scale  the decimal places to keep, {@code >= 0}
   * @param rounding  the rounding mode, not null
   * @return the decimal, never null
   * @throws ArithmeticException if rounding is needed and the mode is {@link RoundingMode#UNNECESSARY}
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    checkArgument(scale >= 0, "scale must be >= 0, but was %s", scale);
    checkNotNull(rounding, "rounding");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Fraction && ((Fraction) obj).numerator.equals(numerator)
        && ((Fraction) obj).denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /**
   * Returns {@code "n/d"}, or {@code "n"} for a whole number.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return isWhole() ? numerator.toString() : numerator + "/" + denominator;
  }
}
