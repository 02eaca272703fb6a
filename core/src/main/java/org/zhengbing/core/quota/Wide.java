package org.zhengbing.core.quota;

import java.math.BigInteger;

/**
 * Exact comparisons of products of non-negative {@code long}s, in 128- and 192-bit arithmetic without allocation.
 *
 * <p>Every argument must be {@code >= 0}; callers check this once, when the data is validated.
 */
final class Wide {

  private Wide() {}

  /** The high 64 bits of the unsigned 128-bit product of two unsigned longs. */
  static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  /**
   * Compares {@code a * b} with {@code c * d} exactly.
   *
   * @return negative, zero or positive as {@code a * b} is less than, equal to or greater than {@code c * d}
   */
  static int compareProducts(long a, long b, long c, long d) {
    long hi1 = Math.multiplyHigh(a, b);
    long hi2 = Math.multiplyHigh(c, d);
    if (hi1 != hi2) {
      return hi1 < hi2 ? -1 : 1;
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  /**
   * Compares {@code a * b * m} with {@code c * d * n} exactly, in 192 bits.
   *
   * @return negative, zero or positive as the first product is less than, equal to or greater than the second
   */
  static int compareTriples(long a, long b, long m, long c, long d, long n) {
    // x = a*b as (xh, xl), then x*m as (r2, r1, r0).
    long xl = a * b;
    long xh = Math.multiplyHigh(a, b);
    long yl = c * d;
    long yh = Math.multiplyHigh(c, d);
    long p0 = xl * m;
    long p0h = unsignedMultiplyHigh(xl, m);
    long p1 = xh * m;
    long p1h = unsignedMultiplyHigh(xh, m);
    long r1 = p0h + p1;
    long r2 = p1h + (Long.compareUnsigned(r1, p0h) < 0 ? 1 : 0);
    long q0 = yl * n;
    long q0h = unsignedMultiplyHigh(yl, n);
    long q1 = yh * n;
    long q1h = unsignedMultiplyHigh(yh, n);
    long s1 = q0h + q1;
    long s2 = q1h + (Long.compareUnsigned(s1, q0h) < 0 ? 1 : 0);
    if (r2 != s2) {
      return Long.compareUnsigned(r2, s2);
    }
    if (r1 != s1) {
      return Long.compareUnsigned(r1, s1);
    }
    return Long.compareUnsigned(p0, q0);
  }

  /**
   * Returns {@code floor(a * b / q)} and stores {@code a * b mod q} in {@code remainder[0]}; the quotient must fit
   * in a long ({@code a <= q} or {@code b <= q} is enough when the other fits in an int).
   */
  static long divide(long a, long b, long q, long[] remainder) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if (hi == 0 && lo >= 0) {
      remainder[0] = lo % q;
      return lo / q;
    }
    BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(q));
    remainder[0] = qr[1].longValueExact();
    return qr[0].longValueExact();
  }

  /** Whether {@code a * b} fits in a non-negative long ({@code a, b >= 0}). */
  static boolean productFits(long a, long b) {
    return Math.multiplyHigh(a, b) == 0 && a * b >= 0;
  }

  /**
   * Returns {@code floor((2^64 - 1) / d)} as an unsigned long, the reciprocal that {@link #quotient} multiplies by.
   *
   * @param d  the divisor, {@code >= 1}
   */
  static long reciprocal(long d) {
    return Long.divideUnsigned(-1L, d);
  }

  /**
   * Returns {@code floor(x / d)} exactly for {@code 0 <= x} and {@code d >= 1}, given {@code m = reciprocal(d)}: the
   * high half of {@code x * m} is the quotient or one less (its error is below {@code x (d + 1) / (d 2^64) < 1}), and
   * one comparison corrects it. A multiplication costs far less than a 64-bit division in a loop over a fixed
   * divisor.
   */
  static long quotient(long x, long d, long m) {
    long q = Math.multiplyHigh(x, m) + ((m >> 63) & x);
    return x - q * d >= d ? q + 1 : q;
  }
}
