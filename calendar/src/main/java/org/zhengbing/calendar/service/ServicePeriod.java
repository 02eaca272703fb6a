package org.zhengbing.calendar.service;

import org.immutables.value.Value;
import org.zhengbing.core.time.DateSpan;

/**
 * One period of a service term, such as the second six-month period of the family preferential payment
 * (义务兵家庭优待金): its number, the days it covers, and the days a full period would cover.
 *
 * <p>A period is partial when service ended inside it; see {@link ServiceTerm#periodsThrough(int,
 * java.time.LocalDate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServicePeriod {

  ServicePeriod() {}

  /**
   * Returns the period's number, 1 for the first.
   *
   * @return the number, at least 1
   */
  @Value.Parameter
  public abstract int number();

  /**
   * Returns the days of the period that were or will be served.
   *
   * @return the span, never null
   */
  @Value.Parameter
  public abstract DateSpan span();

  /**
   * Returns the days a full period covers: from its first day to the day before the next period begins.
   *
   * @return the full span, never null
   */
  @Value.Parameter
  public abstract DateSpan fullSpan();

  /**
   * Returns true if the period is served in full.
   *
   * @return whether the period is full
   */
  public boolean isFull() {
    return span().equals(fullSpan());
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new IllegalArgumentException("period number must be >= 1, but was " + number());
    }
    if (!span().start().equals(fullSpan().start()) || !fullSpan().encloses(span())) {
      throw new IllegalArgumentException("period span must start with and lie in its full span " + fullSpan()
          + ", but was " + span());
    }
  }

  static ServicePeriod of(int number, DateSpan span, DateSpan fullSpan) {
    return ImmutableServicePeriod.of(number, span, fullSpan);
  }
}
