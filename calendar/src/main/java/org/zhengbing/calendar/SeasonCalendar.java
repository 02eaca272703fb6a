package org.zhengbing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;
import org.zhengbing.calendar.service.ServiceTerm;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;

/**
 * One season of a region's conscription calendar (上半年 or 下半年征兵): every seasonal phase once, and the service
 * term of the recruits it approves.
 *
 * <p>When built, a season checks that its phases lie within their bounds and in order: both registration windows
 * and the preliminary check end before the season starts; the physical examination and political assessment start
 * together, not before its first day (the scheduler starts them on its first working day); pre-service education follows them, collective approval follows education, the public notice
 * follows collective approval and approval follows the notice; approval and departure lie in the season; the
 * escort staff arrive and the handover is completed after approval and before departure; arrival is on or after
 * departure; the return window starts on arrival; the service term starts on the approval date. A policy whose
 * values break one of these is rejected with a message naming the phases and dates.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SeasonCalendar {

  SeasonCalendar() {}

  /**
   * Returns the season's term (year and season).
   *
   * @return the term, never null
   */
  public abstract ConscriptionTerm term();

  /**
   * Returns the region.
   *
   * @return the region, never null
   */
  public abstract RegionCode region();

  /**
   * Returns the season's phases, in order of start.
   *
   * @return the phases, one of each seasonal kind, never null
   */
  public abstract ImmutableList<Phase> phases();

  /**
   * Returns the service term of the recruits approved on the season's approval date.
   *
   * @return the term, never null
   */
  public abstract ServiceTerm serviceTerm();

  @Value.Lazy
  ImmutableMap<PhaseKind, Phase> byKind() {
    Map<PhaseKind, Phase> m = new EnumMap<>(PhaseKind.class);
    for (Phase p : phases()) {
      m.put(p.kind(), p);
    }
    return Maps.immutableEnumMap(m);
  }

  /**
   * Returns the phase of a kind.
   *
   * @param kind  a seasonal kind, not null
   * @return the phase, never null
   * @throws IllegalArgumentException if the kind belongs to the year, not to a season
   */
  public Phase phase(PhaseKind kind) {
    checkNotNull(kind, "kind");
    checkArgument(kind.isSeasonal(), "phase kind must be seasonal, but was %s", kind);
    Phase p = byKind().get(kind);
    if (p == null) {
      throw new IllegalStateException("season " + term() + " has no phase " + kind);
    }
    return p;
  }

  /**
   * Returns the season's conscription period (征兵时间), such as {@code 2023-02-15/2023-03-31}.
   *
   * @return the period, never null
   */
  public DateSpan period() {
    return phase(PhaseKind.SEASON).span();
  }

  /**
   * Returns the approval date (批准入伍日期), from which service counts.
   *
   * @return the date, never null
   */
  public LocalDate approvalDate() {
    return phase(PhaseKind.APPROVAL).span().start();
  }

  /**
   * Returns the online registration window for a sex.
   *
   * @param sex  the sex, not null
   * @return the men's or women's registration phase, never null
   */
  public Phase registration(Sex sex) {
    checkNotNull(sex, "sex");
    return phase(sex == Sex.MALE ? PhaseKind.MALE_REGISTRATION : PhaseKind.FEMALE_REGISTRATION);
  }

  /**
   * Returns true if the date lies in the season's conscription period.
   *
   * @param date  the date, not null
   * @return whether the period contains the date
   */
  public boolean contains(LocalDate date) {
    return period().contains(date);
  }

  /**
   * Returns the phases a date falls in, in order.
   *
   * @param date  the date, not null
   * @return the phases, possibly empty, never null
   */
  public ImmutableList<Phase> phasesOn(LocalDate date) {
    checkNotNull(date, "date");
    return phases().stream().filter(p -> p.contains(date)).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    for (Phase p : phases()) {
      checkArgument(p.term().equals(java.util.Optional.of(term())) && p.region().equals(region()),
          "phases of season %s in region %s must belong to it, but %s belongs to %s in %s", term(), region(),
          p.kind(), p.term().orElse(null), p.region());
    }
    for (PhaseKind k : PhaseKind.values()) {
      long n = phases().stream().filter(p -> p.kind() == k).count();
      checkArgument(n == (k.isSeasonal() ? 1 : 0), "season %s must have %s phase of kind %s, but had %s", term(),
          k.isSeasonal() ? "one" : "no", k, n);
    }
    checkArgument(serviceTerm().conscriptionTerm().equals(term()),
        "service term must be of season %s, but was of %s", term(), serviceTerm().conscriptionTerm());
    DateSpan season = span(PhaseKind.SEASON);
    LocalDate start = season.start();
    before(PhaseKind.MALE_REGISTRATION, start, "the season starts");
    before(PhaseKind.FEMALE_REGISTRATION, start, "the season starts");
    before(PhaseKind.PRELIMINARY_CHECK, start, "the season starts");
    before(PhaseKind.LIAISON_ARRIVAL, start, "the season starts");
    LocalDate exam = span(PhaseKind.PHYSICAL_EXAM).start();
    order(!exam.isBefore(start), "the physical examination must not start before the season's first day " + start
        + ", but starts on " + exam);
    order(span(PhaseKind.POLITICAL_ASSESSMENT).start().equals(exam), "the political assessment must start with the "
        + "physical examination on " + exam + ", but starts on " + span(PhaseKind.POLITICAL_ASSESSMENT).start());
    after(PhaseKind.PRE_SERVICE_EDUCATION, PhaseKind.PHYSICAL_EXAM);
    after(PhaseKind.PRE_SERVICE_EDUCATION, PhaseKind.POLITICAL_ASSESSMENT);
    after(PhaseKind.COLLECTIVE_APPROVAL, PhaseKind.PRE_SERVICE_EDUCATION);
    after(PhaseKind.PUBLIC_NOTICE, PhaseKind.COLLECTIVE_APPROVAL);
    after(PhaseKind.APPROVAL, PhaseKind.PUBLIC_NOTICE);
    within(PhaseKind.APPROVAL, season);
    within(PhaseKind.DEPARTURE, season);
    order(!span(PhaseKind.HANDOVER).start().isBefore(span(PhaseKind.APPROVAL).start()), "handover "
        + span(PhaseKind.HANDOVER) + " must not be before approval " + span(PhaseKind.APPROVAL));
    after(PhaseKind.DEPARTURE, PhaseKind.HANDOVER);
    after(PhaseKind.DEPARTURE, PhaseKind.ESCORT_ARRIVAL);
    order(!span(PhaseKind.ARRIVAL).start().isBefore(span(PhaseKind.DEPARTURE).end()),
        "arrival " + span(PhaseKind.ARRIVAL) + " must not be before departure " + span(PhaseKind.DEPARTURE));
    order(span(PhaseKind.RETURN_WINDOW).start().equals(span(PhaseKind.ARRIVAL).start()),
        "the return window " + span(PhaseKind.RETURN_WINDOW) + " must start on arrival " + span(PhaseKind.ARRIVAL));
    order(serviceTerm().start().equals(span(PhaseKind.APPROVAL).start()),
        "the service term must start on the approval date " + span(PhaseKind.APPROVAL).start() + ", but starts on "
            + serviceTerm().start());
    order(span(PhaseKind.TERM_END).start().equals(serviceTerm().end()),
        "the end of the service term " + span(PhaseKind.TERM_END) + " must be the term's end " + serviceTerm().end());
  }

  private DateSpan span(PhaseKind kind) {
    return byKind().get(kind).span();
  }

  private void before(PhaseKind kind, LocalDate date, String what) {
    order(span(kind).end().isBefore(date), kind.label().en() + " " + span(kind) + " must end before " + what + " on "
        + date);
  }

  private void after(PhaseKind later, PhaseKind earlier) {
    order(span(later).start().isAfter(span(earlier).end()), later.label().en() + " " + span(later)
        + " must start after " + earlier.label().en() + " " + span(earlier) + " ends");
  }

  private void within(PhaseKind kind, DateSpan season) {
    order(season.encloses(span(kind)), kind.label().en() + " " + span(kind) + " must lie in the season's "
        + "conscription period " + season);
  }

  private void order(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException("calendar of " + term() + " in region " + region() + ": " + message);
    }
  }
}
