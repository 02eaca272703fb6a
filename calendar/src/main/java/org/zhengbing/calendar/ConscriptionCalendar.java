package org.zhengbing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.Season;

/**
 * A region's conscription calendar for one year: the spring (上半年) and autumn (下半年) seasons with their phases,
 * and the phases of the year itself (men's initial military service registration, awareness months).
 *
 * <p>Built by {@link ConscriptionScheduler}. The calendar of year Y holds what belongs to Y's seasons, even where
 * it falls outside Y: the men's registration windows open in December of the previous year, the return window
 * and the end of the service term come later. Queries answer for those phases; to ask about any date across
 * years, use the scheduler's queries.
 *
 * <pre>{@code
 * ConscriptionCalendar c = scheduler.schedule(2023, RegionCode.of("500116"));
 * c.season(Season.SPRING).registration(Sex.MALE).span();    // 2022-12-01/2023-02-10
 * c.phasesOn(LocalDate.of(2023, 2, 16));                    // the season, physical exam, political assessment
 * c.nextDeadline(LocalDate.of(2023, 2, 11), Sex.FEMALE);    // women's autumn registration closes 2023-08-10
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConscriptionCalendar {

  ConscriptionCalendar() {}

  /**
   * Returns the conscription year.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the region.
   *
   * @return the region, never null
   */
  public abstract RegionCode region();

  /**
   * Returns the spring season (上半年征兵).
   *
   * @return the season, never null
   */
  public abstract SeasonCalendar spring();

  /**
   * Returns the autumn season (下半年征兵).
   *
   * @return the season, never null
   */
  public abstract SeasonCalendar autumn();

  /**
   * Returns the phases of the year that belong to no season, in order.
   *
   * @return the phases, never null
   */
  public abstract ImmutableList<Phase> yearPhases();

  /**
   * Returns every phase of the calendar, in order of start.
   *
   * @return the phases, never null
   */
  @Value.Lazy
  public ImmutableList<Phase> phases() {
    return ImmutableList.sortedCopyOf(ImmutableList.<Phase>builder().addAll(spring().phases())
        .addAll(autumn().phases()).addAll(yearPhases()).build());
  }

  /**
   * Returns a season.
   *
   * @param season  the season, not null
   * @return the season's calendar, never null
   */
  public SeasonCalendar season(Season season) {
    checkNotNull(season, "season");
    return season == Season.SPRING ? spring() : autumn();
  }

  /**
   * Returns the season whose conscription period contains a date. The two periods never overlap, so there is at
   * most one.
   *
   * @param date  the date, not null
   * @return the season, or empty if the date lies in neither period
   */
  public Optional<SeasonCalendar> seasonOf(LocalDate date) {
    checkNotNull(date, "date");
    if (spring().contains(date)) {
      return Optional.of(spring());
    }
    return autumn().contains(date) ? Optional.of(autumn()) : Optional.empty();
  }

  /**
   * Returns every phase a date falls in, in order; phases overlap, so there may be several.
   *
   * @param date  the date, not null
   * @return the phases, possibly empty, never null
   */
  public ImmutableList<Phase> phasesOn(LocalDate date) {
    checkNotNull(date, "date");
    return phases().stream().filter(p -> p.contains(date)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the phases of this calendar that need working days ({@link PhaseKind#needsWorkingDays()}) but start or
   * end on a day that is not a working day: a calendar laid out by {@link ConscriptionScheduler} has none, and a
   * calendar a region assembles itself can be checked with this.
   *
   * @param workdays  the working-day calendar, not null
   * @return the offending phases in order, empty if none, never null
   * @throws org.zhengbing.calendar.workday.MissingHolidayDataException if a phase lies in a year the working-day
   *     calendar has no data for
   */
  public ImmutableList<Phase> phasesOffWorkingDays(WorkdayCalendar workdays) {
    checkNotNull(workdays, "workdays");
    return phases().stream().filter(p -> p.kind().needsWorkingDays())
        .filter(p -> !workdays.isWorkingDay(p.span().start()) || !workdays.isWorkingDay(p.span().end()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the deadlines of this calendar for a person of a sex, in date order: the close of each registration
   * window for that sex and, for men, of initial military service registration.
   *
   * @param sex  the person's sex, not null
   * @return the deadlines, never null
   */
  public ImmutableList<Deadline> deadlines(Sex sex) {
    checkNotNull(sex, "sex");
    return phases().stream().filter(p -> p.kind().isPersonalDeadline() && p.kind().appliesTo(sex))
        .map(Deadline::of).sorted().collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the first deadline of this calendar on or after a date for a person of a sex. A deadline on the date
   * itself is still open (registration closes at 18:00 on its last day).
   *
   * @param date  the date, not null
   * @param sex  the person's sex, not null
   * @return the deadline, or empty if every deadline of this calendar has passed
   */
  public Optional<Deadline> nextDeadline(LocalDate date, Sex sex) {
    checkNotNull(date, "date");
    return deadlines(sex).stream().filter(d -> !d.date().isBefore(date)).findFirst();
  }

  @Value.Check
  void check() {
    checkArgument(spring().term().year() == year() && spring().term().season() == Season.SPRING,
        "spring season must be %s-SPRING, but was %s", year(), spring().term());
    checkArgument(autumn().term().year() == year() && autumn().term().season() == Season.AUTUMN,
        "autumn season must be %s-AUTUMN, but was %s", year(), autumn().term());
    checkArgument(spring().region().equals(region()) && autumn().region().equals(region()),
        "seasons must be of region %s, but were of %s and %s", region(), spring().region(), autumn().region());
    checkArgument(spring().period().end().isBefore(autumn().period().start()),
        "the spring period %s must end before the autumn period %s starts", spring().period(), autumn().period());
    for (Phase p : yearPhases()) {
      checkArgument(!p.kind().isSeasonal() && p.year() == year() && p.region().equals(region()),
          "year phases must be non-seasonal phases of %s in %s, but one was %s of %s in %s", year(), region(),
          p.kind(), p.year(), p.region());
    }
  }
}
