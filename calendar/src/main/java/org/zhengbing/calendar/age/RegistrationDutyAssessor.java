package org.zhengbing.calendar.age;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;

/**
 * Decides whether a person must make the initial military service registration in a year: a man registers in the
 * year he reaches {@code registration.age} (18) by 31 December (MSL Art 15), by the national deadline
 * {@code registration.initial_deadline} where one is in force (31 October from 2026) and otherwise by the end of
 * the year. Parameters are those in force on 1 January of the year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegistrationDutyAssessor {

  private static final ParameterKey<Long> REGISTRATION_AGE = ParameterKey.integer("registration.age");
  private static final ParameterKey<MonthDay> DEADLINE = ParameterKey.monthDay("registration.initial_deadline");

  private final PolicyBook book;

  private RegistrationDutyAssessor(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains an assessor reading its rules from a policy.
   *
   * @param book  the policy, not null
   * @return the assessor, never null
   */
  public static RegistrationDutyAssessor of(PolicyBook book) {
    checkNotNull(book, "book");
    return new RegistrationDutyAssessor(book);
  }

  /**
   * Decides whether a person must register in a year.
   *
   * @param birthDate  the birth date, not null
   * @param sex  the sex, not null
   * @param year  the year asked about, 1900 to 2200
   * @param region  the region whose policy applies, not null
   * @return the duty, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the registration age has no value in force on
   *     1 January of the year
   */
  public RegistrationDuty assess(LocalDate birthDate, Sex sex, int year, RegionCode region) {
    checkNotNull(birthDate, "birthDate");
    checkNotNull(sex, "sex");
    checkNotNull(region, "region");
    checkArgument(year >= ConscriptionTerm.FIRST_YEAR && year <= ConscriptionTerm.LAST_YEAR,
        "year must be in %s..%s, but was %s", ConscriptionTerm.FIRST_YEAR, ConscriptionTerm.LAST_YEAR, year);
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    Resolved<Long> age = book.resolve(REGISTRATION_AGE, region, jan1);
    int registrationYear = birthDate.getYear() + age.value().intValue();
    boolean due = sex == Sex.MALE && registrationYear == year;
    List<Step> steps = new ArrayList<>();
    steps.add(Step.builder().rule("registration.year")
        .addInputs(Input.of("birth_date", Datum.of(birthDate)), age.asInput("registration_age"))
        .result(Datum.of((long) registrationYear)).build());
    Optional<LocalDate> deadline = Optional.empty();
    if (due) {
      Optional<Resolved<MonthDay>> d = book.find(DEADLINE, region, jan1);
      LocalDate last = d.map(r -> r.value().atYear(year)).orElse(LocalDate.of(year, 12, 31));
      Step.Builder b = Step.builder().rule("registration.deadline").addInputs(Input.of("year", Datum.of((long) year)));
      d.ifPresent(r -> b.addInputs(r.asInput("deadline")));
      steps.add(b.result(Datum.of(last)).build());
      deadline = Optional.of(last);
    }
    steps.add(Step.builder().rule("registration.due")
        .addInputs(Input.of("sex", new Datum.OfEnum("sex", sex.name().toLowerCase(Locale.ROOT))),
            Input.of("year", Datum.of((long) year)), Input.of("registration_year", Datum.of((long) registrationYear)))
        .result(Datum.of(due)).build());
    return ImmutableRegistrationDuty.builder().birthDate(birthDate).sex(sex).year(year).region(region)
        .registrationYear(registrationYear).due(due).deadline(deadline).explanation(Explanation.of(steps)).build();
  }
}
