package org.zhengbing.policy.testing;

import java.time.LocalDate;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.money.Cny;
import org.zhengbing.policy.profile.AcademicYear;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.profile.StudyStatus;

/**
 * The golden personas of the three-accounts statement (issue #6), on the sample regions of
 * {@code PolicySets.sampleRegions()}; the tests check each item against hand calculations.
 */
public final class Personas {

  private Personas() {}

  /**
   * A fresh undergraduate graduate enlisting in Chengdu (510100), approved on 1 September 2018.
   *
   * @return the profile
   */
  public static CandidateProfile chengduGraduate2018() {
    return ProfileDraft.of("510100", "2018-AUTUMN").approvalDate(LocalDate.of(2018, 9, 1))
        .educationLevel(EducationLevel.UNDERGRADUATE).studyStatus(StudyStatus.FRESH_GRADUATE).build();
  }

  /**
   * A junior-college (专科) student enlisting in Nan'an (350583), approved on 1 September 2014, who earned a
   * third-class merit (三等功) in service.
   *
   * @return the profile
   */
  public static CandidateProfile nananStudent2014() {
    return ProfileDraft.of("350583", "2014-AUTUMN").approvalDate(LocalDate.of(2014, 9, 1))
        .educationLevel(EducationLevel.JUNIOR_COLLEGE).studyStatus(StudyStatus.STUDENT)
        .addMerits(MeritAward.THIRD_CLASS_MERIT).build();
  }

  /**
   * A senior-high graduate enlisting in the sample district Jiangjin (500116), approved on 1 September 2025.
   *
   * @return the profile
   */
  public static CandidateProfile jiangjinSeniorHigh2025() {
    return ProfileDraft.of("500116", "2025-AUTUMN").approvalDate(LocalDate.of(2025, 9, 1))
        .birthDate(LocalDate.of(2006, 3, 1)).educationLevel(EducationLevel.SENIOR_HIGH)
        .studyStatus(StudyStatus.FRESH_GRADUATE).build();
  }

  /**
   * A woman with a fresh master's degree enlisting in the sample district Jiangjin (500116), approved on
   * 1 September 2025, who paid 8,000 yuan tuition in each of three years.
   *
   * @return the profile
   */
  public static CandidateProfile jiangjinPostgraduateWoman2025() {
    return ProfileDraft.of("500116", "2025-AUTUMN").approvalDate(LocalDate.of(2025, 9, 1)).sex(Sex.FEMALE)
        .birthDate(LocalDate.of(2000, 4, 12)).educationLevel(EducationLevel.POSTGRADUATE)
        .studyStatus(StudyStatus.FRESH_GRADUATE)
        .addAcademicYears(AcademicYear.ofTuition(Cny.ofYuan(8000)), AcademicYear.ofTuition(Cny.ofYuan(8000)),
            AcademicYear.ofTuition(Cny.ofYuan(8000)))
        .build();
  }
}
