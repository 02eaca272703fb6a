package org.zhengbing.calendar.workday;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;

/**
 * One year's holiday arrangement as the State Council General Office published it (国务院办公厅关于20XX年部分节假日安排的通知):
 * the holidays with their days off and the Saturdays and Sundays that are worked instead (调休上班), with the
 * notice's document number and citation.
 *
 * <p>A notice may reach back into December of the previous year: the 2023 New Year break began on 2022-12-31. When
 * built, a notice checks that its days lie in December of the previous year or in its own year, that no two
 * holidays overlap, and that each adjusted working day is a Saturday or Sunday and not a holiday.
 *
 * <pre>{@code
 * HolidayNotice.builder().year(2027).documentNumber("国办发明电〔2026〕X号")
 *     .citation(Citation.of("国务院办公厅关于2027年部分节假日安排的通知"))
 *     .addHolidays(Holiday.of(LocalizedText.of("元旦", "New Year's Day"), DateSpan.parse("2027-01-01/2027-01-03")))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HolidayNotice {

  HolidayNotice() {}

  /**
   * Returns the arrangement year, such as 2023.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the document number, such as {@code 国办发明电〔2022〕16号}.
   *
   * @return the number, never null
   */
  public abstract String documentNumber();

  /**
   * Returns the citation of the notice: title, issuer, date and address.
   *
   * @return the citation, never null
   */
  public abstract Citation citation();

  /**
   * Returns the holidays, in the notice's order.
   *
   * @return the holidays, never null
   */
  public abstract ImmutableList<Holiday> holidays();

  /**
   * Returns the Saturdays and Sundays that are worked (调休上班).
   *
   * @return the days, in date order, never null
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<LocalDate> adjustedWorkingDays();

  /**
   * Returns the total number of days off in the holidays' spans, such as 27 for 2023.
   *
   * @return the number of days off
   */
  public long totalDaysOff() {
    return holidays().stream().mapToLong(h -> h.daysOff().lengthInDays()).sum();
  }

  /**
   * Returns the span of days the notice may speak about: 1 December of the previous year to 31 December of its
   * year.
   *
   * @return the span, never null
   */
  public DateSpan reach() {
    return DateSpan.ofClosed(LocalDate.of(year() - 1, 12, 1), LocalDate.of(year(), 12, 31));
  }

  @Value.Check
  void check() {
    if (year() < ConscriptionTerm.FIRST_YEAR || year() > ConscriptionTerm.LAST_YEAR) {
      throw new IllegalArgumentException("holiday notice year must be in " + ConscriptionTerm.FIRST_YEAR + ".."
          + ConscriptionTerm.LAST_YEAR + ", but was " + year());
    }
    if (documentNumber().isBlank()) {
      throw new IllegalArgumentException("holiday notice document number must not be blank, but was '"
          + documentNumber() + "'");
    }
    DateSpan reach = reach();
    List<DateSpan> seen = new ArrayList<>();
    for (Holiday h : holidays()) {
      if (!reach.encloses(h.daysOff())) {
        throw new IllegalArgumentException("holiday " + h.name().zh() + " of the " + year() + " notice must lie in "
            + reach + ", but was " + h.daysOff());
      }
      for (DateSpan other : seen) {
        if (other.overlaps(h.daysOff())) {
          throw new IllegalArgumentException("holidays of the " + year() + " notice must not overlap, but "
              + h.daysOff() + " (" + h.name().zh() + ") overlaps " + other);
        }
      }
      seen.add(h.daysOff());
    }
    for (LocalDate d : adjustedWorkingDays()) {
      if (!reach.contains(d)) {
        throw new IllegalArgumentException("adjusted working day of the " + year() + " notice must lie in " + reach
            + ", but was " + d);
      }
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        throw new IllegalArgumentException("adjusted working day must be a Saturday or Sunday, but was " + d + " ("
            + d.getDayOfWeek() + ")");
      }
      for (DateSpan off : seen) {
        if (off.contains(d)) {
          throw new IllegalArgumentException("adjusted working day must not be a holiday, but " + d
              + " lies in the days off " + off);
        }
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HolidayNotice}. */
  public static final class Builder extends ImmutableHolidayNotice.Builder {
    Builder() {}
  }
}
