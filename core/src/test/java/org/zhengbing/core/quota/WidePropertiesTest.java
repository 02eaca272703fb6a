package org.zhengbing.core.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class WidePropertiesTest {

  private static Gen<Long> operands() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(2, longs().between(0, 1000)),
        org.quicktheories.api.Pair.of(2, longs().between(0, Long.MAX_VALUE)),
        org.quicktheories.api.Pair.of(1, Generate.pick(java.util.List.of(0L, 1L, Long.MAX_VALUE,
            Long.MAX_VALUE - 1, 1L << 62, (1L << 32) - 1, 1L << 32))));
  }

  private static BigInteger b(long x) {
    return BigInteger.valueOf(x);
  }

  @Test
  void compareProductsAgreesWithBigInteger() {
    qt().forAll(operands(), operands(), operands(), operands()).checkAssert((a, x, c, d) ->
        assertThat(Integer.signum(Wide.compareProducts(a, x, c, d)))
            .isEqualTo(b(a).multiply(b(x)).compareTo(b(c).multiply(b(d)))));
  }

  @Test
  void compareTriplesAgreesWithBigInteger() {
    qt().forAll(operands(), operands(), operands(), operands()).checkAssert((a, x, m, c) -> {
      long d = x ^ 0x5555L;
      long n = m / 3 + 1;
      assertThat(Integer.signum(Wide.compareTriples(a, x, m, c, d, n)))
          .isEqualTo(b(a).multiply(b(x)).multiply(b(m)).compareTo(b(c).multiply(b(d)).multiply(b(n))));
    });
  }

  @Test
  void equalTriplesCompareEqual() {
    qt().forAll(operands(), operands(), operands()).checkAssert((a, x, m) ->
        assertThat(Wide.compareTriples(a, x, m, x, m, a)).isZero());
  }

  @Test
  void divideAgreesWithBigInteger() {
    // the quotient fits in a long whenever the divisor is at least the weight, as for a unit's quota
    qt().forAll(longs().between(0, Integer.MAX_VALUE), operands(), longs().between(0, 1_000_000)).checkAssert(
        (p, w, extra) -> {
          long q = Math.max(w, 1) > Long.MAX_VALUE - extra ? Long.MAX_VALUE : Math.max(w, 1) + extra;
          long[] rem = new long[1];
          long whole = Wide.divide(p, w, q, rem);
          BigInteger[] qr = b(p).multiply(b(w)).divideAndRemainder(b(q));
          assertThat(whole).isEqualTo(qr[0].longValueExact());
          assertThat(rem[0]).isEqualTo(qr[1].longValueExact());
        });
  }

  @Test
  void quotientByReciprocalAgreesWithDivision() {
    qt().forAll(operands(), operands()).checkAssert((x, d0) -> {
      long d = Math.max(1, d0);
      assertThat(Wide.quotient(x, d, Wide.reciprocal(d))).isEqualTo(x / d);
    });
  }

  @Test
  void quotientByReciprocalIsExactAtMultiplesAndTheirNeighbours() {
    qt().forAll(longs().between(1, Long.MAX_VALUE), longs().between(0, 1 << 20)).checkAssert((d, k) -> {
      long m = Wide.reciprocal(d);
      for (long x : new long[] {k * d - 1, k * d, k * d + 1, Long.MAX_VALUE - k}) {
        if (x >= 0 && (k == 0 || k * d / k == d)) {
          assertThat(Wide.quotient(x, d, m)).as("%s / %s", x, d).isEqualTo(x / d);
        }
      }
    });
  }

  @Test
  void productFitsAgreesWithBigInteger() {
    qt().forAll(operands(), operands()).checkAssert((a, x) ->
        assertThat(Wide.productFits(a, x)).isEqualTo(b(a).multiply(b(x)).bitLength() <= 63));
  }
}
