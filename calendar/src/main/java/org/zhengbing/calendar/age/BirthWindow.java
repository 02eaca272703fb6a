package org.zhengbing.calendar.age;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;

/**
 * The birth dates that may be conscripted in a season: born so as to reach the minimum age, and not more than the
 * maximum age, by 31 December of the conscription year. For 2023 and men aged 18 to 22: born 2001-01-01 to
 * 2005-12-31.
 *
 * <p>The explanation's result is {@link #span()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BirthWindow {

  BirthWindow() {}

  /**
   * Returns the conscription term (year and season).
   *
   * @return the term, never null
   */
  public abstract ConscriptionTerm term();

  /**
   * Returns the region whose policy applied.
   *
   * @return the region, never null
   */
  public abstract RegionCode region();

  /**
   * Returns the category the limits were chosen for.
   *
   * @return the category, never null
   */
  public abstract AgeCategory category();

  /**
   * Returns the minimum age reached by 31 December of the year.
   *
   * @return the minimum age
   */
  public abstract int minAge();

  /**
   * Returns the maximum age reached by 31 December of the year.
   *
   * @return the maximum age
   */
  public abstract int maxAge();

  /**
   * Returns the birth dates in the window, both ends included: 1 January of (year - maxAge) to 31 December of
   * (year - minAge).
   *
   * @return the span, never null
   */
  public abstract DateSpan span();

  /**
   * Returns how the window was reached; its result is {@link #span()}.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns true if a birth date lies in the window.
   *
   * @param birthDate  the birth date, not null
   * @return whether the window contains it
   */
  public boolean contains(LocalDate birthDate) {
    checkNotNull(birthDate, "birthDate");
    return span().contains(birthDate);
  }

  @Value.Check
  void check() {
    if (minAge() < 0 || maxAge() < minAge()) {
      throw new IllegalArgumentException("age limits must satisfy 0 <= min <= max, but were " + minAge() + " and "
          + maxAge());
    }
    int y = term().year();
    DateSpan expected = DateSpan.ofClosed(LocalDate.of(y - maxAge(), 1, 1), LocalDate.of(y - minAge(), 12, 31));
    if (!span().equals(expected)) {
      throw new IllegalArgumentException("birth window must be " + expected + " for ages " + minAge() + " to "
          + maxAge() + " in " + y + ", but was " + span());
    }
    explanation().requireResult(Datum.of(span()));
  }
}
