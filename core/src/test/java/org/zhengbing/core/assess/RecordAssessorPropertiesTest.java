package org.zhengbing.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.time.ConscriptionTerm;

class RecordAssessorPropertiesTest {

  private static final RecordAssessor ASSESSOR = RecordAssessor.of(PolicyBook.nationalDefaults());
  private static final List<String> NAMES = List.of("东城镇", "西城镇", "南山镇", "北湖镇", "石门镇", "Unit A");

  /** Twelve numbers in 0..1000 read as a consistent record: each count at most the one it is bounded by. */
  static SeasonRecord record(String unit, ConscriptionTerm season, List<Integer> n, long scale) {
    long liable = n.get(0);
    long registered = n.get(1) % (liable + 1);
    long applicants = n.get(2);
    long examined = n.get(3) % (applicants + 1);
    long physical = n.get(4) % (examined + 1);
    long political = n.get(5) % (applicants + 1);
    long dq = n.get(6) % (Math.min(physical, political) + 1);
    long approved = n.get(7) % (dq + 1);
    long college = n.get(8) % (approved + 1);
    long grads = n.get(9) % (college + 1);
    long task = n.get(10) % 200;
    long returned = n.get(11) % (approved + 1);
    SeasonRecord.Builder b = SeasonRecord.builder();
    b.unit(unit).region(RecordAssessorTest.REGION).season(season).liable(liable * scale)
        .registered(registered * scale).applicants(applicants * scale).examined(examined * scale)
        .physicalPassed(physical * scale).politicalPassed(political * scale).doubleQualified(dq * scale)
        .approved(approved * scale).collegeApproved(college * scale).graduatesApproved(grads * scale)
        .task(task * scale);
    if (returned > 0) {
      b.addReturns(RecordedReturn.of(season, ReturnReason.values()[(int) (returned % 3)], returned * scale));
    }
    return b.build();
  }

  private static Gen<List<Integer>> numbers() {
    return lists().of(integers().between(0, 1000)).ofSize(12);
  }

  /** Records of up to six units over up to five consecutive seasons from 2025 spring, some seasons missing. */
  private static Gen<List<SeasonRecord>> records() {
    return lists().of(numbers()).ofSizeBetween(1, 30).map(rows -> {
      List<SeasonRecord> out = new ArrayList<>();
      boolean[][] seen = new boolean[NAMES.size()][5];
      for (List<Integer> row : rows) {
        int u = row.get(0) % NAMES.size();
        int s = row.get(1) % 5;
        if (!seen[u][s]) {
          seen[u][s] = true;
          out.add(record(NAMES.get(u), term(s), row, 1));
        }
      }
      return out;
    });
  }

  private static ConscriptionTerm term(int index) {
    ConscriptionTerm t = RecordAssessorTest.S25;
    for (int i = 0; i < index; i++) {
      t = t.next();
    }
    return t;
  }

  @Test
  void aYearsRateIsTheRateOfTheSummedCounts() {
    qt().forAll(numbers(), numbers()).checkAssert((a, b) -> {
      SeasonRecord spring = record("东城镇", RecordAssessorTest.S25, a, 1);
      SeasonRecord autumn = record("东城镇", RecordAssessorTest.A25, b, 1);
      FiveRateAssessment year = ASSESSOR.assess(List.of(spring, autumn)).year("东城镇", 2025).orElseThrow();
      // 退兵率: the returns of both seasons' recruits over both seasons' approved, from the records themselves
      long returned = returns(spring) + returns(autumn);
      long approved = spring.approved() + autumn.approved();
      assertThat(year.rate(AssessmentRate.RETURN).rate()).isEqualTo(approved == 0 ? java.util.Optional.empty()
          : java.util.Optional.of(Rate.ofRatio(returned, approved, 4, RoundingMode.HALF_EVEN)));
      long examined = spring.examined() + autumn.examined();
      long task = spring.task() + autumn.task();
      assertThat(year.rate(AssessmentRate.EXAM_TURNOUT).rate()).isEqualTo(task == 0 ? java.util.Optional.empty()
          : java.util.Optional.of(Rate.ofRatio(examined, task, 4, RoundingMode.HALF_EVEN)));
      for (AssessmentRate r : AssessmentRate.values()) {
        RateAssessment y = year.rate(r);
        long n = sum(y.numeratorCount(), spring, autumn, returned);
        long d = sum(y.denominatorCount(), spring, autumn, returned);
        assertThat(y.numerator()).as(r.key()).isEqualTo(n);
        assertThat(y.denominator()).as(r.key()).isEqualTo(d);
        assertThat(y.rate()).as(r.key()).isEqualTo(d == 0 ? java.util.Optional.empty()
            : java.util.Optional.of(Rate.ofRatio(n, d, 4, RoundingMode.HALF_EVEN)));
      }
    });
  }

  private static long sum(AssessmentCount c, SeasonRecord a, SeasonRecord b, long returned) {
    if (c == AssessmentCount.RETURNED) {
      return returned;
    }
    if (c == AssessmentCount.RETAINED) {
      return a.approved() + b.approved() - returned;
    }
    return a.count(c) + b.count(c);
  }

  private static long returns(SeasonRecord r) {
    return r.returns().stream().mapToLong(RecordedReturn::count).sum();
  }

  @Test
  void aStreakIsNeverLongerThanTheSeasonsRecorded() {
    qt().forAll(records()).checkAssert(records -> {
      RecordAssessment a = ASSESSOR.assess(records);
      for (String u : a.units()) {
        int seasons = a.records(u).size();
        Streak longest = a.longestStreak(u, RecordAssessment.ZERO_RETURNS);
        Streak current = a.currentStreak(u, RecordAssessment.ZERO_RETURNS);
        assertThat(longest.length()).isBetween(0, seasons);
        assertThat(current.length()).isBetween(0, longest.length());
        assertThat(a.longestStreak(u, x -> true).length()).isLessThanOrEqualTo(seasons);
        assertThat(a.longestStreak(u, x -> false).length()).isZero();
      }
    });
  }

  @Test
  void aRankingIsAPermutationStableUnderReordering() {
    qt().forAll(records(), integers().all()).checkAssert((records, seed) -> {
      List<SeasonRecord> shuffled = new ArrayList<>(records);
      Collections.shuffle(shuffled, new Random(seed));
      RecordAssessment a = ASSESSOR.assess(records);
      RecordAssessment b = ASSESSOR.assess(shuffled);
      for (ConscriptionTerm t : a.seasons()) {
        List<String> units = new ArrayList<>();
        records.stream().filter(r -> r.season().equals(t)).forEach(r -> units.add(r.unit()));
        Ranking ra = a.ranking(t);
        assertThat(ra.places()).extracting(p -> p.score().unit()).containsExactlyInAnyOrderElementsOf(units);
        assertThat(ra.places()).extracting(Ranking.Place::position)
            .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, units.size()).boxed().toList());
        assertThat(b.ranking(t)).isEqualTo(ra);
        for (int i = 1; i < ra.places().size(); i++) {
          Ranking.Place p = ra.places().get(i - 1);
          Ranking.Place q = ra.places().get(i);
          assertThat(p.score().score()).isGreaterThanOrEqualTo(q.score().score());
          assertThat(q.rank()).isEqualTo(p.score().score().compareTo(q.score().score()) == 0 ? p.rank() : i + 1);
        }
      }
    });
  }

  @Test
  void scalingAUnitsCountsLeavesItsRatesUnchanged() {
    qt().forAll(numbers(), integers().between(2, 1000)).checkAssert((n, k) -> {
      FiveRateAssessment one = ASSESSOR.assess(List.of(record("东城镇", RecordAssessorTest.S25, n, 1)))
          .season("东城镇", RecordAssessorTest.S25).orElseThrow();
      FiveRateAssessment scaled = ASSESSOR.assess(List.of(record("东城镇", RecordAssessorTest.S25, n, k)))
          .season("东城镇", RecordAssessorTest.S25).orElseThrow();
      for (AssessmentRate r : AssessmentRate.values()) {
        assertThat(scaled.rate(r).rate()).as(r.key()).isEqualTo(one.rate(r).rate());
        assertThat(scaled.rate(r).verdict()).as(r.key()).isEqualTo(one.rate(r).verdict());
      }
      assertThat(scaled.applicantsPerPlace()).isEqualTo(one.applicantsPerPlace());
      assertThat(scaled.isPoolLargeEnough()).isEqualTo(one.isPoolLargeEnough());
    });
  }
}
