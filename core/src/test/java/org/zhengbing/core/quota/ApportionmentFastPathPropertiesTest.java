package org.zhengbing.core.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.zhengbing.core.quota.QuotaGenerators.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.zhengbing.core.quota.QuotaGenerators.Problem;

/**
 * The {@code long} fast paths of the kernel (reciprocal division, histogram selection, sampled divisor search) agree
 * with the general exact path in everything a result reports, on inputs from tiny to a few thousand units, including
 * inputs whose products overflow 64 bits (weights near 10^12, totals up to 10^7) and so force the general path.
 */
class ApportionmentFastPathPropertiesTest {

  /** The kinds of input: village-like, township-like, tie-heavy with floors and caps, and overflowing. */
  enum Shape {
    VILLAGES, TOWNSHIPS, TIES, HUGE
  }

  /** Builds a problem of a shape from a seed: sizes and totals that cross every branch of the fast paths. */
  static Problem problem(Shape shape, long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + size;
    List<QuotaUnit> units = new ArrayList<>(n);
    long floors = 0;
    long room = 0;
    boolean unbounded = false;
    for (int i = 0; i < n; i++) {
      long w;
      switch (shape) {
        case VILLAGES:
          w = random.nextInt(20, 601);
          break;
        case TOWNSHIPS:
          w = random.nextInt(10) == 0 ? 0 : random.nextLong(1, 100_001);
          break;
        case TIES:
          w = new long[] {0, 5, 7, 10, 10, 14}[random.nextInt(6)];
          break;
        default:
          w = random.nextLong(999_000_000_000L, 1_000_000_000_001L);
          break;
      }
      QuotaUnit u = QuotaUnit.of(UnitKey.of(String.format(java.util.Locale.ROOT, "u%05d", i)), w);
      if (shape == Shape.TIES && random.nextInt(4) == 0) {
        int f = random.nextInt(3);
        u = u.withCap(f + random.nextInt(5)).withFloor(f);
      }
      units.add(u);
      floors += u.floor();
      long r = QuotaGenerators.room(u);
      if (r == Long.MAX_VALUE) {
        unbounded = true;
      } else {
        room += r;
      }
    }
    long max;
    switch (shape) {
      case VILLAGES:
        max = 2L * n;
        break;
      case TOWNSHIPS:
        max = 20L * n;
        break;
      case TIES:
        max = 3L * n;
        break;
      default:
        max = 10_000_000L;
        break;
    }
    if (!unbounded) {
      max = Math.min(max, room);
    }
    max = Math.max(max, floors);
    long total = floors + random.nextLong(max - floors + 1);
    if (unbounded || total <= room) {
      return new Problem(total, units);
    }
    return new Problem(floors, units);
  }

  private static Gen<Problem> problems(Shape shape, int maxSize) {
    return longs().all().zip(integers().between(0, maxSize), (seed, size) -> problem(shape, seed, size));
  }

  private static void assertSame(ApportionmentMethod m, Problem p) {
    Apportionment fast = QuotaApportioner.of(m).apportion(p.total, p.units);
    Apportionment general = QuotaApportioner.of(m).generalPathOnly().apportion(p.total, p.units);
    assertThat(fast.toArray()).isEqualTo(general.toArray());
    assertThat(fast.tiedUnits()).isEqualTo(general.tiedUnits());
    assertThat(fast.tieWinners()).isEqualTo(general.tieWinners());
    assertThat(fast.thresholdUnit()).isEqualTo(general.thresholdUnit());
    assertThat(fast.divisorSquared()).isEqualTo(general.divisorSquared());
    assertThat(fast.scale()).isEqualTo(general.scale());
    assertThat(fast.boundFloors()).isEqualTo(general.boundFloors());
    assertThat(fast.boundCaps()).isEqualTo(general.boundCaps());
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void fastPathAgreesWithGeneralPathOnVillageLikeInputs(ApportionmentMethod m) {
    qt().withExamples(examples(40)).forAll(problems(Shape.VILLAGES, 4000)).checkAssert(p -> assertSame(m, p));
  }

  /** Above 8,192 units without floors or caps the divisor search samples blocks: fewer examples, they are large. */
  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void fastPathAgreesWithGeneralPathOnLargeInputsThatSampleBlocks(ApportionmentMethod m) {
    qt().withExamples(examples(8)).forAll(longs().all().zip(integers().between(8_192, 40_000),
        (seed, size) -> problem(seed % 2 == 0 ? Shape.VILLAGES : Shape.TOWNSHIPS, seed, size)))
        .checkAssert(p -> assertSame(m, p));
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void fastPathAgreesWithGeneralPathOnTownshipLikeInputs(ApportionmentMethod m) {
    qt().withExamples(examples(60)).forAll(problems(Shape.TOWNSHIPS, 3000)).checkAssert(p -> assertSame(m, p));
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void fastPathAgreesWithGeneralPathOnTiesFloorsAndCaps(ApportionmentMethod m) {
    qt().withExamples(examples(60)).forAll(problems(Shape.TIES, 3000)).checkAssert(p -> assertSame(m, p));
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void overflowingInputsFallBackToTheExactPath(ApportionmentMethod m) {
    qt().withExamples(examples(60)).forAll(problems(Shape.HUGE, 200)).checkAssert(p -> assertSame(m, p));
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void fastPathAgreesWithGeneralPathOnSmallConstrainedInputs(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.constrained(12, 200)).checkAssert(p -> assertSame(m, p));
  }
}
