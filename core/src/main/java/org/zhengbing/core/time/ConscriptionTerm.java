package org.zhengbing.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Month;

/**
 * A conscription term: a year and a season, such as the 2026 spring season (2026年上半年征兵).
 *
 * <p>The text form is {@code 2026-SPRING} or {@code 2026-AUTUMN}, which {@link #parse(String)} reads back.
 *
 * <p>This class is immutable and thread-safe. It is value-based: do not use identity-sensitive operations on it.
 */
public final class ConscriptionTerm implements Comparable<ConscriptionTerm> {

  private final int year;
  private final Season season;

  /**
   * The first year Zhengbing handles: every date it reads (policy files, profiles, holiday notices) and every term,
   * calendar and registration year must lie in {@code FIRST_YEAR..LAST_YEAR}. A bound on input, not a legal figure.
   */
  public static final int FIRST_YEAR = 1900;
  /** The last year Zhengbing handles; see {@link #FIRST_YEAR}. */
  public static final int LAST_YEAR = 2200;

  private ConscriptionTerm(int year, Season season) {
    this.year = year;
    this.season = season;
  }

  /**
   * Obtains a term.
   *
   * @param year  the year, 1900 to 2200
   * @param season  the season, not null
   * @return the term, never null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ConscriptionTerm of(int year, Season season) {
    checkNotNull(season, "season");
    checkArgument(year >= FIRST_YEAR && year <= LAST_YEAR, "term year must be in %s..%s, but was %s", FIRST_YEAR,
        LAST_YEAR, year);
    return new ConscriptionTerm(year, season);
  }

  /**
   * Obtains the term of the half-year a date lies in: January to June is the spring (上半年) term, July to December
   * the autumn (下半年) term.
   *
   * <p>This is the calendar half-year, which is what 上半年 and 下半年 mean; whether the date lies inside the
   * season's conscription period is a question for the calendar.
   *
   * @param date  the date, not null
   * @return the term, never null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ConscriptionTerm from(LocalDate date) {
    checkNotNull(date, "date");
    return of(date.getYear(), date.getMonthValue() <= Month.JUNE.getValue() ? Season.SPRING : Season.AUTUMN);
  }

  /**
   * Parses a term written as {@code 2026-SPRING} or {@code 2026-AUTUMN}.
   *
   * @param text  the text, not null
   * @return the term, never null
   * @throws IllegalArgumentException if the text is not a term
   */
  public static ConscriptionTerm parse(String text) {
    checkNotNull(text, "text");
    int dash = text.indexOf('-');
    checkArgument(dash == 4 && text.substring(0, 4).chars().allMatch(c -> c >= '0' && c <= '9'),
        "term must look like '2026-SPRING' or '2026-AUTUMN', but was '%s'", text);
    Season season;
    try {
      season = Season.valueOf(text.substring(5));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "term must look like '2026-SPRING' or '2026-AUTUMN', but was '" + text + "'", e);
    }
    return of(Integer.parseInt(text.substring(0, 4)), season);
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the season.
   *
   * @return the season, never null
   */
  public Season season() {
    return season;
  }

  /**
   * Returns the term after this one: the autumn of the same year after spring, the next spring after autumn.
   *
   * @return the next term, never null
   */
  public ConscriptionTerm next() {
    return season == Season.SPRING ? of(year, Season.AUTUMN) : of(year + 1, Season.SPRING);
  }

  @Override
  public int compareTo(ConscriptionTerm other) {
    int c = Integer.compare(year, other.year);
    return c != 0 ? c : season.compareTo(other.season);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ConscriptionTerm && ((ConscriptionTerm) obj).year == year
        && ((ConscriptionTerm) obj).season == season;
  }

  @Override
  public int hashCode() {
    return year * 2 + season.ordinal();
  }

  /**
   * Returns the term as {@code 2026-SPRING}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return year + "-" + season.name();
  }
}
