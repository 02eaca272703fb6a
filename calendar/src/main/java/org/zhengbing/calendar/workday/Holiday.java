package org.zhengbing.calendar.workday;

import java.util.Optional;
import org.immutables.value.Value;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.time.DateSpan;

/**
 * One holiday of a State Council holiday notice: its name and the days off, both ends included, such as the 2023
 * Spring Festival {@code 2023-01-21/2023-01-27}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Holiday {

  Holiday() {}

  /**
   * Returns the holiday's name, such as {@code 春节 / Spring Festival}.
   *
   * @return the name, never null
   */
  public abstract LocalizedText name();

  /**
   * Returns the days off.
   *
   * @return the span, never null
   */
  public abstract DateSpan daysOff();

  /**
   * Returns a note from the notice, such as that the holiday is joined to a weekend (与周末连休).
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  /**
   * Obtains a holiday.
   *
   * @param name  the name, not null
   * @param daysOff  the days off, not null
   * @return the holiday, never null
   */
  public static Holiday of(LocalizedText name, DateSpan daysOff) {
    return ImmutableHoliday.builder().name(name).daysOff(daysOff).build();
  }

  /**
   * Obtains a holiday with a note.
   *
   * @param name  the name, not null
   * @param daysOff  the days off, not null
   * @param note  the note, not null
   * @return the holiday, never null
   */
  public static Holiday of(LocalizedText name, DateSpan daysOff, String note) {
    return ImmutableHoliday.builder().name(name).daysOff(daysOff).note(note).build();
  }
}
