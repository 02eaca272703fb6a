package org.zhengbing.calendar.age;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.param.ParameterNotFoundException;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.core.time.Season;

class AgeWindowCalculatorTest {

  private static final RegionCode JIANGJIN = RegionCode.of("500116");
  private static final AgeWindowCalculator AGES = AgeWindowCalculator.of(PolicyBook.nationalDefaults());
  private static final ConscriptionTerm SPRING_2023 = ConscriptionTerm.of(2023, Season.SPRING);

  @Test
  void menAged18To22In2023WereBorn2001To2005() {
    // DOMAIN §2: "2023年年满18至22周岁" means born 2001-01-01 to 2005-12-31 (age reached by 31 December 2023).
    BirthWindow w = AGES.calculate(SPRING_2023, JIANGJIN, AgeCategory.of(Sex.MALE, EducationLevel.SENIOR_HIGH));
    assertThat(w.span()).isEqualTo(DateSpan.parse("2001-01-01/2005-12-31"));
    assertThat(w.minAge()).isEqualTo(18);
    assertThat(w.maxAge()).isEqualTo(22);
    assertThat(w.explanation().result()).isEqualTo(Datum.of(w.span()));
    assertThat(w.explanation().citations()).extracting(Citation::document).contains("中华人民共和国兵役法");
  }

  @ParameterizedTest
  @CsvSource({
      // education, first birth date, last birth date: 2023 minus the maximum age (1 January) and minus 18
      "COLLEGE_GRADUATE, 1999-01-01, 2005-12-31",                // graduates to 24 (MSL Art 20)
      "COLLEGE_FINAL_YEAR, 1999-01-01, 2005-12-31",              // final-year students meeting conditions to 24
      "COLLEGE_GRADUATE_PREVIOUS_YEAR, 1999-01-01, 2005-12-31",
      "POSTGRADUATE, 1997-01-01, 2005-12-31",                    // postgraduates to 26 (MSL Art 20)
      "JUNIOR_HIGH, 2003-01-01, 2005-12-31",                     // junior high only: at most 20 (annual orders)
      "COLLEGE_STUDENT, 2001-01-01, 2005-12-31"})
  void extendedLimitsForMenIn2023(EducationLevel education, LocalDate first, LocalDate last) {
    BirthWindow w = AGES.calculate(SPRING_2023, JIANGJIN, AgeCategory.of(Sex.MALE, education));
    assertThat(w.span()).isEqualTo(DateSpan.ofClosed(first, last));
  }

  @Test
  void volunteersMayBeSeventeen() {
    // MSL Art 20: 17-year-old volunteers; in 2023 born by 2006-12-31.
    BirthWindow w = AGES.calculate(SPRING_2023, JIANGJIN,
        AgeCategory.of(Sex.MALE, EducationLevel.SENIOR_HIGH).asVolunteer());
    assertThat(w.span()).isEqualTo(DateSpan.parse("2001-01-01/2006-12-31"));
    assertThat(w.explanation().step("age.minimum").orElseThrow().inputs()).anySatisfy(i ->
        assertThat(i.provenance()).hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("eligibility.age.volunteer_min")));
  }

  @Test
  void womensLimitsIn2024() {
    // 2024 order (人民日报 2024-01-27): women 18-22; full-time postgraduates to 26; in the spring, 2023 college
    // graduates to 23. 2024 - 23 = 2001, 2024 - 22 = 2002, 2024 - 26 = 1998, 2024 - 18 = 2006.
    ConscriptionTerm spring = ConscriptionTerm.of(2024, Season.SPRING);
    ConscriptionTerm autumn = ConscriptionTerm.of(2024, Season.AUTUMN);
    AgeCategory previousGraduate = AgeCategory.of(Sex.FEMALE, EducationLevel.COLLEGE_GRADUATE_PREVIOUS_YEAR);
    assertThat(AGES.calculate(spring, JIANGJIN, previousGraduate).span())
        .isEqualTo(DateSpan.parse("2001-01-01/2006-12-31"));
    assertThat(AGES.calculate(autumn, JIANGJIN, previousGraduate).span())
        .isEqualTo(DateSpan.parse("2002-01-01/2006-12-31"));
    assertThat(AGES.calculate(spring, JIANGJIN, AgeCategory.of(Sex.FEMALE, EducationLevel.SENIOR_HIGH)).span())
        .isEqualTo(DateSpan.parse("2002-01-01/2006-12-31"));
    assertThat(AGES.calculate(spring, JIANGJIN, AgeCategory.of(Sex.FEMALE, EducationLevel.POSTGRADUATE)).span())
        .isEqualTo(DateSpan.parse("1998-01-01/2006-12-31"));
  }

  @Test
  void verdictCountsAgeByTheEndOfTheYear() {
    AgeCategory man = AgeCategory.of(Sex.MALE, EducationLevel.SENIOR_HIGH);
    // Born 2005-12-31: 18 only on the last day of 2023, which is enough.
    AgeVerdict youngest = AGES.assess(LocalDate.of(2005, 12, 31), SPRING_2023, JIANGJIN, man);
    assertThat(youngest.eligible()).isTrue();
    assertThat(youngest.ageAtYearEnd()).isEqualTo(18);
    assertThat(youngest.explanation().result()).isEqualTo(Datum.of(true));
    // Born 2006-01-01: 17 at the end of 2023.
    AgeVerdict tooYoung = AGES.assess(LocalDate.of(2006, 1, 1), SPRING_2023, JIANGJIN, man);
    assertThat(tooYoung.eligible()).isFalse();
    assertThat(tooYoung.ageAtYearEnd()).isEqualTo(17);
    // Born 2000-12-31: 23 at the end of 2023, above 22; a graduate may be 24.
    assertThat(AGES.assess(LocalDate.of(2000, 12, 31), SPRING_2023, JIANGJIN, man).eligible()).isFalse();
    AgeVerdict graduate = AGES.assess(LocalDate.of(2000, 12, 31), SPRING_2023, JIANGJIN,
        AgeCategory.of(Sex.MALE, EducationLevel.COLLEGE_GRADUATE));
    assertThat(graduate.eligible()).isTrue();
    assertThat(graduate.explanation().steps()).extracting(s -> s.rule())
        .containsExactly("age.minimum", "age.maximum", "age.birth_window", "age.at_year_end", "age.verdict");
  }

  @Test
  void yearsWithoutLimitsAreAnError() {
    // The women's limits are bundled from the 2023 order on.
    assertThatThrownBy(() -> AGES.calculate(ConscriptionTerm.of(2022, Season.SPRING), JIANGJIN,
        AgeCategory.of(Sex.FEMALE, EducationLevel.SENIOR_HIGH)))
        .isInstanceOf(ParameterNotFoundException.class)
        .hasMessageContaining("eligibility.age.female.min").hasMessageContaining("2022-01-01");
  }

  @Test
  void inconsistentLimitsAreRejected() {
    PolicyBook odd = PolicyBook.nationalDefaults().withYaml(String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"500000\"",
        "sources:",
        "  fixture: {document: \"test fixture\", issuer: test}",
        "parameters:",
        "  eligibility.age.male.junior_high_max:",
        "    values:",
        "      - {from: 2023-01-01, value: 16, confidence: ILLUSTRATIVE, citation: fixture}",
        ""), "odd.yaml");
    assertThatThrownBy(() -> AgeWindowCalculator.of(odd).calculate(SPRING_2023, JIANGJIN,
        AgeCategory.of(Sex.MALE, EducationLevel.JUNIOR_HIGH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("age limits must satisfy 0 <= min <= max, but were 18 (eligibility.age.male.min) and 16 "
            + "(eligibility.age.male.junior_high_max) in 2023 for region 500116");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(ConscriptionTerm.class, SPRING_2023).setDefault(RegionCode.class, JIANGJIN)
        .setDefault(AgeCategory.class, AgeCategory.of(Sex.MALE, EducationLevel.SENIOR_HIGH))
        .testAllPublicInstanceMethods(AGES);
  }
}
