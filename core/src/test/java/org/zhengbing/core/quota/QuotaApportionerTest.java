package org.zhengbing.core.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Step;

class QuotaApportionerTest {

  private static List<QuotaUnit> units(long... weights) {
    List<QuotaUnit> list = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      list.add(QuotaUnit.of(UnitKey.of(String.valueOf((char) ('A' + i))), weights[i]));
    }
    return list;
  }

  private static int[] apportion(ApportionmentMethod m, long total, long... weights) {
    return QuotaApportioner.of(m).apportion(total, units(weights)).toArray();
  }

  private static UnitKey key(String s) {
    return UnitKey.of(s);
  }

  // Weights 5800, 2500, 1100, 600 (sum 10000), 10 places: quotas 5.8, 2.5, 1.1, 0.6.

  @Test
  void largestRemainderGivesLeftoverPlacesToLargestRemainders() {
    // floors 5, 2, 1, 0 = 8; 2 places left go to the remainders .8 (A) and .6 (D), not .5 (B) or .1 (C)
    assertThat(apportion(ApportionmentMethod.LARGEST_REMAINDER, 10, 5800, 2500, 1100, 600))
        .containsExactly(6, 2, 1, 1);
  }

  @Test
  void dHondtDividesByOneTwoThree() {
    // priorities w/1, w/2, ...: 5800, 2900, 2500, 1933.3, 1450, 1250, 1160, 1100, 966.7, 833.3 (B's third)
    // the 11th would be A's 5800/7 = 828.6 < 833.3: A 6, B 3, C 1, D 0
    assertThat(apportion(ApportionmentMethod.D_HONDT, 10, 5800, 2500, 1100, 600)).containsExactly(6, 3, 1, 0);
  }

  @Test
  void sainteLagueDividesByOneThreeFive() {
    // priorities w/1, w/3, w/5, ...: 5800, 2500, 1933.3, 1160, 1100, 833.3, 828.6, 644.4, 600, 527.3 (A's sixth)
    // the 11th would be B's 2500/5 = 500: A 6, B 2, C 1, D 1
    Apportionment a = QuotaApportioner.of(ApportionmentMethod.SAINTE_LAGUE).apportion(10, units(5800, 2500, 1100,
        600));
    assertThat(a.toArray()).containsExactly(6, 2, 1, 1);
    // the divisor is the last priority, A's 5800 / 5.5 = 11600/11
    assertThat(a.divisor()).contains(Fraction.of(11600, 11));
    assertThat(a.thresholdUnit()).contains(key("A"));
  }

  @Test
  void huntingtonHillGivesEveryUnitOnePlaceThenUsesGeometricMeans() {
    // first places have infinite priority (4 places); then w/sqrt(k(k+1)): A 4101.2, 2367.8, B 1767.8,
    // A 1674.3, 1296.9, 1058.9 (A's sixth, k=5); the next would be B's 2500/sqrt(6) = 1020.6: A 6, B 2, C 1, D 1
    Apportionment a = QuotaApportioner.of(ApportionmentMethod.HUNTINGTON_HILL).apportion(10, units(5800, 2500, 1100,
        600));
    assertThat(a.toArray()).containsExactly(6, 2, 1, 1);
    // squared divisor 5800^2 / (5 × 6)
    assertThat(a.divisorSquared()).contains(Fraction.of(5800L * 5800, 30));
    assertThat(a.divisor()).isEmpty();
  }

  @Test
  void adamsGivesEveryUnitOnePlaceThenDividesByOneTwoThree() {
    // first places infinite (4); then w/1, w/2, ...: A 5800, 2900, B 2500, A 1933.3, 1450, B 1250 (B's third);
    // the next would be A's 5800/5 = 1160: A 5, B 3, C 1, D 1
    assertThat(apportion(ApportionmentMethod.ADAMS, 10, 5800, 2500, 1100, 600)).containsExactly(5, 3, 1, 1);
  }

  @Test
  void alabamaParadoxLargestRemainderTakesAPlaceAwayWhenTheTotalGrows() {
    // weights 6, 6, 2 (sum 14). 10 places: quotas 4.286, 4.286, 1.429; floors 4, 4, 1; the place left goes to C
    // (remainder .429 > .286): 4, 4, 2. 11 places: quotas 4.714, 4.714, 1.571; floors 4, 4, 1; the 2 places left
    // go to A and B (.714 > .571): 5, 5, 1. C loses a place although the total grew.
    assertThat(apportion(ApportionmentMethod.LARGEST_REMAINDER, 10, 6, 6, 2)).containsExactly(4, 4, 2);
    assertThat(apportion(ApportionmentMethod.LARGEST_REMAINDER, 11, 6, 6, 2)).containsExactly(5, 5, 1);
    // divisor methods are house-monotone: D'Hondt 10 -> 5, 4, 1 (priorities 6, 6, 3, 3, 2, 2, 2(C), 1.5, 1.5, 1.2)
    // then 11 -> 5, 5, 1
    assertThat(apportion(ApportionmentMethod.SAINTE_LAGUE, 11, 6, 6, 2)).containsExactly(5, 5, 1);
  }

  @Test
  void populationParadoxLargestRemainderTakesAPlaceFromTheFasterGrowingUnit() {
    // before: weights 100, 600, 600 (sum 1300), 5 places: quotas .385, 2.308, 2.308; floors 0, 2, 2; the place left
    // goes to A (.385 > .308): 1, 2, 2.
    // after: A doubles to 200, B grows by half to 900, C stays 600 (sum 1700): quotas .588, 2.647, 1.765; floors
    // 0, 2, 1; the 2 places left go to C (.765) and B (.647): 0, 3, 2. A grew fastest and lost its place to B.
    assertThat(apportion(ApportionmentMethod.LARGEST_REMAINDER, 5, 100, 600, 600)).containsExactly(1, 2, 2);
    assertThat(apportion(ApportionmentMethod.LARGEST_REMAINDER, 5, 200, 900, 600)).containsExactly(0, 3, 2);
  }

  @Test
  void newStatesParadoxAddingAUnitWithItsShareChangesTheOthers() {
    // before: weights 800, 100, 4 places: quotas 3.556, .444; floors 3, 0; the place left goes to A: 4, 0.
    // a new unit C of weight 300 joins with 1 more place (its quota in a house of 5 is 5 × 300/1200 = 1.25, so
    // 1 place): quotas 3.333, .417, 1.25; floors 3, 0, 1; the place left goes to B (.417 > .333 > .25): 3, 1, 1.
    // A and B did not change, yet a place moved from A to B.
    assertThat(apportion(ApportionmentMethod.LARGEST_REMAINDER, 4, 800, 100)).containsExactly(4, 0);
    assertThat(apportion(ApportionmentMethod.LARGEST_REMAINDER, 5, 800, 100, 300)).containsExactly(3, 1, 1);
  }

  @Test
  void jeffersonExceedsUpperQuota() {
    // weights 400, 100, 100, 3 places: A's quota is 3 × 400/600 = 2, so its upper quota is 2. D'Hondt priorities:
    // A 400, 200, 133.3; B 100; C 100: the three highest are all A's, so A gets 3 > 2.
    Apportionment a = QuotaApportioner.of(ApportionmentMethod.D_HONDT).apportion(3, units(400, 100, 100));
    assertThat(a.toArray()).containsExactly(3, 0, 0);
    assertThat(a.standardQuota(key("A"))).isEqualTo(Fraction.of(2, 1));
    assertThat(a.isTieBroken()).isFalse();
    // largest remainder keeps A within its quota
    assertThat(apportion(ApportionmentMethod.LARGEST_REMAINDER, 3, 400, 100, 100)).containsExactly(2, 1, 0);
  }

  @Test
  void exactWithWeightsNearTenToTheTwelveAndTotalsOfTenMillion() {
    // W = 2 × 10^12. A: 10^7 × 10^12 / W = 5,000,000 exactly. B: 10^7 × (10^12 - 1) / W = 4,999,999.999995,
    // C: 10^7 / W = .000005. Floors 5,000,000 + 4,999,999 + 0; the 1 place left goes to B's remainder .999995.
    Apportionment a = QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER).apportion(10_000_000,
        units(1_000_000_000_000L, 999_999_999_999L, 1));
    assertThat(a.toArray()).containsExactly(5_000_000, 5_000_000, 0);
    assertThat(a.standardQuota(key("C"))).isEqualTo(Fraction.of(1, 200_000));
    // D'Hondt: B's 5,000,000th place has priority (10^12 - 1)/5,000,000 = 199,999.9999998, above A's 5,000,001st
    // at 10^12/5,000,001 = 199,999.96, so B keeps its 5,000,000 places: 5,000,000 each, C none
    assertThat(QuotaApportioner.of(ApportionmentMethod.D_HONDT).apportion(10_000_000,
        units(1_000_000_000_000L, 999_999_999_999L, 1)).toArray()).containsExactly(5_000_000, 5_000_000, 0);
  }

  @Test
  void floorsBindAndTheRestIsSharedAtAScale() {
    // A 90, B 10, 10 places; B must get 3. B's quota 1 is below its floor, so B is held at 3 and A gets the other
    // 7 at the scale 7/90.
    List<QuotaUnit> u = List.of(QuotaUnit.of(key("A"), 90), QuotaUnit.of(key("B"), 10).withFloor(3));
    Apportionment a = QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER).apportion(10, u);
    assertThat(a.toArray()).containsExactly(7, 3);
    assertThat(a.boundFloors()).containsExactly(key("B"));
    assertThat(a.scale()).contains(Fraction.of(7, 90));
    assertThat(a.share(key("B")).reason()).isEqualTo(PlaceReason.FLOOR);
    assertThat(a.share(key("B")).standardQuota()).isEqualTo(Fraction.of(1, 1));
  }

  @Test
  void capsBindAndTheRestGoesToOthers() {
    // A 90 capped at 5 (e.g. it has only 5 double-qualified candidates), B 10: A 5, B 5
    List<QuotaUnit> u = List.of(QuotaUnit.of(key("A"), 90).withCap(5), QuotaUnit.of(key("B"), 10));
    for (ApportionmentMethod m : ApportionmentMethod.values()) {
      Apportionment a = QuotaApportioner.of(m).apportion(10, u);
      assertThat(a.toArray()).as("%s", m).containsExactly(5, 5);
      assertThat(a.boundCaps()).as("%s", m).containsExactly(key("A"));
      assertThat(a.share(key("A")).reason()).as("%s", m).isEqualTo(PlaceReason.CAP);
    }
  }

  @Test
  void zeroWeightGetsOnlyItsFloor() {
    List<QuotaUnit> u = List.of(QuotaUnit.of(key("A"), 10), QuotaUnit.of(key("B"), 0),
        QuotaUnit.of(key("C"), 0).withFloor(1));
    for (ApportionmentMethod m : ApportionmentMethod.values()) {
      Apportionment a = QuotaApportioner.of(m).apportion(5, u);
      assertThat(a.toArray()).as("%s", m).containsExactly(4, 0, 1);
      assertThat(a.share(key("B")).reason()).as("%s", m).isEqualTo(PlaceReason.ZERO_WEIGHT);
    }
  }

  @Test
  void tieIsBrokenByLargerWeightThenKeyAndRecorded() {
    // three equal units, 2 places: quotas 2/3 each, remainders equal; same weight, so keys decide: A and B
    Apportionment a = QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER).apportion(2, units(1, 1, 1));
    assertThat(a.toArray()).containsExactly(1, 1, 0);
    assertThat(a.isTieBroken()).isTrue();
    assertThat(a.tiedUnits()).containsExactly(key("A"), key("B"), key("C"));
    assertThat(a.tieWinners()).containsExactly(key("A"), key("B"));
    assertThat(a.share(key("C")).reason()).isEqualTo(PlaceReason.TIE_LOST);
    Step tie = a.explanation().step("quota.apportion.tie").orElseThrow();
    assertThat(tie.result()).isEqualTo(Datum.of(2));
    // D'Hondt, weights 2 and 1, 3 places: priorities 2, 1 (A's second), 1 (B's first), next 2/3: all three
    // places go to the three highest, so the equal priorities do not decide anything: A 2, B 1, no tie.
    Apportionment noTie = QuotaApportioner.of(ApportionmentMethod.D_HONDT).apportion(3, units(2, 1));
    assertThat(noTie.toArray()).containsExactly(2, 1);
    assertThat(noTie.isTieBroken()).isFalse();
    // with 2 places the second place ties between A's 2/2 and B's 1/1; A has the larger weight
    Apportionment d = QuotaApportioner.of(ApportionmentMethod.D_HONDT).apportion(2, units(2, 1));
    assertThat(d.toArray()).containsExactly(2, 0);
    assertThat(d.tieWinners()).containsExactly(key("A"));
  }

  @Test
  void strictModeThrowsNamingTiedUnits() {
    assertThatThrownBy(() -> QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER).strict()
        .apportion(2, units(1, 1, 1)))
        .isInstanceOf(TiedApportionmentException.class)
        .hasMessageContaining("3 units tie for 2 places: [A, B, C]")
        .hasMessageContaining("equal remainders");
    assertThatThrownBy(() -> QuotaApportioner.of(ApportionmentMethod.D_HONDT).strict().apportion(2, units(2, 1)))
        .isInstanceOf(TiedApportionmentException.class)
        .hasMessageContaining("[A, B]")
        .hasMessageContaining("equal priorities at the divisor under d_hondt");
    // no tie, no exception
    assertThat(QuotaApportioner.of(ApportionmentMethod.D_HONDT).strict().apportion(3, units(400, 100, 100))
        .toArray()).containsExactly(3, 0, 0);
  }

  @Test
  void explanationGivesMethodQuotasReasonsAndReconciles() {
    Apportionment a = QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER).apportion(10, units(6, 6, 2));
    Step setup = a.explanation().steps().get(0);
    assertThat(setup.input("method").orElseThrow().value())
        .isEqualTo(new Datum.OfEnum("apportionment_method", "largest_remainder"));
    assertThat(setup.input("weight_sum").orElseThrow().value()).isEqualTo(Datum.of(14));
    // C: quota 10 × 2/14 = 1 + 6/14, extra place for the largest remainder
    Step c = a.explanation().steps().stream().filter(s -> s.rule().equals("quota.apportion.unit")).skip(2)
        .findFirst().orElseThrow();
    assertThat(c.input("quota_whole").orElseThrow().value()).isEqualTo(Datum.of(java.math.BigDecimal.ONE));
    assertThat(c.input("quota_remainder").orElseThrow().value()).isEqualTo(Datum.of(java.math.BigDecimal.valueOf(6)));
    assertThat(c.input("quota_denominator").orElseThrow().value()).isEqualTo(Datum.of(14));
    assertThat(c.input("reason").orElseThrow().value()).isEqualTo(new Datum.OfEnum("place_reason",
        "largest_remainder"));
    assertThat(c.result()).isEqualTo(Datum.of(2));
    assertThat(a.share(key("C")).standardQuota()).isEqualTo(Fraction.of(10, 7));
    assertThat(a.share(key("A")).reason()).isEqualTo(PlaceReason.QUOTA_ROUNDED_DOWN);
    assertThat(a.explanation().result()).isEqualTo(new Datum.OfList(Datum.Kind.INTEGER,
        com.google.common.collect.ImmutableList.of(Datum.of(4), Datum.of(4), Datum.of(2))));
    assertThat(a.placesByUnit()).containsEntry(key("C"), 2);
  }

  @Test
  void zeroTotalGivesEveryoneNothing() {
    for (ApportionmentMethod m : ApportionmentMethod.values()) {
      assertThat(apportion(m, 0, 5, 3)).as("%s", m).containsExactly(0, 0);
    }
  }

  // ---------------------------------------------------------------------------------------- errors

  @Test
  void rejectsNegativeTotal() {
    assertThatThrownBy(() -> QuotaApportioner.of(ApportionmentMethod.D_HONDT).apportion(-3, units(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quota total must be >= 0, but was -3");
  }

  @Test
  void rejectsTotalAboveIntRange() {
    assertThatThrownBy(() -> QuotaApportioner.of(ApportionmentMethod.D_HONDT).apportion(3_000_000_000L, units(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quota total must be <= 2147483647, but was 3000000000");
  }

  @Test
  void rejectsNegativeWeightNamingTheUnit() {
    assertThatThrownBy(() -> QuotaUnit.of(key("江津区"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight of unit 江津区 must be >= 0, but was -1");
    assertThatThrownBy(() -> QuotaUnits.ofWeights(List.of(key("A"), key("B")), new long[] {1, -2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight of unit B must be >= 0, but was -2");
  }

  @Test
  void rejectsBadFloorsAndCaps() {
    assertThatThrownBy(() -> QuotaUnit.of(key("A"), 1).withFloor(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floor of unit A must be >= 0, but was -1");
    assertThatThrownBy(() -> QuotaUnit.of(key("A"), 1).withCap(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cap of unit A must be >= 0, but was -1");
    assertThatThrownBy(() -> QuotaUnit.of(key("A"), 1).withCap(2).withFloor(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("floor of unit A must not exceed its cap 2, but was 3");
    assertThatThrownBy(() -> QuotaUnit.of(key("A"), 1).withFloor(3).withCap(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cap of unit A must not be below its floor 3, but was 2");
  }

  @Test
  void rejectsFloorsAboveTotalNamingTheUnits() {
    List<QuotaUnit> u = List.of(QuotaUnit.of(key("A"), 1).withFloor(2), QuotaUnit.of(key("B"), 1).withFloor(2),
        QuotaUnit.of(key("C"), 1));
    assertThatThrownBy(() -> QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER).apportion(3, u))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("floors must not exceed the total of 3 places, but they sum to 4 (A >= 2, B >= 2)");
  }

  @Test
  void rejectsCapsBelowTotalNamingTheUnits() {
    List<QuotaUnit> u = List.of(QuotaUnit.of(key("A"), 1).withCap(2), QuotaUnit.of(key("B"), 1).withCap(3),
        QuotaUnit.of(key("C"), 0));
    assertThatThrownBy(() -> QuotaApportioner.of(ApportionmentMethod.SAINTE_LAGUE).apportion(10, u))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("caps must leave room for the total of 10 places, but the units can take at most 5 "
            + "(A <= 2, B <= 3, C weight 0, floor 0)");
  }

  @Test
  void rejectsDuplicateKeys() {
    assertThatThrownBy(() -> QuotaApportioner.of(ApportionmentMethod.ADAMS).apportion(3,
        List.of(QuotaUnit.of(key("A"), 1), QuotaUnit.of(key("B"), 1), QuotaUnit.of(key("A"), 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit keys must be distinct, but A appears at positions 0 and 2");
  }

  @Test
  void rejectsWeightsThatOverflow() {
    assertThatThrownBy(() -> QuotaUnits.of(List.of(QuotaUnit.of(key("A"), Long.MAX_VALUE),
        QuotaUnit.of(key("B"), 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights must sum to at most 9223372036854775807, but they overflow at unit B");
  }

  @Test
  void rejectsMismatchedWeights() {
    assertThatThrownBy(() -> QuotaUnits.ofWeights(List.of(key("A")), new long[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights must be given one per key, but there were 1 keys and 2 weights");
  }

  @Test
  void rejectsUnknownUnit() {
    Apportionment a = QuotaApportioner.of(ApportionmentMethod.D_HONDT).apportion(1, units(1));
    assertThatThrownBy(() -> a.places(key("Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit must be one of the apportioned units, but Z is not");
  }
}
