package org.zhengbing.calendar.age;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.Sex;
import org.zhengbing.calendar.testing.CalendarGenerators;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.time.ConscriptionTerm;

class AgeWindowPropertiesTest {

  private static final AgeWindowCalculator AGES = AgeWindowCalculator.of(PolicyBook.nationalDefaults());
  private static final RegistrationDutyAssessor DUTY = RegistrationDutyAssessor.of(PolicyBook.nationalDefaults());

  private static org.quicktheories.core.Gen<ConscriptionTerm> terms() {
    // The women's limits are bundled from 2023.
    return CalendarGenerators.coveredTerms().assuming(t -> t.year() >= 2023);
  }

  @Test
  void ageVerdictsChangeOnlyAtFirstJanuary() {
    qt().forAll(CalendarGenerators.birthDates(), terms(), CalendarGenerators.ageCategories())
        .assuming((birth, term, category) -> !(birth.getMonth() == Month.DECEMBER && birth.getDayOfMonth() == 31))
        .checkAssert((birth, term, category) -> {
          boolean today = AGES.assess(birth, term, CalendarGenerators.JIANGJIN, category).eligible();
          boolean tomorrow = AGES.assess(birth.plusDays(1), term, CalendarGenerators.JIANGJIN, category).eligible();
          assertThat(tomorrow).isEqualTo(today);
        });
  }

  @Test
  void verdictIsTheAgeReachedByYearEndWithinTheLimits() {
    qt().forAll(CalendarGenerators.birthDates(), terms(), CalendarGenerators.ageCategories())
        .checkAssert((birth, term, category) -> {
          AgeVerdict v = AGES.assess(birth, term, CalendarGenerators.JIANGJIN, category);
          int age = term.year() - birth.getYear();
          assertThat(v.ageAtYearEnd()).isEqualTo(age);
          assertThat(v.eligible()).isEqualTo(age >= v.window().minAge() && age <= v.window().maxAge());
          assertThat(v.explanation().result()).isEqualTo(Datum.of(v.eligible()));
          assertThat(v.window().span().start()).isEqualTo(LocalDate.of(term.year() - v.window().maxAge(), 1, 1));
          assertThat(v.window().span().end()).isEqualTo(LocalDate.of(term.year() - v.window().minAge(), 12, 31));
        });
  }

  @Test
  void relaxedLimitsNeverNarrowTheWindow() {
    qt().forAll(terms(), CalendarGenerators.ageCategories()).checkAssert((term, category) -> {
      BirthWindow w = AGES.calculate(term, CalendarGenerators.JIANGJIN, category);
      BirthWindow base = AGES.calculate(term, CalendarGenerators.JIANGJIN,
          AgeCategory.of(category.sex(), EducationLevel.SENIOR_HIGH));
      if (category.education() != EducationLevel.JUNIOR_HIGH) {
        assertThat(w.span().start()).isBeforeOrEqualTo(base.span().start());
      }
      assertThat(w.span().end()).isAfterOrEqualTo(base.span().end());
    });
  }

  @Test
  void registrationIsDueExactlyForMenInTheYearTheyTurnEighteen() {
    qt().forAll(CalendarGenerators.birthDates(), CalendarGenerators.coveredYears(), CalendarGenerators.sexes())
        .checkAssert((birth, year, sex) -> {
          RegistrationDuty d = DUTY.assess(birth, sex, year, CalendarGenerators.JIANGJIN);
          assertThat(d.due()).isEqualTo(sex == Sex.MALE && year - birth.getYear() == 18);
          assertThat(d.deadline().isPresent()).isEqualTo(d.due());
          d.deadline().ifPresent(dl -> assertThat(dl.getYear()).isEqualTo(year));
        });
  }
}
