package org.zhengbing.calendar.age;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;

/**
 * Whether a person born on a date is of age to be conscripted in a season, with the age reached by 31 December of
 * the conscription year and the window it was judged against.
 *
 * <p>Because age counts by calendar year, the verdict depends only on the year of birth: it can change only between
 * 31 December and 1 January. The explanation's result is {@link #eligible()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgeVerdict {

  AgeVerdict() {}

  /**
   * Returns the birth date judged.
   *
   * @return the birth date, never null
   */
  public abstract LocalDate birthDate();

  /**
   * Returns the age reached by 31 December of the conscription year.
   *
   * @return the age
   */
  public abstract int ageAtYearEnd();

  /**
   * Returns the window the birth date was judged against.
   *
   * @return the window, never null
   */
  public abstract BirthWindow window();

  /**
   * Returns true if the birth date lies in the window.
   *
   * @return whether the person is of age
   */
  public abstract boolean eligible();

  /**
   * Returns how the verdict was reached; its result is {@link #eligible()}.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    if (eligible() != window().contains(birthDate())) {
      throw new IllegalArgumentException("verdict must be " + window().contains(birthDate()) + " for " + birthDate()
          + " against " + window().span() + ", but was " + eligible());
    }
    if (ageAtYearEnd() != window().term().year() - birthDate().getYear()) {
      throw new IllegalArgumentException("age at the end of " + window().term().year() + " must be "
          + (window().term().year() - birthDate().getYear()) + " for " + birthDate() + ", but was " + ageAtYearEnd());
    }
    explanation().requireResult(Datum.of(eligible()));
  }
}
