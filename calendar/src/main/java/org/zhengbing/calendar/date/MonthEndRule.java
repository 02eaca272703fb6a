package org.zhengbing.calendar.date;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.zhengbing.core.explain.Datum;

/**
 * What adding months or years to a date does when the target month has no day of that number, such as
 * 31 January plus one month or 29 February plus one year.
 *
 * <p>Only such additions are affected: 15 January plus one month is 15 February under every rule. Subtraction
 * (negative amounts) follows the same rule. Each constant's {@link #key()} is its name in the
 * {@code month_end_rule} enumeration of the bundled policy, whose parameter
 * {@code calendar.date_arithmetic.month_end_rule} holds the legal default.
 */
public enum MonthEndRule {

  /**
   * A missing day falls back to the last day of the target month: 31 January plus one month is 28 (or 29)
   * February, 29 February plus one year is 28 February. This is the rule of the Civil Code (民法典 Art 202: 没有对应日的，
   * 月末日为期间的最后一日) and Catala's {@code RoundDown}.
   */
  ROUND_DOWN("round_down"),

  /**
   * A missing day moves on to the first day of the following month: 31 January plus one month is 1 March, 29 February
   * plus one year is 1 March. This is Catala's {@code RoundUp}.
   */
  ROUND_UP("round_up"),

  /**
   * A missing day is ambiguous and rejected with an {@link ArithmeticException}: the caller must decide. This is
   * Catala's {@code AbortOnRound}.
   */
  STRICT("strict");

  /** The name of the enumeration of these rules in policy files. */
  public static final String DOMAIN = "month_end_rule";

  private final String key;

  MonthEndRule(String key) {
    this.key = key;
  }

  /**
   * Returns the rule's constant in the policy enumeration {@code month_end_rule}, such as {@code round_down}.
   *
   * @return the key, never null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the rule for a policy constant.
   *
   * @param key  the constant, such as {@code round_down}, not null
   * @return the rule, never null
   * @throws IllegalArgumentException if the key names no rule
   */
  public static MonthEndRule ofKey(String key) {
    checkNotNull(key, "key");
    for (MonthEndRule r : values()) {
      if (r.key.equals(key)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "month-end rule must be one of round_down, round_up, strict, but was '" + key + "'");
  }

  /**
   * Returns the rule as an explanation datum of the enumeration {@code month_end_rule}.
   *
   * @return the datum, never null
   */
  public Datum toDatum() {
    return new Datum.OfEnum(DOMAIN, key);
  }

  /**
   * Returns true if adding the months to the date lands on a day the target month lacks, so that the rule decides
   * the result.
   *
   * @param date  the date, not null
   * @param months  the months to add, may be negative
   * @return whether the addition is ambiguous
   */
  public static boolean isAmbiguous(LocalDate date, long months) {
    checkNotNull(date, "date");
    return date.getDayOfMonth() > YearMonth.from(date).plusMonths(months).lengthOfMonth();
  }

  /**
   * Adds months to a date under this rule.
   *
   * @param date  the date, not null
   * @param months  the months to add, may be negative
   * @return the date, never null
   * @throws ArithmeticException if the rule is {@link #STRICT} and the target month lacks the date's day
   * @throws java.time.DateTimeException if the result is outside the supported range
   */
  public LocalDate plusMonths(LocalDate date, long months) {
    checkNotNull(date, "date");
    YearMonth target = YearMonth.from(date).plusMonths(months);
    int day = date.getDayOfMonth();
    if (day <= target.lengthOfMonth()) {
      return target.atDay(day);
    }
    switch (this) {
      case ROUND_DOWN:
        return target.atEndOfMonth();
      case ROUND_UP:
        return target.plusMonths(1).atDay(1);
      default:
        throw new ArithmeticException("adding " + months + " month(s) to " + date + " is ambiguous under the strict "
            + "month-end rule: " + target + " has no day " + day + " (round down would give "
            + target.atEndOfMonth() + ", round up " + target.plusMonths(1).atDay(1) + ")");
    }
  }

  /**
   * Adds years to a date under this rule; a year is twelve months, so 29 February is the only ambiguous day.
   *
   * @param date  the date, not null
   * @param years  the years to add, may be negative
   * @return the date, never null
   * @throws ArithmeticException if the rule is {@link #STRICT} and the date is 29 February of a year whose
   *     target year is common, or if the months overflow
   * @throws java.time.DateTimeException if the result is outside the supported range
   */
  public LocalDate plusYears(LocalDate date, long years) {
    return plusMonths(date, Math.multiplyExact(years, 12L));
  }
}
