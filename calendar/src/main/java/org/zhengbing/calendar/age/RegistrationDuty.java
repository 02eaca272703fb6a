package org.zhengbing.calendar.age;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.region.RegionCode;

/**
 * Whether a person must make the initial military service registration (初次兵役登记) in a year: every man who
 * turns 18 by 31 December registers in that year (MSL Art 15; Reg. Art 11); from 2026 registration is completed by
 * 31 October (兵役登记工作规定, 国办发〔2025〕41号). Women do not register.
 *
 * <p>The explanation's result is {@link #due()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RegistrationDuty {

  RegistrationDuty() {}

  /**
   * Returns the birth date.
   *
   * @return the birth date, never null
   */
  public abstract LocalDate birthDate();

  /**
   * Returns the sex.
   *
   * @return the sex, never null
   */
  public abstract Sex sex();

  /**
   * Returns the year asked about.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the region whose policy applied.
   *
   * @return the region, never null
   */
  public abstract RegionCode region();

  /**
   * Returns the year a man born on the birth date registers: the year he reaches the registration age.
   *
   * @return the registration year
   */
  public abstract int registrationYear();

  /**
   * Returns true if the person must register in {@link #year()}: a man whose registration year it is.
   *
   * @return whether registration is due
   */
  public abstract boolean due();

  /**
   * Returns the last day to register, when registration is due: the national deadline in force, or 31 December.
   *
   * @return the deadline, present exactly when due
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * Returns how the duty was decided; its result is {@link #due()}.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    if (due() != deadline().isPresent()) {
      throw new IllegalArgumentException("a registration deadline must be present exactly when registration is due, "
          + "but due was " + due() + " and the deadline " + deadline());
    }
    if (due() && (sex() != Sex.MALE || registrationYear() != year())) {
      throw new IllegalArgumentException("registration can be due only for a man in his registration year "
          + registrationYear() + ", but was due for a " + sex() + " in " + year());
    }
    explanation().requireResult(Datum.of(due()));
  }
}
