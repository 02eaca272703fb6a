package org.zhengbing.calendar.testing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.zhengbing.calendar.ConscriptionCalendar;
import org.zhengbing.calendar.ConscriptionScheduler;
import org.zhengbing.calendar.Sex;
import org.zhengbing.calendar.age.AgeCategory;
import org.zhengbing.calendar.age.EducationLevel;
import org.zhengbing.calendar.date.MonthEndRule;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.Season;

/**
 * QuickTheories generators ({@link Gen}) for the calendar's types. Edge values (the first and last day of a month,
 * 29 February, 31 December and 1 January) are mixed in explicitly, since random generation rarely hits them.
 */
public final class CalendarGenerators {

  /** The first conscription year the bundled policy covers. */
  public static final int FIRST_COVERED_YEAR = 2022;
  /** The last year with bundled holiday data. */
  public static final int LAST_HOLIDAY_YEAR = 2026;
  /** A county in the bundled examples (江津区, Chongqing), with no regional overrides. */
  public static final RegionCode JIANGJIN = RegionCode.of("500116");

  private CalendarGenerators() {}

  /**
   * Years whose calendars the bundled policy and holiday data both cover: 2022 to 2026.
   *
   * @return the generator
   */
  public static Gen<Integer> coveredYears() {
    return Generate.range(FIRST_COVERED_YEAR, LAST_HOLIDAY_YEAR);
  }

  /**
   * Years the bundled policy covers, from 2022 to 2040; later ones need weekends-only working days.
   *
   * @return the generator
   */
  public static Gen<Integer> policyYears() {
    return Generate.range(FIRST_COVERED_YEAR, 2040);
  }

  /**
   * The two sexes.
   *
   * @return the generator
   */
  public static Gen<Sex> sexes() {
    return Generate.enumValues(Sex.class);
  }

  /**
   * The two seasons.
   *
   * @return the generator
   */
  public static Gen<Season> seasons() {
    return Generate.enumValues(Season.class);
  }

  /**
   * Conscription terms of the covered years.
   *
   * @return the generator
   */
  public static Gen<ConscriptionTerm> coveredTerms() {
    return coveredYears().zip(seasons(), ConscriptionTerm::of);
  }

  /**
   * The month-end rules.
   *
   * @return the generator
   */
  public static Gen<MonthEndRule> monthEndRules() {
    return Generate.enumValues(MonthEndRule.class);
  }

  /**
   * Education levels.
   *
   * @return the generator
   */
  public static Gen<EducationLevel> educationLevels() {
    return Generate.enumValues(EducationLevel.class);
  }

  /**
   * Age categories: every sex and education, volunteering or not.
   *
   * @return the generator
   */
  public static Gen<AgeCategory> ageCategories() {
    return sexes().zip(educationLevels(), Generate.booleans(),
        (s, e, v) -> v ? AgeCategory.of(s, e).asVolunteer() : AgeCategory.of(s, e));
  }

  /**
   * Dates in a closed range, with the range's ends, month ends and 29 February (where in range) mixed in.
   *
   * @param fromInclusive  the first date
   * @param toInclusive  the last date
   * @return the generator
   */
  public static Gen<LocalDate> dates(LocalDate fromInclusive, LocalDate toInclusive) {
    long days = ChronoUnit.DAYS.between(fromInclusive, toInclusive);
    Gen<LocalDate> any = Generate.longRange(0, days).map(fromInclusive::plusDays);
    Gen<LocalDate> edges = Generate.longRange(0, days).map(fromInclusive::plusDays)
        .map(d -> List.of(d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth()),
            d.isLeapYear() ? LocalDate.of(d.getYear(), 2, 29) : d.withDayOfMonth(28)).get(d.getDayOfMonth() % 3))
        .map(d -> d.isBefore(fromInclusive) ? fromInclusive : d.isAfter(toInclusive) ? toInclusive : d);
    return any.mix(edges, 30);
  }

  /**
   * Dates of the covered years, 2022-01-01 to 2026-12-31.
   *
   * @return the generator
   */
  public static Gen<LocalDate> coveredDates() {
    return dates(LocalDate.of(FIRST_COVERED_YEAR, 1, 1), LocalDate.of(LAST_HOLIDAY_YEAR, 12, 31));
  }

  /**
   * Birth dates from 1960 to 2015, with 31 December and 1 January mixed in, the days on which age windows turn.
   *
   * @return the generator
   */
  public static Gen<LocalDate> birthDates() {
    Gen<LocalDate> any = dates(LocalDate.of(1960, 1, 1), LocalDate.of(2015, 12, 31));
    Gen<LocalDate> yearEnds = Generate.range(1960, 2015).zip(Generate.booleans(),
        (y, first) -> first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31));
    return any.mix(yearEnds, 30);
  }

  /**
   * Calendars of a region for the covered years, laid out from the bundled policy and holiday data.
   *
   * @param region  the region
   * @return the generator
   */
  public static Gen<ConscriptionCalendar> bundledCalendars(RegionCode region) {
    ConscriptionScheduler scheduler =
        ConscriptionScheduler.of(PolicyBook.nationalDefaults(), WorkdayCalendar.bundled());
    return coveredYears().map(y -> scheduler.schedule(y, region));
  }
}
