package org.zhengbing.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A closed span of dates, both ends included, such as the 2023 spring season {@code 2023-02-15/2023-03-31}.
 *
 * <p>The text form is ISO 8601's {@code start/end}, which {@link #parse(String)} reads back.
 *
 * <p>This class is immutable and thread-safe. It is value-based: do not use identity-sensitive operations on it.
 */
public final class DateSpan implements Comparable<DateSpan> {

  private final LocalDate start;
  private final LocalDate end;

  private DateSpan(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains a span from its first and last day.
   *
   * @param startInclusive  the first day, not null
   * @param endInclusive  the last day, not before the first, not null
   * @return the span, never null
   * @throws IllegalArgumentException if the end is before the start
   */
  public static DateSpan ofClosed(LocalDate startInclusive, LocalDate endInclusive) {
    checkNotNull(startInclusive, "startInclusive");
    checkNotNull(endInclusive, "endInclusive");
    checkArgument(!endInclusive.isBefore(startInclusive),
        "span end must not be before its start, but was %s/%s", startInclusive, endInclusive);
    return new DateSpan(startInclusive, endInclusive);
  }

  /**
   * Obtains a span of one day.
   *
   * @param day  the day, not null
   * @return the span, never null
   */
  public static DateSpan ofDay(LocalDate day) {
    return ofClosed(day, day);
  }

  /**
   * Obtains a span of a number of days starting on a date.
   *
   * @param startInclusive  the first day, not null
   * @param days  the number of days, at least 1
   * @return the span, never null
   * @throws IllegalArgumentException if days is less than 1, or so many that the span would end after
   *     {@link LocalDate#MAX}
   */
  public static DateSpan ofDays(LocalDate startInclusive, long days) {
    checkNotNull(startInclusive, "startInclusive");
    checkArgument(days >= 1, "span length must be >= 1 day, but was %s", days);
    // compared before adding: start + days would overflow a long for days near Long.MAX_VALUE
    checkArgument(days - 1 <= LocalDate.MAX.toEpochDay() - startInclusive.toEpochDay(),
        "span length from %s must end by %s, but was %s days", startInclusive, LocalDate.MAX, days);
    return ofClosed(startInclusive, startInclusive.plusDays(days - 1));
  }

  /**
   * Parses {@code start/end} in ISO 8601 dates, such as {@code 2023-02-15/2023-03-31}.
   *
   * @param text  the text, not null
   * @return the span, never null
   * @throws IllegalArgumentException if the text is not a span or the end is before the start
   */
  public static DateSpan parse(String text) {
    checkNotNull(text, "text");
    int slash = text.indexOf('/');
    checkArgument(slash > 0, "date span must look like '2023-02-15/2023-03-31', but was '%s'", text);
    try {
      return ofClosed(LocalDate.parse(text.substring(0, slash).trim()), LocalDate.parse(text.substring(slash + 1)
          .trim()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "date span must look like '2023-02-15/2023-03-31', but was '" + text + "'", e);
    }
  }

  /**
   * Returns the first day.
   *
   * @return the start, never null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day.
   *
   * @return the end, never null
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Returns the number of days, both ends counted.
   *
   * @return the length in days, at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Returns true if the date lies in the span.
   *
   * @param date  the date, not null
   * @return whether the span contains the date
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Returns true if the spans share at least one day.
   *
   * @param other  the other span, not null
   * @return whether they overlap
   */
  public boolean overlaps(DateSpan other) {
    checkNotNull(other, "other");
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /**
   * Returns true if the other span lies wholly inside this one.
   *
   * @param other  the other span, not null
   * @return whether this span encloses the other
   */
  public boolean encloses(DateSpan other) {
    checkNotNull(other, "other");
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Returns the days from a date to the end of the span, both counted: 1 on the last day, 0 after it, and the
   * whole length before the start.
   *
   * @param date  the date, not null
   * @return the days remaining, never negative
   */
  public long daysRemainingFrom(LocalDate date) {
    checkNotNull(date, "date");
    if (date.isAfter(end)) {
      return 0;
    }
    LocalDate from = date.isBefore(start) ? start : date;
    return ChronoUnit.DAYS.between(from, end) + 1;
  }

  /**
   * Returns the span as a closed Guava range.
   *
   * @return the range, never null
   */
  public Range<LocalDate> toRange() {
    return Range.closed(start, end);
  }

  @Override
  public int compareTo(DateSpan other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : end.compareTo(other.end);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DateSpan && ((DateSpan) obj).start.equals(start) && ((DateSpan) obj).end.equals(end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * Returns {@code start/end}, such as {@code 2023-02-15/2023-03-31}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
