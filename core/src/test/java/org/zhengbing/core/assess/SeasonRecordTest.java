package org.zhengbing.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.core.assess.RecordAssessorTest.A25;
import static org.zhengbing.core.assess.RecordAssessorTest.EAST;
import static org.zhengbing.core.assess.RecordAssessorTest.GOOD;
import static org.zhengbing.core.assess.RecordAssessorTest.S25;
import static org.zhengbing.core.assess.RecordAssessorTest.S26;
import static org.zhengbing.core.assess.RecordAssessorTest.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;

/** Each invalid record is rejected with its unit, season and field. */
class SeasonRecordTest {

  private static final String[] FIELDS = {"liable", "registered", "applicants", "examined", "physical_passed",
      "political_passed", "double_qualified", "approved", "college_approved", "graduates_approved", "task"};

  private static long[] good(int field, long value) {
    long[] v = GOOD.clone();
    v[field] = value;
    return v;
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
      // field index, field, value, the rule broken (GOOD: 100 100 40 25 16 38 15 10 5 2 10)
      "0, liable, -1, 'liable must be >= 0, but was -1'",
      "1, registered, -1, 'registered must be >= 0, but was -1'",
      "2, applicants, 20, 'examined must not exceed applicants, but was 25 > 20'",
      "3, examined, 15, 'physical_passed must not exceed examined, but was 16 > 15'",
      "4, physical_passed, 14, 'double_qualified must not exceed physical_passed, but was 15 > 14'",
      "5, political_passed, 41, 'political_passed must not exceed applicants, but was 41 > 40'",
      "5, political_passed, 14, 'double_qualified must not exceed political_passed, but was 15 > 14'",
      "6, double_qualified, 9, 'approved must not exceed double_qualified, but was 10 > 9'",
      "7, approved, 4, 'college_approved must not exceed approved, but was 5 > 4'",
      "8, college_approved, 1, 'graduates_approved must not exceed college_approved, but was 2 > 1'",
      "9, graduates_approved, -2, 'graduates_approved must be >= 0, but was -2'",
      "10, task, -5, 'task must be >= 0, but was -5'"})
  void countsThatCannotBeAreRejected(int index, String field, long value, String rule) {
    String named = rule.substring(0, rule.indexOf(' '));
    assertThatThrownBy(() -> record(EAST, S25, good(index, value)))
        .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
          assertThat(e.unit()).isEqualTo(EAST);
          assertThat(e.season()).isEqualTo(S25);
          assertThat(e.field()).isEqualTo(named);
        })
        .hasMessage("unit 东城镇, season 2025-SPRING, field " + named + ": " + rule);
    assertThat(FIELDS[index]).isEqualTo(field);
  }

  @Test
  void aBlankUnitIsRejected() {
    assertThatThrownBy(() -> record(" ", S25, GOOD)).isInstanceOf(InvalidRecordException.class)
        .hasMessage("unit '', season 2025-SPRING, field unit: unit must not be blank, but was ' '");
  }

  @Test
  void aReturnFromALaterSeasonIsRejected() {
    assertThatThrownBy(() -> record(EAST, S25, List.of(RecordedReturn.of(A25, ReturnReason.OTHER, 1)), GOOD))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("unit 东城镇, season 2025-SPRING, field returned_approved_in: a return must name a season of "
            + "approval not after the season it is recorded in, but was 2025-AUTUMN");
    assertThatThrownBy(() -> RecordedReturn.of(S25, ReturnReason.OTHER, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("returned count must be >= 1, but was 0");
  }

  @Test
  void returnsAboveTheApprovedOfTheirSeasonAreRejected() {
    // 10 approved in spring 2025: 6 returned in spring and 5 in autumn are 11 > 10; named in the season of approval
    List<SeasonRecord> records = List.of(
        record(EAST, S25, List.of(RecordedReturn.of(S25, ReturnReason.PHYSICAL, 6)), GOOD),
        record(EAST, A25, List.of(RecordedReturn.of(S25, ReturnReason.POLITICAL, 4),
            RecordedReturn.of(S25, ReturnReason.OTHER, 1)), GOOD));
    assertThatThrownBy(() -> RecordAssessor.of(PolicyBook.nationalDefaults()).assess(records))
        .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
          assertThat(e.season()).isEqualTo(S25);
          assertThat(e.field()).isEqualTo("returned");
        })
        .hasMessage("unit 东城镇, season 2025-SPRING, field returned: returned must not exceed approved (returns of "
            + "the season's recruits, in any season), but was 11 > 10");
  }

  @Test
  void aReturnOfASeasonWithoutARecordIsRejected() {
    List<SeasonRecord> records = List.of(
        record(EAST, S26, List.of(RecordedReturn.of(A25, ReturnReason.PHYSICAL, 1)), GOOD));
    assertThatThrownBy(() -> RecordAssessor.of(PolicyBook.nationalDefaults()).assess(records))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("unit 东城镇, season 2026-SPRING, field returned_approved_in: a return must name a season of "
            + "approval the unit has a record for, but was 2025-AUTUMN");
  }

  @Test
  void aSeasonTwiceOrASecondRegionIsRejected() {
    RecordAssessor assessor = RecordAssessor.of(PolicyBook.nationalDefaults());
    assertThatThrownBy(() -> assessor.assess(List.of(record(EAST, S25, GOOD), record(EAST, S25, GOOD))))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("unit 东城镇, season 2025-SPRING, field season: a unit must have one record per season, but "
            + "2025-SPRING appears twice");
    SeasonRecord moved = ((SeasonRecord.Builder) SeasonRecord.builder().unit(EAST).region(RegionCode.of("370103"))
        .season(A25).liable(1).registered(1).applicants(0).examined(0).physicalPassed(0).politicalPassed(0)
        .doubleQualified(0).approved(0).collegeApproved(0).graduatesApproved(0).task(0)).build();
    assertThatThrownBy(() -> assessor.assess(List.of(record(EAST, S25, GOOD), moved)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("unit 东城镇, season 2025-AUTUMN, field region: a unit must keep one region, but was 370103 "
            + "after 370102");
  }

  @Test
  void aRecordGivesItsCountsAndNoReturnedCount() {
    SeasonRecord r = record(EAST, S25, GOOD);
    assertThat(r.count(AssessmentCount.GRADUATES_APPROVED)).isEqualTo(2);
    assertThat(r.count(AssessmentCount.TASK)).isEqualTo(10);
    assertThatThrownBy(() -> r.count(AssessmentCount.RETURNED)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be one a season record holds, but was returned");
    assertThatThrownBy(() -> r.count(AssessmentCount.RETAINED)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be one a season record holds, but was retained");
  }
}
