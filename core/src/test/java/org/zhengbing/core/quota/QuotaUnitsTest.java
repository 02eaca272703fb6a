package org.zhengbing.core.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The validated units: what they hold and give back, the statistics the kernel's fast paths read, the tie order by
 * key when the units are not given in key order, and how units and results print. Expected values are worked out by
 * hand in each test.
 */
class QuotaUnitsTest {

  private static UnitKey key(String s) {
    return UnitKey.of(s);
  }

  @Test
  void weightsAreCopiedAndGivenBackInOrder() {
    long[] weights = {0, 7, 3, 0, 12};
    QuotaUnits u = QuotaUnits.ofWeights(List.of(key("A"), key("B"), key("C"), key("D"), key("E")), weights);
    weights[1] = 1_000;
    assertThat(u.size()).isEqualTo(5);
    assertThat(u.keys()).containsExactly(key("A"), key("B"), key("C"), key("D"), key("E"));
    assertThat(u.unit(1)).isEqualTo(QuotaUnit.of(key("B"), 7));
    assertThat(u.units()).extracting(QuotaUnit::weight).containsExactly(0L, 7L, 3L, 0L, 12L);
    // 0 + 7 + 3 + 0 + 12
    assertThat(u.weightSum()).isEqualTo(22);
    assertThat(u.hasConstraints()).isFalse();
    assertThat(u.positionOf(key("C"))).contains(2);
    assertThat(u.positionOf(key("Z"))).isEmpty();
  }

  @Test
  void keysGivenOutOfOrderRankTiesByKeyAndSortedKeysNeedNoRanks() {
    // keys C, A, B: ranks in key order are A=0, B=1, C=2, so position 0 (C) ranks 2
    QuotaUnits shuffled = QuotaUnits.ofWeights(List.of(key("C"), key("A"), key("B")), new long[] {1, 1, 1});
    assertThat(shuffled.keyRanks()).containsExactly(2, 0, 1);
    QuotaUnits sorted = QuotaUnits.ofWeights(List.of(key("A"), key("B"), key("C")), new long[] {1, 1, 1});
    assertThat(sorted.keyRanks()).isNull();
  }

  @Test
  void floorsAndCapsRoundTrip() {
    List<QuotaUnit> given = List.of(QuotaUnit.of(key("A"), 10).withFloor(2), QuotaUnit.of(key("B"), 20).withCap(5),
        QuotaUnit.of(key("C"), 30));
    QuotaUnits u = QuotaUnits.of(given);
    assertThat(u.hasConstraints()).isTrue();
    assertThat(u.units()).isEqualTo(given);
    assertThat(u.unit(0).floor()).isEqualTo(2);
    assertThat(u.unit(1).cap()).hasValue(5);
    assertThat(u.unit(2).cap()).isEmpty();
  }

  @Test
  void onlyAFloorIsAConstraintToo() {
    assertThat(QuotaUnits.of(List.of(QuotaUnit.of(key("A"), 1).withFloor(1))).hasConstraints()).isTrue();
    assertThat(QuotaUnits.of(List.of(QuotaUnit.of(key("A"), 1).withCap(1))).hasConstraints()).isTrue();
    assertThat(QuotaUnits.of(List.of(QuotaUnit.of(key("A"), 1))).hasConstraints()).isFalse();
  }

  /**
   * Three units of equal weight given as C, A, B share one place: each quota is 1/3, the remainders tie, and the
   * declared rule (larger weight, then key) gives the place to A, at position 1; with two places, to A and B.
   */
  @Test
  void tiesGoByKeyWhateverTheOrderTheUnitsAreGivenIn() {
    List<QuotaUnit> units = List.of(QuotaUnit.of(key("C"), 4), QuotaUnit.of(key("A"), 4), QuotaUnit.of(key("B"), 4));
    for (ApportionmentMethod m : ApportionmentMethod.values()) {
      Apportionment one = QuotaApportioner.of(m).apportion(1, units);
      assertThat(one.toArray()).as("%s", m).containsExactly(0, 1, 0);
      assertThat(one.tieWinners()).as("%s", m).containsExactly(key("A"));
      Apportionment two = QuotaApportioner.of(m).apportion(2, units);
      assertThat(two.toArray()).as("%s", m).containsExactly(0, 1, 1);
      assertThat(two.tiedUnits()).as("%s", m).containsExactly(key("A"), key("B"), key("C"));
    }
  }

  @Test
  void unitsPrintTheirKeysUpToTenAndACountBeyond() {
    List<UnitKey> keys = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      keys.add(key(String.format(Locale.ROOT, "u%02d", i)));
    }
    assertThat(QuotaUnits.ofWeights(keys.subList(0, 2), new long[] {1, 2})).hasToString("QuotaUnits[u00, u01]");
    assertThat(QuotaUnits.ofWeights(keys, new long[11])).hasToString("QuotaUnits[11 units]");
  }

  /** 120 places by 5,000 and 3,100: quotas 74.07 and 45.93, so 74 and 45 and the one left to B's larger remainder. */
  @Test
  void anApportionmentPrintsItsMethodTotalAndFirstTenUnits() {
    Apportionment a = QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER).apportion(120,
        List.of(QuotaUnit.of(key("A"), 5_000), QuotaUnit.of(key("B"), 3_100)));
    assertThat(a).hasToString("Apportionment[largest_remainder, 120 places: A=74, B=46]");
    assertThat(a.tieBreaking()).isEqualTo(TieBreaking.LARGER_WEIGHT_THEN_KEY);
    List<QuotaUnit> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add(QuotaUnit.of(key(String.format(Locale.ROOT, "u%02d", i)), 1));
    }
    // 11 places among 11 equal units: one each
    assertThat(QuotaApportioner.of(ApportionmentMethod.D_HONDT).apportion(11, eleven).toString())
        .startsWith("Apportionment[d_hondt, 11 places: u00=1, u01=1").endsWith("u09=1, ...]");
  }
}
