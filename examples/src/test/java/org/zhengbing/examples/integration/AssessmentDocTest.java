package org.zhengbing.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.assess.AssessmentRate;
import org.zhengbing.core.assess.FiveRateAssessment;
import org.zhengbing.core.assess.RecordAssessment;
import org.zhengbing.core.assess.RecordAssessor;
import org.zhengbing.core.assess.ScoreItem;
import org.zhengbing.core.assess.SeasonRecord;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;

/** The Java sample of docs/assessment.md, as written there, from outside the library's packages. */
class AssessmentDocTest {

  @Test
  void theSampleRunsAsWritten() {
    List<SeasonRecord> records = List.of(SeasonRecord.builder().unit("石门镇").region(RegionCode.of("500116"))
        .season(ConscriptionTerm.parse("2026-SPRING")).liable(120).registered(120).applicants(60).examined(30)
        .physicalPassed(20).politicalPassed(58).doubleQualified(18).approved(10).collegeApproved(6)
        .graduatesApproved(2).task(10).build());
    RecordAssessment a = RecordAssessor.of(PolicyBook.nationalDefaults()).assess(records);
    FiveRateAssessment spring = a.season("石门镇", ConscriptionTerm.parse("2026-SPRING")).orElseThrow();
    assertThat(spring.rate(AssessmentRate.EXAM_TURNOUT).rate()).contains(Rate.ofPercent(300)); // 30 / 10
    List<ScoreItem> items = a.ranking(ConscriptionTerm.parse("2026-SPRING")).places().get(0).score().items();
    // 报名率 120/120, 上站率 300%, 合格率 18/10 = 180%, 择优率 10/18 = 55.56% <= 80%, 退兵率 0: 5 × 20 points
    assertThat(items).extracting(i -> i.points().intValue()).containsExactly(20, 20, 20, 20, 20);
  }
}
