package org.zhengbing.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.BenefitRules;
import org.zhengbing.policy.benefit.FamilyPaymentCalculator;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationCategory;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.Posting;
import org.zhengbing.policy.profile.StudyStatus;
import org.zhengbing.policy.testing.ProfileDraft;

/** The DMN peer gives Zhengbing's family payment for every input the benchmark can hand it. */
class FamilyPaymentPeerTest {

  static final DmnFamilyPayment DMN = DmnFamilyPayment.load();
  static final FamilyPaymentCalculator CALC = FamilyPaymentCalculator.of(PolicySets.sampleRegions());
  static final BenefitRules RULES = BenefitRules.resolve(PolicySets.sampleRegions(),
      RegionCode.of(FamilyInputs.REGION), ConscriptionTerm.parse(FamilyInputs.TERM));

  @Test
  void bothGiveTheHandCalculatedPaymentOfAGraduateInTibet() {
    // the sample district's illustrative standard 12,000 a year, +60% for a bachelor graduate, +20% for Tibet or
    // Xinjiang: 12,000 x 1.8 = 21,600 a year, 10,800 a half-year, four half-years over the two-year term: 43,200
    CandidateProfile p = ProfileDraft.of(FamilyInputs.REGION, FamilyInputs.TERM).posting(Posting.TIBET_XINJIANG)
        .build();
    assertThat(CALC.calculate(p, RULES).total().getAmount()).isEqualByComparingTo("43200");
    assertThat(DMN.total("bachelor_graduate", "tibet_xinjiang", 24)).isEqualByComparingTo("43200");
    assertThat(DmnFamilyPayment.decision(DMN.evaluate("bachelor_graduate", "tibet_xinjiang", 24), "Instalment"))
        .isEqualByComparingTo("10800");
  }

  @Test
  void bothGiveTheHandCalculatedPaymentOfAnEarlySergeant() {
    // senior high (no education uplift), other hardship posting +10%: 13,200 a year, 6,600 a half-year; selected as
    // a sergeant after 13 months: two full periods and a part period counted as full, 3 x 6,600 = 19,800
    CandidateProfile p = ProfileDraft.of(FamilyInputs.REGION, FamilyInputs.TERM)
        .educationLevel(EducationLevel.SENIOR_HIGH).posting(Posting.OTHER_HARDSHIP).sergeantSelectedAfterMonths(13)
        .build();
    assertThat(CALC.calculate(p, RULES).total().getAmount()).isEqualByComparingTo("19800");
    assertThat(DMN.total("senior_high", "other_hardship", 13)).isEqualByComparingTo("19800");
  }

  @Test
  void everyCategoryPostingAndMonthGivesTheSameAmount() {
    int term = RULES.dates().termMonths();
    int checked = 0;
    for (EducationLevel level : EducationLevel.values()) {
      for (StudyStatus status : StudyStatus.values()) {
        if (!level.isCollege() && status == StudyStatus.FRESHMAN) {
          continue;
        }
        for (Posting posting : Posting.values()) {
          for (int months = 1; months <= term; months++) {
            ProfileDraft d = ProfileDraft.of(FamilyInputs.REGION, FamilyInputs.TERM).educationLevel(level)
                .studyStatus(status).posting(posting);
            if (months < term) {
              d.monthsServed(months);
            }
            CandidateProfile p = d.build();
            EducationCategory c = p.educationCategory();
            BigDecimal zhengbing = CALC.calculate(p, RULES).total().getAmount();
            assertThat(DMN.total(c.key(), posting.key(), months)).as("%s %s %s months", c, posting, months)
                .isEqualByComparingTo(zhengbing);
            checked++;
          }
        }
      }
    }
    // every (level, status) pair a profile may have, each posting, each month of the term
    assertThat(checked).isGreaterThanOrEqualTo(12 * 3 * 24);
  }

  @Test
  void theBenchmarksInputsGiveTheSameAmounts() {
    List<CandidateProfile> profiles = FamilyInputs.profiles(2_000, 8L);
    int term = RULES.dates().termMonths();
    for (CandidateProfile p : profiles) {
      assertThat(DMN.total(p.educationCategory().key(), p.posting().key(), FamilyInputs.conscriptMonths(p, term)))
          .as("%s", p).isEqualByComparingTo(CALC.calculate(p, RULES).total().getAmount());
    }
  }

  @Test
  void aDecisionTheModelLacksIsRejected() {
    assertThatThrownBy(() -> DmnFamilyPayment.decision(DMN.evaluate("senior_high", "ordinary", 24), "Bonus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decision Bonus must give a number, but gave null");
  }
}
