package org.zhengbing.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * A person's deadline: the last day of a phase that concerns them, such as the close of the men's online
 * registration for the spring season (男兵上半年网上报名截止).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Deadline implements Comparable<Deadline> {

  Deadline() {}

  /**
   * Returns the phase that ends on the deadline.
   *
   * @return the phase, never null
   */
  @Value.Parameter
  public abstract Phase phase();

  /**
   * Returns the deadline: the phase's last day.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return phase().span().end();
  }

  /**
   * Returns the days from a date to the deadline, both counted: 1 on the deadline itself, 0 after it.
   *
   * @param date  the date, not null
   * @return the days remaining, never negative
   */
  public long daysRemainingFrom(LocalDate date) {
    checkNotNull(date, "date");
    return date.isAfter(date()) ? 0 : ChronoUnit.DAYS.between(date, date()) + 1;
  }

  @Override
  public int compareTo(Deadline other) {
    int c = date().compareTo(other.date());
    return c != 0 ? c : phase().compareTo(other.phase());
  }

  static Deadline of(Phase phase) {
    return ImmutableDeadline.of(phase);
  }
}
