package org.zhengbing.core.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.zhengbing.core.quota.QuotaGenerators.examples;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.zhengbing.core.quota.QuotaGenerators.Problem;

/**
 * The fixed-point paths of the kernel (counts in vector lanes, {@link FixedPointCounts}) agree with the general
 * exact path, and with the scalar {@code long} paths, in everything a result reports; they run on the inputs they
 * are for; and each unit's fixed-point count equals the exact count computed with {@link BigInteger}.
 */
class FixedPointPathsPropertiesTest {

  /** Few shrink cycles: each candidate is thousands of units apportioned three times, so a failure reports fast. */
  private static final int SHRINKS = 20;

  /** Weight shapes: villages (20..600), skewed townships (with zeros), few distinct weights (many ties). */
  enum Shape {
    VILLAGES, SKEWED, FEW_WEIGHTS
  }

  /**
   * A problem without floors or caps of at least {@link ApportionmentKernel#FIXED_POINT_UNITS} units; the total
   * is drawn from one of three ranges: below the number of units (first places only, for Huntington-Hill and Adams),
   * around it, or several places per unit.
   */
  static Problem plain(Shape shape, long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = ApportionmentKernel.FIXED_POINT_UNITS + size;
    List<QuotaUnit> units = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long w;
      switch (shape) {
        case VILLAGES:
          w = random.nextInt(20, 601);
          break;
        case SKEWED:
          w = random.nextInt(8) == 0 ? 0 : 1L << random.nextInt(17);
          break;
        default:
          w = new long[] {3, 5, 8, 13}[random.nextInt(4)];
          break;
      }
      units.add(QuotaUnit.of(UnitKey.of(String.format(Locale.ROOT, "v%06d", i)), w));
    }
    long total;
    switch (random.nextInt(3)) {
      case 0:
        total = 1 + random.nextInt(n / 2);
        break;
      case 1:
        total = n / 2 + random.nextInt(n);
        break;
      default:
        total = random.nextLong(2L * n, 12L * n);
        break;
    }
    return new Problem(total, units);
  }

  private static Gen<Problem> problems(Shape shape) {
    return longs().all().zip(integers().between(0, 6_000), (seed, size) -> plain(shape, seed, size));
  }

  private static void assertSameResult(Apportionment a, Apportionment b) {
    assertThat(a.toArray()).isEqualTo(b.toArray());
    assertThat(a.isTieBroken()).isEqualTo(b.isTieBroken());
    assertThat(a.tiedUnits()).isEqualTo(b.tiedUnits());
    assertThat(a.tieWinners()).isEqualTo(b.tieWinners());
    assertThat(a.thresholdUnit()).isEqualTo(b.thresholdUnit());
    assertThat(a.divisorSquared()).isEqualTo(b.divisorSquared());
    assertThat(a.scale()).isEqualTo(b.scale());
  }

  private static void assertAllPathsAgree(ApportionmentMethod m, Problem p) {
    Apportionment lanes = QuotaApportioner.of(m).apportion(p.total, p.units);
    Apportionment general = QuotaApportioner.of(m).generalPathOnly().apportion(p.total, p.units);
    Apportionment scalar = QuotaApportioner.of(m).scalarPathsOnly().apportion(p.total, p.units);
    assertSameResult(lanes, general);
    assertSameResult(scalar, general);
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void villageLikeInputsGiveTheSameResultOnEveryPath(ApportionmentMethod m) {
    qt().withExamples(examples(12)).withShrinkCycles(SHRINKS).forAll(problems(Shape.VILLAGES)).checkAssert(p -> assertAllPathsAgree(m, p));
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void skewedInputsWithZeroWeightsGiveTheSameResultOnEveryPath(ApportionmentMethod m) {
    qt().withExamples(examples(12)).withShrinkCycles(SHRINKS).forAll(problems(Shape.SKEWED)).checkAssert(p -> assertAllPathsAgree(m, p));
  }

  /** Four weights among thousands of units: whole groups tie, and the tie is reported the same way. */
  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void tieHeavyInputsGiveTheSameResultOnEveryPath(ApportionmentMethod m) {
    qt().withExamples(examples(12)).withShrinkCycles(SHRINKS).forAll(problems(Shape.FEW_WEIGHTS))
        .checkAssert(p -> assertAllPathsAgree(m, p));
  }

  /** The kernel's own record of the path it took, on the benchmark's shape: the fixed-point paths are not skipped. */
  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void villageLikeInputsTakeTheFixedPointPath(ApportionmentMethod m) {
    int n = 20_000;
    long[] w = new long[n];
    SplittableRandom random = new SplittableRandom(2023);
    long sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = random.nextInt(20, 601);
      sum += w[i];
    }
    // below the number of units (first places only for Huntington-Hill and Adams) and above it
    for (long total : new long[] {14_500, 61_000}) {
      ApportionmentKernel kernel = new ApportionmentKernel(n);
      int[] out = new int[n];
      kernel.apportion(m, total, w, null, null, 0, n, out, ApportionmentKernel.INDEX_ORDER, sum);
      assertThat(kernel.lastPath).as("%s, %s places", m, total).isEqualTo("fixed-point");
      assertThat(java.util.Arrays.stream(out).asLongStream().sum()).isEqualTo(total);
    }
  }

  /** With a floor the fixed-point paths do not apply: the scalar paths give the result. */
  @Test
  void floorsKeepTheScalarPaths() {
    int n = 5_000;
    long[] w = new long[n];
    int[] floors = new int[n];
    for (int i = 0; i < n; i++) {
      w[i] = 20 + i % 581;
    }
    floors[7] = 3;
    ApportionmentKernel kernel = new ApportionmentKernel(n);
    kernel.apportion(ApportionmentMethod.D_HONDT, 9_000, w, floors, null, 0, n, new int[n],
        ApportionmentKernel.INDEX_ORDER);
    assertThat(kernel.lastPath).isEqualTo("long");
  }

  // ------------------------------------------------------------------------------------------ one unit's count

  /** floor((w a + b) c / 2^s) + e [w > 0], exactly. */
  private static long exactLinear(long w, long a, long b, long c, int s, long e) {
    BigInteger x = BigInteger.valueOf(w).multiply(BigInteger.valueOf(a)).add(BigInteger.valueOf(b))
        .multiply(BigInteger.valueOf(c)).shiftRight(s);
    return x.longValueExact() + (w > 0 ? e : 0);
  }

  /** The number of k >= 0 with k (k+1) 4^s <= (w L)^2, for w > 0; 0 for w = 0. */
  private static long exactHuntingtonHill(long w, long l, int s) {
    if (w == 0) {
      return 0;
    }
    BigInteger x2 = BigInteger.valueOf(w).multiply(BigInteger.valueOf(l)).pow(2);
    BigInteger scale = BigInteger.ONE.shiftLeft(2 * s);
    long k = BigInteger.valueOf(w).multiply(BigInteger.valueOf(l)).shiftRight(s).longValueExact();
    // k places at least (k-1)k <= k^2 <= x^2; one more if k (k+1) fits
    BigInteger kk = BigInteger.valueOf(k).multiply(BigInteger.valueOf(k + 1)).multiply(scale);
    return kk.compareTo(x2) <= 0 ? k + 1 : k;
  }

  @Test
  void theDivisorMethodsLinearCountIsExactUpToTheBoundTheKernelKeeps() {
    // the kernel keeps w L + 2^(s-1) below 2^62
    qt().withExamples(examples(2_000)).forAll(integers().between(8, 61), longs().between(0, 1L << 40),
        longs().between(1, Long.MAX_VALUE)).checkAssert((s, w, r) -> {
          long l = w == 0 ? r % (1L << 40) : (r % ((1L << 61) / Math.max(1, w)));
          long half = 1L << (s - 1);
          assertThat(FixedPointCounts.linear(w, l, 0, 1, s, 0)).isEqualTo(exactLinear(w, l, 0, 1, s, 0));
          assertThat(FixedPointCounts.linear(w, l, half, 1, s, 0)).isEqualTo(exactLinear(w, l, half, 1, s, 0));
          assertThat(FixedPointCounts.linear(w, l, 0, 1, s, 1)).isEqualTo(exactLinear(w, l, 0, 1, s, 1));
        });
  }

  @Test
  void theLargestRemainderMultiplierDividesExactlyBelowTwoToThe31() {
    qt().withExamples(examples(2_000)).forAll(longs().between(1, (1L << 31) - 1), longs().between(0, Long.MAX_VALUE))
        .checkAssert((q, r) -> {
          int l = 64 - Long.numberOfLeadingZeros(q - 1);
          int s = 31 + l;
          long m = (1L << s) / q + 1;
          long x = r % (1L << 31);
          assertThat(FixedPointCounts.linear(1, x, 0, m, s, 0)).isEqualTo(x / q);
          long top = (1L << 31) - 1;
          assertThat(FixedPointCounts.linear(1, top, 0, m, s, 0)).isEqualTo(top / q);
        });
  }

  @Test
  void theHuntingtonHillCountIsExactUpToTheBoundTheKernelKeeps() {
    // the kernel keeps w L 2^s below 2^62, with s <= 31
    qt().withExamples(examples(2_000)).forAll(integers().between(8, 31), longs().between(0, 1L << 30),
        longs().between(0, Long.MAX_VALUE)).checkAssert((s, w, r) -> {
          long bound = (1L << (62 - s)) / Math.max(1, w);
          long l = r % Math.max(1, bound);
          assertThat(FixedPointCounts.huntingtonHill(w, l, s)).isEqualTo(exactHuntingtonHill(w, l, s));
        });
  }

  @Test
  void theHuntingtonHillCountIsExactAtTheGeometricMeans() {
    // L such that w L / 2^s lands just below, on and above sqrt(k (k+1)) for small k
    int s = 24;
    for (long k = 1; k <= 40; k++) {
      for (long w = 1; w <= 9; w++) {
        BigInteger target = BigInteger.valueOf(k * (k + 1)).shiftLeft(2 * s).sqrt();
        long l0 = target.divide(BigInteger.valueOf(w)).longValueExact();
        for (long l = l0 - 2; l <= l0 + 2; l++) {
          assertThat(FixedPointCounts.huntingtonHill(w, l, s)).as("w=%s L=%s", w, l)
              .isEqualTo(exactHuntingtonHill(w, l, s));
        }
      }
    }
  }
}
