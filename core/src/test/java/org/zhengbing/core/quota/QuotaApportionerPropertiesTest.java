package org.zhengbing.core.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.quota.QuotaGenerators.Problem;

class QuotaApportionerPropertiesTest {

  private static int[] apportion(ApportionmentMethod m, Problem p) {
    return QuotaApportioner.of(m).apportion(p.total, p.units).toArray();
  }

  private static long sum(int[] a) {
    long s = 0;
    for (int x : a) {
      s += x;
    }
    return s;
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void apportionedPlacesSumToTotal(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.constrained(12, 60)).checkAssert(p ->
        assertThat(sum(apportion(m, p))).isEqualTo(p.total));
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void floorsAndCapsHold(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.constrained(12, 60)).checkAssert(p -> {
      int[] places = apportion(m, p);
      for (int i = 0; i < places.length; i++) {
        QuotaUnit u = p.units.get(i);
        assertThat(places[i]).as("places of %s", u).isGreaterThanOrEqualTo(u.floor());
        assertThat(places[i]).as("places of %s", u).isLessThanOrEqualTo(u.cap().orElse(Integer.MAX_VALUE));
        if (u.weight() == 0) {
          assertThat(places[i]).as("a unit of weight 0 gets its floor: %s", u).isEqualTo(u.floor());
        }
      }
    });
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void reorderingUnitsPermutesResult(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.constrained(12, 60), integers().between(0, 11)).checkAssert((p, shift) -> {
      Apportionment original = QuotaApportioner.of(m).apportion(p.total, p.units);
      List<QuotaUnit> reordered = new ArrayList<>(p.units);
      Collections.reverse(reordered);
      Collections.rotate(reordered, shift);
      Apportionment moved = QuotaApportioner.of(m).apportion(p.total, reordered);
      for (QuotaUnit u : p.units) {
        assertThat(moved.places(u.key())).as("places of %s", u.key()).isEqualTo(original.places(u.key()));
      }
    });
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void scalingWeightsChangesNothing(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.constrained(12, 60), integers().between(2, 1000)).checkAssert((p, factor) -> {
      List<QuotaUnit> scaled = new ArrayList<>();
      for (QuotaUnit u : p.units) {
        QuotaUnit s = QuotaUnit.of(u.key(), u.weight() * factor);
        if (u.cap().isPresent()) {
          s = s.withCap(u.cap().getAsInt());
        }
        scaled.add(s.withFloor(u.floor()));
      }
      assertThat(QuotaApportioner.of(m).apportion(p.total, scaled).toArray()).isEqualTo(apportion(m, p));
    });
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void largerWeightNeverGetsFewerPlaces(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.unconstrained(12, 80)).checkAssert(p -> {
      int[] places = apportion(m, p);
      for (int i = 0; i < places.length; i++) {
        for (int j = 0; j < places.length; j++) {
          if (p.units.get(i).weight() > p.units.get(j).weight()) {
            assertThat(places[i]).as("%s vs %s", p.units.get(i), p.units.get(j)).isGreaterThanOrEqualTo(places[j]);
          }
        }
      }
    });
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void resultIsDeterministic(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.constrained(10, 60)).checkAssert(p -> {
      Apportionment a = QuotaApportioner.of(m).apportion(p.total, p.units);
      Apportionment b = QuotaApportioner.of(m).apportion(p.total, p.units);
      assertThat(b.toArray()).isEqualTo(a.toArray());
      assertThat(b.explanation()).isEqualTo(a.explanation());
    });
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void agreesWithBruteForceOracle(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.constrained(6, 40)).checkAssert(p ->
        assertThat(apportion(m, p)).isEqualTo(BruteForceOracle.apportion(m, p.total, p.units)));
  }

  @ParameterizedTest
  @EnumSource(value = ApportionmentMethod.class, names = "LARGEST_REMAINDER", mode = EnumSource.Mode.EXCLUDE)
  void divisorMethodsAgreeWithSeatBySeatOracleOnLargerInputs(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.constrained(40, 400)).checkAssert(p ->
        assertThat(apportion(m, p)).isEqualTo(BruteForceOracle.divisor(m, p.total, p.units)));
  }

  @ParameterizedTest
  @EnumSource(value = ApportionmentMethod.class, names = "LARGEST_REMAINDER")
  void largestRemainderSatisfiesQuotaRule(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.unconstrained(40, 400)).checkAssert(p -> {
      Apportionment a = QuotaApportioner.of(m).apportion(p.total, p.units);
      for (QuotaUnit u : p.units) {
        Fraction q = a.standardQuota(u.key());
        long lower = q.wholePart().longValueExact();
        long upper = q.isWhole() ? lower : lower + 1;
        assertThat((long) a.places(u.key())).as("places of %s with quota %s", u, q).isBetween(lower, upper);
      }
    });
  }

  @ParameterizedTest
  @EnumSource(value = ApportionmentMethod.class, names = "LARGEST_REMAINDER", mode = EnumSource.Mode.EXCLUDE)
  void divisorMethodsAreHouseMonotone(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.constrained(12, 60)).checkAssert(p -> {
      int[] before = apportion(m, p);
      Problem bigger = p.withTotal(p.total + 1);
      Throwable infeasible = catchThrowable(() -> apportion(m, bigger));
      if (infeasible != null) {
        assertThat(infeasible).hasMessageContaining("caps must leave room");
        return;
      }
      int[] after = apportion(m, bigger);
      for (int i = 0; i < before.length; i++) {
        assertThat(after[i]).as("places of %s", p.units.get(i)).isGreaterThanOrEqualTo(before[i]);
      }
    });
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void explanationReconcilesToPlaces(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.constrained(10, 60)).checkAssert(p -> {
      Apportionment a = QuotaApportioner.of(m).apportion(p.total, p.units);
      int[] places = a.toArray();
      List<Datum> expected = new ArrayList<>();
      for (int x : places) {
        expected.add(Datum.of(x));
      }
      assertThat(((Datum.OfList) a.explanation().result()).values()).containsExactlyElementsOf(expected);
      long stepSum = 0;
      for (Step s : a.explanation().steps()) {
        if (s.rule().equals("quota.apportion.unit")) {
          stepSum += ((Datum.OfInteger) s.result()).value();
        }
      }
      assertThat(stepSum).isEqualTo(p.total);
      for (int i = 0; i < places.length; i++) {
        assertThat(a.shares().get(i).places()).isEqualTo(places[i]);
      }
    });
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void strictModeThrowsExactlyWhenTieIsBroken(ApportionmentMethod m) {
    qt().forAll(QuotaGenerators.constrained(10, 40)).checkAssert(p -> {
      Apportionment lenient = QuotaApportioner.of(m).apportion(p.total, p.units);
      Throwable strict = catchThrowable(() -> QuotaApportioner.of(m).strict().apportion(p.total, p.units));
      if (lenient.isTieBroken()) {
        assertThat(strict).isInstanceOf(TiedApportionmentException.class);
        assertThat(((TiedApportionmentException) strict).units()).isEqualTo(lenient.tiedUnits());
        assertThat(lenient.explanation().step("quota.apportion.tie")).isPresent();
      } else {
        assertThat(strict).isNull();
      }
    });
  }
}
