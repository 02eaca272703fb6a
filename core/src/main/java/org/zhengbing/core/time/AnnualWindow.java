package org.zhengbing.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

/**
 * A window of days that recurs each year, written relative to the year it belongs to: the spring season
 * {@code 02-15..03-31}, or a men's registration window that opens in the previous December,
 * {@code 12-01@-1..02-10}.
 *
 * <p>Each end is a month-day with a year offset ({@code @-1} for the previous year, {@code @+1} for the next; no
 * suffix for the window's own year). {@link #atYear(int)} turns it into the {@link DateSpan} of one year. A 29
 * February end falls on 28 February in a common year (the month's last day).
 *
 * <p>The text form is {@code MM-DD[@±N]..MM-DD[@±N]}, which {@link #parse(String)} reads back.
 *
 * <p>This class is immutable and thread-safe. It is value-based: do not use identity-sensitive operations on it.
 */
public final class AnnualWindow {

  private final MonthDay start;
  private final int startYearOffset;
  private final MonthDay end;
  private final int endYearOffset;

  private AnnualWindow(MonthDay start, int startYearOffset, MonthDay end, int endYearOffset) {
    this.start = start;
    this.startYearOffset = startYearOffset;
    this.end = end;
    this.endYearOffset = endYearOffset;
  }

  /**
   * Obtains a window inside one year.
   *
   * @param start  the first day, not null
   * @param end  the last day, not before the first, not null
   * @return the window, never null
   * @throws IllegalArgumentException if the end is before the start
   */
  public static AnnualWindow of(MonthDay start, MonthDay end) {
    return of(start, 0, end, 0);
  }

  /**
   * Obtains a window whose ends may lie in a neighbouring year.
   *
   * @param start  the first day, not null
   * @param startYearOffset  the year of the first day relative to the window's year, -1 to 1
   * @param end  the last day, not null
   * @param endYearOffset  the year of the last day relative to the window's year, -1 to 1
   * @return the window, never null
   * @throws IllegalArgumentException if an offset is out of range or the end comes before the start
   */
  public static AnnualWindow of(MonthDay start, int startYearOffset, MonthDay end, int endYearOffset) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(startYearOffset >= -1 && startYearOffset <= 1,
        "window start year offset must be in -1..1, but was %s", startYearOffset);
    checkArgument(endYearOffset >= -1 && endYearOffset <= 1,
        "window end year offset must be in -1..1, but was %s", endYearOffset);
    boolean ordered = startYearOffset < endYearOffset
        || (startYearOffset == endYearOffset && !end.isBefore(start));
    checkArgument(ordered, "window end must not be before its start, but was %s",
        format(start, startYearOffset) + ".." + format(end, endYearOffset));
    return new AnnualWindow(start, startYearOffset, end, endYearOffset);
  }

  /**
   * Parses {@code MM-DD[@±N]..MM-DD[@±N]}, such as {@code 02-15..03-31} or {@code 12-01@-1..02-10}.
   *
   * @param text  the text, not null
   * @return the window, never null
   * @throws IllegalArgumentException if the text is not a window
   */
  public static AnnualWindow parse(String text) {
    checkNotNull(text, "text");
    int dots = text.indexOf("..");
    checkArgument(dots > 0, "annual window must look like '02-15..03-31' or '12-01@-1..02-10', but was '%s'", text);
    try {
      String a = text.substring(0, dots).trim();
      String b = text.substring(dots + 2).trim();
      return of(monthDay(a, text), offset(a, text), monthDay(b, text), offset(b, text));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "annual window must look like '02-15..03-31' or '12-01@-1..02-10', but was '" + text + "'", e);
    }
  }

  private static MonthDay monthDay(String end, String text) {
    int at = end.indexOf('@');
    String md = at < 0 ? end : end.substring(0, at);
    checkArgument(md.matches("\\d\\d-\\d\\d"),
        "annual window must look like '02-15..03-31' or '12-01@-1..02-10', but was '%s'", text);
    return MonthDay.parse("--" + md);
  }

  private static int offset(String end, String text) {
    int at = end.indexOf('@');
    if (at < 0) {
      return 0;
    }
    String o = end.substring(at + 1);
    checkArgument(o.matches("[+-]1"),
        "annual window year offset must be @-1 or @+1, but was '%s' in '%s'", o, text);
    return Integer.parseInt(o);
  }

  /**
   * Returns the window's span in a year.
   *
   * @param year  the year the window belongs to
   * @return the span, never null
   * @throws java.time.DateTimeException if a day of the window falls outside the years {@link LocalDate}
   *     supports
   */
  public DateSpan atYear(int year) {
    LocalDate s = start.atYear(year + startYearOffset);
    LocalDate e = end.atYear(year + endYearOffset);
    return DateSpan.ofClosed(s, e);
  }

  /**
   * Returns the first day's month-day.
   *
   * @return the start, never null
   */
  public MonthDay start() {
    return start;
  }

  /**
   * Returns the year of the first day relative to the window's year.
   *
   * @return the offset, -1 to 1
   */
  public int startYearOffset() {
    return startYearOffset;
  }

  /**
   * Returns the last day's month-day.
   *
   * @return the end, never null
   */
  public MonthDay end() {
    return end;
  }

  /**
   * Returns the year of the last day relative to the window's year.
   *
   * @return the offset, -1 to 1
   */
  public int endYearOffset() {
    return endYearOffset;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof AnnualWindow)) {
      return false;
    }
    AnnualWindow o = (AnnualWindow) obj;
    return start.equals(o.start) && end.equals(o.end) && startYearOffset == o.startYearOffset
        && endYearOffset == o.endYearOffset;
  }

  @Override
  public int hashCode() {
    return ((start.hashCode() * 31 + end.hashCode()) * 31 + startYearOffset) * 31 + endYearOffset;
  }

  private static String format(MonthDay md, int offset) {
    String s = md.toString().substring(2);
    return offset == 0 ? s : s + "@" + (offset > 0 ? "+" : "") + offset;
  }

  /**
   * Returns the text form, such as {@code 12-01@-1..02-10}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return format(start, startYearOffset) + ".." + format(end, endYearOffset);
  }
}
