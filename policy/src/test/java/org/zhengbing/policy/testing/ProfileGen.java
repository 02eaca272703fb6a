package org.zhengbing.policy.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.Season;
import org.zhengbing.policy.profile.AcademicYear;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.EnlistmentBasis;
import org.zhengbing.policy.profile.HukouType;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.profile.Posting;
import org.zhengbing.policy.profile.PriorityRelation;
import org.zhengbing.policy.profile.StudentFundingStatus;
import org.zhengbing.policy.profile.StudyStatus;

/**
 * QuickTheories generators of candidate profiles and their parts, for property tests here and in integrators' own
 * suites (shipped in the policy test-jar).
 *
 * <pre>{@code
 * qt().forAll(ProfileGen.sampleProfiles()).check(p -> calc.calculate(p).total().isPositiveOrZero());
 * qt().forAll(ProfileGen.profiles(ProfileGen.Setting.of("510100", "2018-AUTUMN", "2018-09-01"))).check(...);
 * }</pre>
 *
 * <p>Every generated profile is possible (it passes the profile's checks). Amounts include the edge values that
 * random generation rarely hits: zero, and each published tuition cap exactly.
 */
public final class ProfileGen {

  private ProfileGen() {}

  /** Where and when a generated candidate enlists: a region, a term and, where the policy has none, an approval date. */
  public static final class Setting {
    private final RegionCode region;
    private final ConscriptionTerm term;
    private final Optional<LocalDate> approvalDate;

    private Setting(RegionCode region, ConscriptionTerm term, Optional<LocalDate> approvalDate) {
      this.region = region;
      this.term = term;
      this.approvalDate = approvalDate;
    }

    /**
     * A setting whose approval date comes from the policy.
     *
     * @param region  the region code
     * @param term  the term, such as {@code 2025-AUTUMN}
     * @return the setting
     */
    public static Setting of(String region, String term) {
      return new Setting(RegionCode.of(region), ConscriptionTerm.parse(term), Optional.empty());
    }

    /**
     * A setting with an approval date given by the caller.
     *
     * @param region  the region code
     * @param term  the term, such as {@code 2014-AUTUMN}
     * @param approvalDate  the approval date, in the term's half-year
     * @return the setting
     */
    public static Setting of(String region, String term, String approvalDate) {
      return new Setting(RegionCode.of(region), ConscriptionTerm.parse(term), Optional.of(LocalDate.parse(approvalDate)));
    }

    /** @return the region */
    public RegionCode region() {
      return region;
    }

    /** @return the term */
    public ConscriptionTerm term() {
      return term;
    }

    /** @return the approval date, if given */
    public Optional<LocalDate> approvalDate() {
      return approvalDate;
    }

    @Override
    public String toString() {
      return region + " " + term + approvalDate.map(d -> " approved " + d).orElse("");
    }
  }

  /**
   * The settings the bundled sample policy ({@code PolicySets.sampleRegions()}) covers: each sample region in its
   * policy year (with the approval date given, since the bundled calendar starts in 2020), a Chengdu county in 2018,
   * and the sample district Jiangjin in each season from 2021 to 2026.
   *
   * @return the settings
   */
  public static ImmutableList<Setting> sampleSettings() {
    ImmutableList.Builder<Setting> out = ImmutableList.builder();
    out.add(Setting.of("350583", "2014-AUTUMN", "2014-09-01"));
    out.add(Setting.of("110000", "2016-AUTUMN", "2016-09-01"));
    out.add(Setting.of("430100", "2017-AUTUMN", "2017-09-10"));
    out.add(Setting.of("510100", "2018-AUTUMN", "2018-09-01"));
    out.add(Setting.of("510104", "2018-AUTUMN", "2018-08-31"));
    for (int year = 2021; year <= 2026; year++) {
      out.add(Setting.of("500116", year + "-SPRING"));
      out.add(Setting.of("500116", year + "-AUTUMN"));
    }
    return out.build();
  }

  /**
   * Profiles in any of the {@link #sampleSettings()}.
   *
   * @return the generator
   */
  public static Gen<CandidateProfile> sampleProfiles() {
    return Generate.pick(sampleSettings()).flatMap(ProfileGen::profiles);
  }

  /**
   * Profiles enlisting in one setting, of every education level and status, with or without costs, merits and a
   * later-service scenario.
   *
   * @param setting  the setting
   * @return the generator
   */
  public static Gen<CandidateProfile> profiles(Setting setting) {
    Gen<EducationLevel> levels = Generate.enumValues(EducationLevel.class);
    Gen<StudyStatus> statuses = Generate.enumValues(StudyStatus.class);
    Gen<Integer> ages = Generate.range(0, 14);
    Gen<Integer> smallInts = Generate.range(0, 1000);
    Gen<List<AcademicYear>> years = academicYears();
    Gen<List<MeritAward>> merits = merits();
    Gen<Money> fees = tuitionAmounts();
    return rs -> {
      EducationLevel level = levels.generate(rs);
      StudyStatus status = statuses.generate(rs);
      if (!level.isCollege() && status == StudyStatus.FRESHMAN) {
        status = StudyStatus.FRESH_GRADUATE;
      }
      int year = setting.term().year();
      int age = Math.max(level.minimumPlausibleAge(), 17) + ages.generate(rs);
      int dayOfYear = 1 + smallInts.generate(rs) % 365;
      CandidateProfile.Builder b = CandidateProfile.builder()
          .sex(smallInts.generate(rs) % 5 == 0 ? Sex.FEMALE : Sex.MALE)
          .birthDate(LocalDate.ofYearDay(year - age, Math.min(dayOfYear, 365)))
          .educationLevel(level).studyStatus(status)
          .stemMajor(smallInts.generate(rs) % 2 == 0)
          .enlistmentRegion(setting.region()).enlistmentTerm(setting.term())
          .posting(Posting.values()[smallInts.generate(rs) % Posting.values().length])
          .priorityRelation(PriorityRelation.values()[smallInts.generate(rs) % PriorityRelation.values().length]);
      setting.approvalDate().ifPresent(b::approvalDate);
      int r = smallInts.generate(rs);
      if (r % 3 == 0) {
        b.hukouType(r % 2 == 0 ? HukouType.URBAN : HukouType.RURAL);
      }
      boolean graduate = status == StudyStatus.FRESH_GRADUATE || status == StudyStatus.PREVIOUS_GRADUATE;
      if (level.isCollege()) {
        List<AcademicYear> studied = years.generate(rs);
        if (status == StudyStatus.FRESHMAN && studied.size() > 1) {
          studied = studied.subList(0, 1);
        }
        b.addAllAcademicYears(studied);
        int remaining = graduate ? 0 : smallInts.generate(rs) % 4;
        b.remainingStudyYears(remaining).annualTuitionFee(fees.generate(rs));
        if (smallInts.generate(rs) % 2 == 0) {
          b.programmeYears(Math.min(8, Math.max(1, studied.size() + remaining + smallInts.generate(rs) % 2)));
        }
        b.studentFunding(smallInts.generate(rs) % 6 == 0
            ? StudentFundingStatus.values()[1 + smallInts.generate(rs) % 4] : StudentFundingStatus.ORDINARY);
        if (status != StudyStatus.PREVIOUS_GRADUATE && smallInts.generate(rs) % 3 == 0) {
          b.enlistmentBasis(EnlistmentBasis.SCHOOL);
        }
      }
      b.addAllMerits(merits.generate(rs));
      int service = smallInts.generate(rs) % 10;
      int served = 24;
      if (service < 3) {
        served = 1 + smallInts.generate(rs) % 60;
        b.monthsServed(served);
      }
      boolean officer = false;
      if (service == 3 || service == 4) {
        b.sergeantSelectedAfterMonths(1 + smallInts.generate(rs) % served);
      } else if (service == 5) {
        officer = true;
        b.officerOrAcademyAfterMonths(1 + smallInts.generate(rs) % served);
      }
      if (!officer && smallInts.generate(rs) % 8 == 0) {
        b.placementWaitMonths(1 + smallInts.generate(rs) % 6);
      }
      return b.build();
    };
  }

  /**
   * Lists of 0 to 5 academic years' costs.
   *
   * @return the generator
   */
  public static Gen<List<AcademicYear>> academicYears() {
    Gen<AcademicYear> year = tuitionAmounts().zip(tuitionAmounts(), Generate.range(0, 200_000),
        (tuition, principal, interestFen) -> AcademicYear.of(tuition, principal, Cny.ofFen(interestFen)));
    return org.quicktheories.generators.SourceDSL.lists().of(year).ofSizeBetween(0, 5);
  }

  /**
   * Tuition-sized amounts from zero to 30,000 yuan in fen, with zero and every published cap (8,000, 12,000, 16,000,
   * 20,000, 25,000) and a fen either side of them picked often.
   *
   * @return the generator
   */
  public static Gen<Money> tuitionAmounts() {
    Gen<Money> any = Generate.longRange(0, 3_000_000).map(Cny::ofFen);
    Gen<Money> edges = Generate.pick(ImmutableList.of(0L, 1L, 799_999L, 800_000L, 800_001L, 1_200_000L, 1_600_000L,
        1_999_999L, 2_000_000L, 2_000_001L, 2_500_000L)).map(Cny::ofFen);
    return any.mix(edges, 30);
  }

  /**
   * Lists of 0 to 3 merit awards, mostly none.
   *
   * @return the generator
   */
  public static Gen<List<MeritAward>> merits() {
    Gen<List<MeritAward>> some = org.quicktheories.generators.SourceDSL.lists()
        .of(Generate.enumValues(MeritAward.class)).ofSizeBetween(1, 3);
    return Generate.constant((List<MeritAward>) ImmutableList.<MeritAward>of()).mix(some, 40);
  }

  /**
   * A season of a year in a range.
   *
   * @param fromYear  the first year
   * @param toYear  the last year
   * @return the generator
   */
  public static Gen<ConscriptionTerm> terms(int fromYear, int toYear) {
    return Generate.range(fromYear, toYear).zip(Generate.enumValues(Season.class), ConscriptionTerm::of);
  }
}
