package org.zhengbing.policy.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.param.ParameterNotFoundException;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.PriorityRelation;
import org.zhengbing.policy.profile.StudyStatus;
import org.zhengbing.policy.testing.ProfileDraft;

class EligibilityCheckerTest {

  private static final EligibilityChecker CHECKER = EligibilityChecker.of(PolicySets.nationalDefaults());

  private static ProfileDraft seniorHighMan(String term, LocalDate born) {
    return ProfileDraft.of("500116", term).educationLevel(EducationLevel.SENIOR_HIGH)
        .studyStatus(StudyStatus.FRESH_GRADUATE).birthDate(born);
  }

  @Test
  void menAged18To22In2023AreBornFrom2001To2005() {
    // DOMAIN.md §2 (2023 order as reported): "YYYY年年满18至22周岁" means born 2001-01-01 to 2005-12-31 in 2023
    EligibilityVerdict v = CHECKER.check(seniorHighMan("2023-AUTUMN", LocalDate.of(2001, 1, 1)).build());
    assertThat(v.eligibleByAge()).isTrue();
    assertThat(v.age().window().span()).isEqualTo(DateSpan.parse("2001-01-01/2005-12-31"));
    assertThat(CHECKER.check(seniorHighMan("2023-AUTUMN", LocalDate.of(2005, 12, 31)).build()).eligibleByAge())
        .isTrue();
    assertThat(CHECKER.check(seniorHighMan("2023-AUTUMN", LocalDate.of(2000, 12, 31)).build()).eligibleByAge())
        .isFalse();
  }

  @Test
  void aSeventeenYearOldIsEligibleOnlyAsAVolunteer() {
    // 兵役法 Art 20: 年满十七周岁未满十八周岁的公民，本人自愿，可以征集服现役; born 2006 is 17 at the end of 2023
    EligibilityVerdict v = CHECKER.check(seniorHighMan("2023-AUTUMN", LocalDate.of(2006, 1, 1)).build());
    assertThat(v.eligibleByAge()).isFalse();
    assertThat(CHECKER.checkAsVolunteer(seniorHighMan("2023-AUTUMN", LocalDate.of(2006, 1, 1)).build())
        .eligibleByAge()).isTrue();
  }

  @Test
  void collegeGraduatesUpTo24AndPostgraduateWomenUpTo26() {
    // 兵役法 Art 20: graduates to 24 (born 1999 is 24 at the end of 2023), postgraduates to 26 (born 1997)
    assertThat(CHECKER.check(ProfileDraft.of("500116", "2023-AUTUMN").birthDate(LocalDate.of(1999, 1, 1)).build())
        .eligibleByAge()).isTrue();
    assertThat(CHECKER.check(ProfileDraft.of("500116", "2023-AUTUMN").birthDate(LocalDate.of(1998, 12, 31)).build())
        .eligibleByAge()).isFalse();
    EligibilityVerdict woman = CHECKER.check(ProfileDraft.of("500116", "2023-AUTUMN").sex(Sex.FEMALE)
        .educationLevel(EducationLevel.POSTGRADUATE).studyStatus(StudyStatus.STUDENT)
        .birthDate(LocalDate.of(1997, 1, 1)).build());
    assertThat(woman.eligibleByAge()).isTrue();
    assertThat(woman.age().window().span().start()).isEqualTo(LocalDate.of(1997, 1, 1));
  }

  @Test
  void stemGraduateHasBothPrioritiesEachCited() {
    // STEM priority (优先批准理工类大学生) is in the 2022 and 2023 reports, not in those of 2024 or 2026
    assertThat(CHECKER.check(ProfileDraft.of("500116", "2023-AUTUMN").stemMajor(true).build()).priorities())
        .containsExactly(PriorityCategory.COLLEGE_GRADUATE, PriorityCategory.STEM);
    EligibilityVerdict v = CHECKER.check(ProfileDraft.of("500116", "2024-SPRING").stemMajor(true).build());
    assertThat(v.priorities()).containsExactly(PriorityCategory.COLLEGE_GRADUATE);
    Provenance graduates = v.explanation().step("eligibility.priority.college_graduate").orElseThrow()
        .input("rule_in_force").orElseThrow().provenance().orElseThrow();
    // from 2023-05-01 the rule is 征兵工作条例 Art 5
    assertThat(graduates.citation().document()).isEqualTo("征兵工作条例");
    assertThat(graduates.confidence()).isEqualTo(Confidence.LEGAL_TEXT);
    assertThat(v.priorities()).doesNotContain(PriorityCategory.COLLEGE_STUDENT);
  }

  @Test
  void martyrsRelativesArePrioritisedFromTheYearArt28IsInForceOnFirstJanuary() {
    // 征兵工作条例 2023 Art 28 is in force from 2023-05-01; rules are read on 1 January of the conscription year
    ProfileDraft d = seniorHighMan("2024-SPRING", LocalDate.of(2004, 6, 1))
        .priorityRelation(PriorityRelation.MARTYR_OR_FALLEN_RELATIVE);
    assertThat(CHECKER.check(d.build()).priorities()).containsExactly(PriorityCategory.MARTYR_OR_FALLEN_RELATIVE);
    EligibilityVerdict v2023 = CHECKER.check(seniorHighMan("2023-AUTUMN", LocalDate.of(2003, 6, 1))
        .priorityRelation(PriorityRelation.MARTYR_OR_FALLEN_RELATIVE).build());
    assertThat(v2023.priorities()).isEmpty();
    assertThat(v2023.explanation().step("eligibility.priority.martyr_or_fallen_relative").orElseThrow()
        .input("rule_in_force")).isEmpty();
  }

  @Test
  void registrationIsDueForAManTurning18ThatYearBy31October2026() {
    // 兵役法 Art 15 (registers in the year he turns 18); 国办发〔2025〕41号: initial registration done by 31 October
    EligibilityVerdict v = CHECKER.check(seniorHighMan("2026-SPRING", LocalDate.of(2008, 3, 1)).build());
    assertThat(v.registration().due()).isTrue();
    assertThat(v.registration().deadline()).contains(LocalDate.of(2026, 10, 31));
    EligibilityVerdict woman = CHECKER.check(seniorHighMan("2026-SPRING", LocalDate.of(2008, 3, 1))
        .sex(Sex.FEMALE).build());
    assertThat(woman.registration().due()).isFalse();
  }

  @Test
  void explanationReconcilesWithTheVerdict() {
    EligibilityVerdict v = CHECKER.check(seniorHighMan("2023-AUTUMN", LocalDate.of(2000, 12, 31)).build());
    assertThat(v.explanation().result()).isEqualTo(Datum.of(false));
    assertThat(v.explanation().steps().get(v.explanation().steps().size() - 1).rule())
        .isEqualTo("eligibility.verdict");
  }

  @Test
  void aYearWithoutAgeLimitsIsAnError() {
    // the age limits of 兵役法 2021 are in force from 2021-10-01, so 1 January 2021 has none
    assertThatThrownBy(() -> CHECKER.check(seniorHighMan("2021-AUTUMN", LocalDate.of(2001, 6, 1)).build()))
        .isInstanceOf(ParameterNotFoundException.class)
        .hasMessageContaining("eligibility.age")
        .hasMessageContaining("2021-01-01");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> CHECKER.check(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EligibilityChecker.of(null)).isInstanceOf(NullPointerException.class);
  }
}
