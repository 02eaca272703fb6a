package org.zhengbing.calendar.workday;

import com.google.common.collect.ImmutableSortedSet;

/**
 * Thrown when working days are needed in a year for which the working-day calendar has no holiday notice and the
 * caller has not chosen weekends-only for such years. Zhengbing never guesses a year's holidays.
 */
public final class MissingHolidayDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The year without data. */
  private final int year;
  /** The years the calendar has notices for. */
  private final ImmutableSortedSet<Integer> coveredYears;

  MissingHolidayDataException(int year, ImmutableSortedSet<Integer> coveredYears) {
    super("no holiday data for " + year + ": this working-day calendar has the State Council notices for "
        + describe(coveredYears) + "; add the notice for " + year + " (国务院办公厅关于" + year
        + "年部分节假日安排的通知) or choose weekends-only explicitly with withWeekendsOnlyForMissingYears()");
    this.year = year;
    this.coveredYears = coveredYears;
  }

  private static String describe(ImmutableSortedSet<Integer> years) {
    if (years.isEmpty()) {
      return "no year";
    }
    boolean contiguous = years.last() - years.first() + 1 == years.size();
    return contiguous && years.size() > 1 ? years.first() + "-" + years.last() : years.toString();
  }

  /**
   * Returns the year without data.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the years the calendar has notices for.
   *
   * @return the years, never null
   */
  public ImmutableSortedSet<Integer> coveredYears() {
    return coveredYears;
  }
}
