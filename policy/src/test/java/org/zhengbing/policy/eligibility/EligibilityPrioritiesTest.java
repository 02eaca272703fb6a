package org.zhengbing.policy.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.PriorityRelation;
import org.zhengbing.policy.profile.StudyStatus;
import org.zhengbing.policy.testing.ProfileDraft;

/**
 * Which priority categories each kind of candidate falls in, in spring 2024 (every priority rule in force on 1
 * January 2024): 征兵工作条例 2023 Art 5 puts college graduates (with final-year students) first, then college
 * students; STEM majors at college and the relatives of martyrs and servicemen (Art 28) are prioritised too.
 */
class EligibilityPrioritiesTest {

  private static ProfileDraft college(StudyStatus status) {
    return ProfileDraft.of("500116", "2024-SPRING").educationLevel(EducationLevel.UNDERGRADUATE).studyStatus(status);
  }

  private static EligibilityChecker checker() {
    return EligibilityChecker.of(PolicySets.nationalDefaults());
  }

  @Test
  void graduatesAndFinalYearStudentsAreCollegeGraduates() {
    EligibilityChecker c = checker();
    assertThat(c.check(college(StudyStatus.FRESH_GRADUATE).build()).priorities())
        .containsExactly(PriorityCategory.COLLEGE_GRADUATE);
    assertThat(c.check(college(StudyStatus.PREVIOUS_GRADUATE).build()).priorities())
        .containsExactly(PriorityCategory.COLLEGE_GRADUATE);
    assertThat(c.check(college(StudyStatus.FINAL_YEAR).build()).priorities())
        .containsExactly(PriorityCategory.COLLEGE_GRADUATE);
  }

  @Test
  void otherEnrolledStudentsAreCollegeStudents() {
    EligibilityChecker c = checker();
    assertThat(c.check(college(StudyStatus.STUDENT).build()).priorities())
        .containsExactly(PriorityCategory.COLLEGE_STUDENT);
    // STEM priority (优先批准理工类大学生) is in the 2022 and 2023 reports only
    assertThat(c.check(college(StudyStatus.FRESHMAN).enlistmentTerm("2023-AUTUMN").stemMajor(true).build())
        .priorities()).containsExactly(PriorityCategory.COLLEGE_STUDENT, PriorityCategory.STEM);
    assertThat(c.check(college(StudyStatus.FRESHMAN).stemMajor(true).build()).priorities())
        .containsExactly(PriorityCategory.COLLEGE_STUDENT);
  }

  @Test
  void belowCollegeOnlyFamilyTiesCount() {
    EligibilityChecker c = checker();
    ProfileDraft seniorHigh = ProfileDraft.of("500116", "2024-SPRING").educationLevel(EducationLevel.SENIOR_HIGH)
        .studyStatus(StudyStatus.FRESH_GRADUATE).birthDate(LocalDate.of(2005, 6, 1)).stemMajor(true);
    assertThat(c.check(seniorHigh.build()).priorities()).isEmpty();
    assertThat(c.check(seniorHigh.priorityRelation(PriorityRelation.SERVICEMAN_CHILD).build()).priorities())
        .containsExactly(PriorityCategory.SERVICEMAN_CHILD);
  }
}
