package org.zhengbing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.zhengbing.calendar.date.MonthEndRule;
import org.zhengbing.calendar.service.ServiceTerm;
import org.zhengbing.calendar.service.ServiceTermCalculator;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.ParameterNotFoundException;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.AnnualWindow;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.core.time.Season;

/**
 * Lays out a region's {@link ConscriptionCalendar} for a year from the policy's {@code calendar.*} parameters in
 * force on 1 January of the year, and a {@link WorkdayCalendar} for the public notice's working days.
 *
 * <p>Each season is laid out as follows; every figure is a parameter a region can override:
 * <ul>
 *   <li>the conscription period, approval date and registration windows for men and women are the annual order's
 *       (national values per year, a pattern for other years);
 *   <li>the preliminary check runs over the days before the season starts; the military liaison group arrives at
 *       the latest the set number of days before the start (Reg. Art 36);
 *   <li>the physical examination and the political assessment start on the season's first working day and last
 *       their set number of working days; pre-service education (Reg. Art 26) runs over its set number of working
 *       days from the first working day after the later of them, so none of them starts or ends on a weekend or a
 *       statutory holiday (see {@link PhaseKind#needsWorkingDays()});
 *   <li>collective approval (Reg. Art 27) is held on the first working day after education, and the public notice
 *       (Reg. Art 30) runs over the set number of working days from the next working day;
 *   <li>approval (Reg. Art 31) is on the national approval date, or on the day after the notice ends if that is
 *       later; only in the second case does the approval date (and the service term) rest on the layout's
 *       illustrative lengths;
 *   <li>departure is on the set day; the escort staff arrive 7 to 10 days before it and the handover is completed
 *       one day before it (Reg. Art 39); recruits arrive the set number of days after departure and may be returned
 *       for at most 45 days from arrival (Reg. Art 49);
 *   <li>the service term runs from the approval date for the term's years (MSL Arts 26, 29) under the month-end
 *       rule (民法典 Art 202);
 *   <li>the publicity stages of seeds/000: concentrated publicity for the set days up to the close of men's
 *       registration, preparation for the set days before it, deepening from the season's start to departure.
 * </ul>
 * The year's own phases are men's initial military service registration, from 1 January to the national deadline
 * ({@code registration.initial_deadline}) or, where none is in force, to 31 December (MSL Art 15: in that year),
 * and any awareness months the region sets.
 *
 * <p>This class is immutable and thread-safe. It reads no clock: callers name the year or date.
 */
public final class ConscriptionScheduler {

  private static final ParameterKey<Long> PRELIMINARY_DAYS =
      ParameterKey.integer("calendar.phase.preliminary_check.days_before_start");
  private static final ParameterKey<Long> LIAISON_DAYS = ParameterKey.integer("calendar.liaison.min_days_before_start");
  private static final ParameterKey<Long> EXAM_DAYS = ParameterKey.integer("calendar.phase.physical_exam.days");
  private static final ParameterKey<Long> POLITICAL_DAYS =
      ParameterKey.integer("calendar.phase.political_assessment.days");
  private static final ParameterKey<Long> EDUCATION_DAYS =
      ParameterKey.integer("calendar.phase.pre_service_education.days");
  private static final ParameterKey<Long> NOTICE_DAYS = ParameterKey.integer("calendar.public_notice.min_working_days");
  private static final ParameterKey<Long> ESCORT_MIN =
      ParameterKey.integer("calendar.escort.arrival_min_days_before_departure");
  private static final ParameterKey<Long> ESCORT_MAX =
      ParameterKey.integer("calendar.escort.arrival_max_days_before_departure");
  private static final ParameterKey<Long> HANDOVER_DAYS = ParameterKey.integer("calendar.handover.days_before_departure");
  private static final ParameterKey<Long> ARRIVAL_DAYS = ParameterKey.integer("calendar.phase.arrival.days_after_departure");
  private static final ParameterKey<Long> RETURN_DAYS = ParameterKey.integer("calendar.return_window.max_days");
  private static final ParameterKey<Long> PREPARATION_DAYS = ParameterKey.integer("calendar.publicity.preparation.days");
  private static final ParameterKey<Long> CONCENTRATED_DAYS =
      ParameterKey.integer("calendar.publicity.concentrated.days");
  private static final ParameterKey<ImmutableList<Datum>> AWARENESS_MONTHS =
      ParameterKey.list("calendar.publicity.awareness_months", Datum.Kind.INTEGER);
  private static final ParameterKey<Long> REGISTRATION_AGE = ParameterKey.integer("registration.age");
  private static final ParameterKey<MonthDay> REGISTRATION_DEADLINE =
      ParameterKey.monthDay("registration.initial_deadline");

  private final PolicyBook book;
  private final WorkdayCalendar workdays;
  private final ServiceTermCalculator terms;

  private ConscriptionScheduler(PolicyBook book, WorkdayCalendar workdays, ServiceTermCalculator terms) {
    this.book = book;
    this.workdays = workdays;
    this.terms = terms;
  }

  /**
   * Obtains a scheduler.
   *
   * @param book  the policy, such as {@link PolicyBook#nationalDefaults()} with a region's files, not null
   * @param workdays  the working-day calendar, such as {@link WorkdayCalendar#bundled()}, not null
   * @return the scheduler, never null
   */
  public static ConscriptionScheduler of(PolicyBook book, WorkdayCalendar workdays) {
    checkNotNull(book, "book");
    checkNotNull(workdays, "workdays");
    return new ConscriptionScheduler(book, workdays, ServiceTermCalculator.of(book));
  }

  /**
   * Returns a copy that adds the service term's years under the given rule instead of the policy's.
   *
   * @param rule  the month-end rule, not null
   * @return a new scheduler, never null
   */
  public ConscriptionScheduler withMonthEndRule(MonthEndRule rule) {
    return new ConscriptionScheduler(book, workdays, terms.withMonthEndRule(rule));
  }

  /**
   * Returns the policy the scheduler reads.
   *
   * @return the policy, never null
   */
  public PolicyBook policy() {
    return book;
  }

  /**
   * Returns the working-day calendar the scheduler counts working days with.
   *
   * @return the working-day calendar, never null
   */
  public WorkdayCalendar workdays() {
    return workdays;
  }

  /**
   * Lays out a region's calendar for a conscription year.
   *
   * @param year  the conscription year, 1900 to 2200
   * @param region  the region, not null
   * @return the calendar, never null
   * @throws UnknownYearException if a calendar parameter has no value in force on 1 January of the year
   * @throws org.zhengbing.calendar.workday.MissingHolidayDataException if working days are needed in a year the
   *     working-day calendar has no data for and it was not told to use weekends only
   * @throws IllegalArgumentException if the region's values break the order of the phases, or a parameter is
   *     out of range; the message names the phases, dates or parameter
   */
  public ConscriptionCalendar schedule(int year, RegionCode region) {
    checkNotNull(region, "region");
    checkArgument(year >= ConscriptionTerm.FIRST_YEAR && year <= ConscriptionTerm.LAST_YEAR,
        "conscription year must be in %s..%s, but was %s", ConscriptionTerm.FIRST_YEAR, ConscriptionTerm.LAST_YEAR,
        year);
    try {
      return new Layout(year, region).calendar();
    } catch (ParameterNotFoundException e) {
      throw new UnknownYearException(year, region, e);
    }
  }

  /**
   * Lays out one season of a region's calendar.
   *
   * @param term  the year and season, not null
   * @param region  the region, not null
   * @return the season, never null
   * @throws UnknownYearException if a calendar parameter has no value in force on 1 January of the year
   * @throws org.zhengbing.calendar.workday.MissingHolidayDataException if working days are needed in a year
   *     without holiday data
   */
  public SeasonCalendar schedule(ConscriptionTerm term, RegionCode region) {
    checkNotNull(term, "term");
    return schedule(term.year(), region).season(term.season());
  }

  /**
   * Returns every phase of the region's calendars a date falls in, in order. Phases of several years' calendars
   * can meet on one date: the next year's men's registration opens in December, and a term approved two years
   * before ends. Calendars of neighbouring years the policy does not cover contribute nothing.
   *
   * @param region  the region, not null
   * @param date  the date, not null
   * @return the phases, possibly empty, never null
   * @throws UnknownYearException if the policy does not cover the date's own year
   * @throws org.zhengbing.calendar.workday.MissingHolidayDataException if a calendar consulted needs working days
   *     without holiday data
   */
  public ImmutableList<Phase> phasesOn(RegionCode region, LocalDate date) {
    checkNotNull(date, "date");
    List<Phase> out = new ArrayList<>();
    for (ConscriptionCalendar c : calendarsAround(region, date, 3, 1)) {
      out.addAll(c.phasesOn(date));
    }
    return ImmutableList.sortedCopyOf(out);
  }

  /**
   * Returns the first deadline on or after a date for a person of a sex, across the region's calendars: the close
   * of a registration window for that sex or, for men, of initial military service registration.
   *
   * @param region  the region, not null
   * @param date  the date, not null
   * @param sex  the person's sex, not null
   * @return the deadline, or empty if the policy covers no later deadline
   * @throws UnknownYearException if the policy does not cover the date's own year
   * @throws org.zhengbing.calendar.workday.MissingHolidayDataException if a calendar consulted needs working days
   *     without holiday data
   */
  public Optional<Deadline> nextDeadline(RegionCode region, LocalDate date, Sex sex) {
    checkNotNull(date, "date");
    checkNotNull(sex, "sex");
    TreeSet<Deadline> found = new TreeSet<>();
    for (ConscriptionCalendar c : calendarsAround(region, date, 0, 2)) {
      c.nextDeadline(date, sex).ifPresent(found::add);
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.first());
  }

  /**
   * Returns the season whose conscription period contains a date.
   *
   * @param region  the region, not null
   * @param date  the date, not null
   * @return the season, or empty if the date lies in neither season's period
   * @throws UnknownYearException if the policy does not cover the date's year
   */
  public Optional<SeasonCalendar> seasonOf(RegionCode region, LocalDate date) {
    checkNotNull(date, "date");
    return schedule(date.getYear(), region).seasonOf(date);
  }

  private List<ConscriptionCalendar> calendarsAround(RegionCode region, LocalDate date, int before, int after) {
    checkNotNull(region, "region");
    List<ConscriptionCalendar> out = new ArrayList<>();
    int own = date.getYear();
    for (int y = own - before; y <= own + after; y++) {
      try {
        out.add(schedule(y, region));
      } catch (UnknownYearException e) {
        if (y == own) {
          throw e;
        }
      }
    }
    return out;
  }

  /** One calendar being laid out: the resolved parameters and the steps that explain each phase. */
  private final class Layout {
    private final int year;
    private final RegionCode region;
    private final LocalDate jan1;
    private final Input yearInput;

    Layout(int year, RegionCode region) {
      this.year = year;
      this.region = region;
      this.jan1 = LocalDate.of(year, 1, 1);
      this.yearInput = Input.of("year", Datum.of((long) year));
    }

    <T> Resolved<T> resolve(ParameterKey<T> key) {
      return book.resolve(key, region, jan1);
    }

    Resolved<Long> days(ParameterKey<Long> key, long min, long max) {
      Resolved<Long> r = resolve(key);
      checkArgument(r.value() >= min && r.value() <= max, "parameter '%s' must be in %s..%s for region %s in %s, "
          + "but was %s (%s)", key.name(), min, max, region, year, r.value(),
          r.provenance().origin().orElse(r.provenance().citation().document()));
      return r;
    }

    ConscriptionCalendar calendar() {
      SeasonCalendar spring = season(Season.SPRING);
      SeasonCalendar autumn = season(Season.AUTUMN);
      return ImmutableConscriptionCalendar.builder().year(year).region(region).spring(spring).autumn(autumn)
          .addAllYearPhases(yearPhases()).build();
    }

    private Phase phase(PhaseKind kind, Optional<ConscriptionTerm> term, DateSpan span, List<Step> steps) {
      return Phase.builder().kind(kind).year(year).term(term).region(region).span(span)
          .explanation(Explanation.of(steps)).build();
    }

    private Step step(String rule, DateSpan result, Input... inputs) {
      return Step.builder().rule(rule).addInputs(inputs).result(Datum.of(result)).build();
    }

    private Input date(String name, LocalDate d) {
      return Input.of(name, Datum.of(d));
    }

    private List<Step> steps(List<Step> before, Step last) {
      List<Step> out = new ArrayList<>(before);
      out.add(last);
      return out;
    }

    SeasonCalendar season(Season s) {
      String k = s.key();
      ConscriptionTerm term = ConscriptionTerm.of(year, s);
      Optional<ConscriptionTerm> t = Optional.of(term);
      List<Phase> phases = new ArrayList<>();

      Resolved<AnnualWindow> periodR = resolve(ParameterKey.annualWindow("calendar.season." + k + ".period"));
      DateSpan period = periodR.value().atYear(year);
      checkArgument(period.start().getYear() == year && period.end().getYear() == year,
          "the %s conscription period of %s must lie in that year, but was %s (parameter 'calendar.season.%s.period')",
          k, year, period, k);
      Step periodStep = step("calendar.season_period", period, yearInput, periodR.asInput("period"));
      phases.add(phase(PhaseKind.SEASON, t, period, List.of(periodStep)));
      LocalDate start = period.start();

      for (Sex sex : Sex.values()) {
        String key = "calendar.registration." + (sex == Sex.MALE ? "male" : "female") + "." + k;
        Resolved<AnnualWindow> r = resolve(ParameterKey.annualWindow(key));
        DateSpan span = r.value().atYear(year);
        phases.add(phase(sex == Sex.MALE ? PhaseKind.MALE_REGISTRATION : PhaseKind.FEMALE_REGISTRATION, t, span,
            List.of(step("calendar.registration", span, yearInput, r.asInput("window")))));
      }
      DateSpan maleRegistration = resolve(ParameterKey.annualWindow("calendar.registration.male." + k)).value()
          .atYear(year);

      Resolved<Long> prelim = days(PRELIMINARY_DAYS, 1, 366);
      DateSpan prelimSpan = DateSpan.ofClosed(start.minusDays(prelim.value()), start.minusDays(1));
      phases.add(phase(PhaseKind.PRELIMINARY_CHECK, t, prelimSpan, steps(List.of(periodStep),
          step("calendar.preliminary_check", prelimSpan, date("season_start", start), prelim.asInput("days")))));

      Resolved<Long> liaison = days(LIAISON_DAYS, 1, 366);
      DateSpan liaisonSpan = DateSpan.ofDay(start.minusDays(liaison.value()));
      phases.add(phase(PhaseKind.LIAISON_ARRIVAL, t, liaisonSpan, steps(List.of(periodStep),
          step("calendar.liaison_arrival", liaisonSpan, date("season_start", start),
              liaison.asInput("min_days_before_start")))));

      Resolved<Long> exam = days(EXAM_DAYS, 1, 366);
      Input examWorkdays = Input.of("working_days", Datum.of(workdays.sourceOf(start.getYear())));
      DateSpan examSpan = workdays.workingDaysFrom(start, exam.value().intValue());
      Step examStep = step("calendar.physical_exam", examSpan, date("season_start", start), exam.asInput("days"),
          examWorkdays);
      phases.add(phase(PhaseKind.PHYSICAL_EXAM, t, examSpan, List.of(periodStep, examStep)));

      Resolved<Long> political = days(POLITICAL_DAYS, 1, 366);
      DateSpan politicalSpan = workdays.workingDaysFrom(start, political.value().intValue());
      Step politicalStep = step("calendar.political_assessment", politicalSpan, date("season_start", start),
          political.asInput("days"), examWorkdays);
      phases.add(phase(PhaseKind.POLITICAL_ASSESSMENT, t, politicalSpan, List.of(periodStep, politicalStep)));

      Resolved<Long> education = days(EDUCATION_DAYS, 1, 366);
      LocalDate examsEnd = examSpan.end().isAfter(politicalSpan.end()) ? examSpan.end() : politicalSpan.end();
      DateSpan educationSpan = workdays.workingDaysFrom(examsEnd.plusDays(1), education.value().intValue());
      Step educationStep = step("calendar.pre_service_education", educationSpan,
          date("exams_end", examsEnd), education.asInput("days"),
          Input.of("working_days", Datum.of(workdays.sourceOf(educationSpan.end().getYear()))));
      List<Step> educationSteps = List.of(periodStep, examStep, politicalStep, educationStep);
      phases.add(phase(PhaseKind.PRE_SERVICE_EDUCATION, t, educationSpan, educationSteps));

      Input workdaySource = Input.of("working_days", Datum.of(workdays.sourceOf(educationSpan.end().getYear())));
      DateSpan collective = DateSpan.ofDay(workdays.nextWorkingDay(educationSpan.end()));
      Step collectiveStep = step("calendar.collective_approval", collective,
          date("education_end", educationSpan.end()), workdaySource);
      List<Step> collectiveSteps = steps(educationSteps, collectiveStep);
      phases.add(phase(PhaseKind.COLLECTIVE_APPROVAL, t, collective, collectiveSteps));

      Resolved<Long> noticeDays = days(NOTICE_DAYS, 1, 100);
      DateSpan notice = workdays.workingDaysFrom(collective.end().plusDays(1), noticeDays.value().intValue());
      Step noticeStep = step("calendar.public_notice", notice, date("collective_approval", collective.start()),
          noticeDays.asInput("working_days_min"),
          Input.of("working_days", Datum.of(workdays.sourceOf(notice.end().getYear()))));
      List<Step> noticeSteps = steps(collectiveSteps, noticeStep);
      phases.add(phase(PhaseKind.PUBLIC_NOTICE, t, notice, noticeSteps));

      Resolved<MonthDay> approvalR = resolve(ParameterKey.monthDay("calendar.season." + k + ".approval_date"));
      LocalDate national = approvalR.value().atYear(year);
      LocalDate afterNotice = notice.end().plusDays(1);
      boolean followsNotice = afterNotice.isAfter(national);
      DateSpan approval = DateSpan.ofDay(followsNotice ? afterNotice : national);
      Step approvalStep = step("calendar.approval", approval, approvalR.asInput("approval_date"),
          date("notice_end", notice.end()), Input.of("follows_notice", Datum.of(followsNotice)));
      // The national date stands unless the notice ends too late; only then do the layout's steps decide it.
      List<Step> approvalSteps = followsNotice ? steps(noticeSteps, approvalStep) : List.of(approvalStep);
      phases.add(phase(PhaseKind.APPROVAL, t, approval, approvalSteps));

      Resolved<MonthDay> departureR = resolve(ParameterKey.monthDay("calendar.season." + k + ".departure_date"));
      LocalDate departureDay = departureR.value().atYear(year);
      DateSpan departure = DateSpan.ofDay(departureDay);
      Step departureStep = step("calendar.departure", departure, yearInput, departureR.asInput("departure_date"));
      phases.add(phase(PhaseKind.DEPARTURE, t, departure, List.of(departureStep)));

      Resolved<Long> escortMin = days(ESCORT_MIN, 1, 366);
      Resolved<Long> escortMax = days(ESCORT_MAX, escortMin.value(), 366);
      DateSpan escort = DateSpan.ofClosed(departureDay.minusDays(escortMax.value()),
          departureDay.minusDays(escortMin.value()));
      phases.add(phase(PhaseKind.ESCORT_ARRIVAL, t, escort, List.of(departureStep,
          step("calendar.escort_arrival", escort, date("departure", departureDay),
              escortMin.asInput("min_days_before_departure"), escortMax.asInput("max_days_before_departure")))));

      Resolved<Long> handoverDays = days(HANDOVER_DAYS, 1, 366);
      DateSpan handover = DateSpan.ofDay(departureDay.minusDays(handoverDays.value()));
      phases.add(phase(PhaseKind.HANDOVER, t, handover, List.of(departureStep,
          step("calendar.handover", handover, date("departure", departureDay),
              handoverDays.asInput("days_before_departure")))));

      Resolved<Long> arrivalDays = days(ARRIVAL_DAYS, 0, 366);
      DateSpan arrival = DateSpan.ofDay(departureDay.plusDays(arrivalDays.value()));
      Step arrivalStep = step("calendar.arrival", arrival, date("departure", departureDay),
          arrivalDays.asInput("days_after_departure"));
      phases.add(phase(PhaseKind.ARRIVAL, t, arrival, List.of(departureStep, arrivalStep)));

      Resolved<Long> returnDays = days(RETURN_DAYS, 0, 3660);
      DateSpan returnWindow = DateSpan.ofClosed(arrival.start(), arrival.start().plusDays(returnDays.value()));
      phases.add(phase(PhaseKind.RETURN_WINDOW, t, returnWindow, List.of(departureStep, arrivalStep,
          step("calendar.return_window", returnWindow, date("arrival", arrival.start()),
              returnDays.asInput("max_days")))));

      ServiceTerm serviceTerm = terms.calculate(term, region, Explanation.of(approvalSteps));
      DateSpan termEnd = DateSpan.ofDay(serviceTerm.end());
      phases.add(phase(PhaseKind.TERM_END, t, termEnd, steps(serviceTerm.explanation().steps(),
          step("calendar.term_end", termEnd, date("end", serviceTerm.end())))));

      Resolved<Long> concentratedDays = days(CONCENTRATED_DAYS, 1, 366);
      Step registrationStep = step("calendar.registration", maleRegistration, yearInput,
          resolve(ParameterKey.annualWindow("calendar.registration.male." + k)).asInput("window"));
      DateSpan concentrated = DateSpan.ofClosed(
          maleRegistration.end().minusDays(concentratedDays.value() - 1), maleRegistration.end());
      Step concentratedStep = step("calendar.publicity_concentrated", concentrated,
          date("registration_end", maleRegistration.end()), concentratedDays.asInput("days"));
      phases.add(phase(PhaseKind.PUBLICITY_CONCENTRATED, t, concentrated,
          List.of(registrationStep, concentratedStep)));
      Resolved<Long> preparationDays = days(PREPARATION_DAYS, 1, 366);
      DateSpan preparation = DateSpan.ofClosed(concentrated.start().minusDays(preparationDays.value()),
          concentrated.start().minusDays(1));
      phases.add(phase(PhaseKind.PUBLICITY_PREPARATION, t, preparation, List.of(registrationStep, concentratedStep,
          step("calendar.publicity_preparation", preparation, date("concentrated_start", concentrated.start()),
              preparationDays.asInput("days")))));
      checkArgument(!departureDay.isBefore(start), "departure %s must not be before the %s season starts on %s "
          + "(parameter 'calendar.season.%s.departure_date')", departureDay, k, start, k);
      DateSpan deepening = DateSpan.ofClosed(start, departureDay);
      phases.add(phase(PhaseKind.PUBLICITY_DEEPENING, t, deepening, List.of(periodStep, departureStep,
          step("calendar.publicity_deepening", deepening, date("season_start", start),
              date("departure", departureDay)))));

      return ImmutableSeasonCalendar.builder().term(term).region(region)
          .addAllPhases(ImmutableList.sortedCopyOf(phases)).serviceTerm(serviceTerm).build();
    }

    List<Phase> yearPhases() {
      List<Phase> out = new ArrayList<>();
      Resolved<Long> age = resolve(REGISTRATION_AGE);
      Optional<Resolved<MonthDay>> deadline = book.find(REGISTRATION_DEADLINE, region, jan1);
      LocalDate end = deadline.map(d -> d.value().atYear(year)).orElse(LocalDate.of(year, 12, 31));
      DateSpan registration = DateSpan.ofClosed(jan1, end);
      List<Input> inputs = new ArrayList<>(List.of(yearInput, age.asInput("registration_age")));
      deadline.ifPresent(d -> inputs.add(d.asInput("deadline")));
      out.add(phase(PhaseKind.SERVICE_REGISTRATION, Optional.empty(), registration, List.of(Step.builder()
          .rule("calendar.service_registration").addAllInputs(inputs).result(Datum.of(registration)).build())));

      Optional<Resolved<ImmutableList<Datum>>> months = book.find(AWARENESS_MONTHS, region, jan1);
      if (months.isPresent()) {
        TreeSet<Integer> seen = new TreeSet<>();
        for (Datum d : months.get().value()) {
          long m = ((Datum.OfInteger) d).value();
          checkArgument(m >= 1 && m <= 12 && seen.add((int) m), "parameter 'calendar.publicity.awareness_months' "
              + "must list distinct months 1..12, but had %s for region %s in %s", m, region, year);
          YearMonth ym = YearMonth.of(year, (int) m);
          DateSpan span = DateSpan.ofClosed(ym.atDay(1), ym.atEndOfMonth());
          out.add(phase(PhaseKind.AWARENESS_MONTH, Optional.empty(), span, List.of(step("calendar.awareness_month",
              span, yearInput, months.get().asInput("months"), Input.of("month", Datum.of(m))))));
        }
      }
      return out;
    }
  }
}
