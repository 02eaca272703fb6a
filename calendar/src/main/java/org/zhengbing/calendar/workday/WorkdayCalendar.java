package org.zhengbing.calendar.workday;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.time.DateSpan;

/**
 * China's working-day calendar: which days are worked, given the statutory holidays and the weekend days worked in
 * exchange (调休上班) of the State Council General Office's annual holiday notices.
 *
 * <p>A day of year Y is judged by the notice for Y (and any other loaded notice that names the day, such as the
 * 2023 notice naming 2022-12-31). A year without a notice raises {@link MissingHolidayDataException}, unless the
 * caller chose {@link #withWeekendsOnlyForMissingYears()} or {@link #weekendsOnly()}: then such a year counts
 * Monday to Friday as working days and has no holidays. Note that the notice for Y+1 can reach back into late
 * December of Y; until it is loaded, late-December days of Y are judged by the notice for Y alone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkdayCalendar {

  private static final String BUNDLED_RESOURCE = "holidays-cn.yaml";

  private final ImmutableSortedMap<Integer, HolidayNotice> notices;
  private final ImmutableMap<LocalDate, Holiday> holidays;
  private final ImmutableSet<LocalDate> adjusted;
  private final boolean weekendsOnlyForMissingYears;

  private WorkdayCalendar(ImmutableSortedMap<Integer, HolidayNotice> notices, boolean weekendsOnlyForMissingYears) {
    this.notices = notices;
    this.weekendsOnlyForMissingYears = weekendsOnlyForMissingYears;
    Map<LocalDate, Holiday> h = new HashMap<>();
    Map<LocalDate, Integer> a = new HashMap<>();
    for (HolidayNotice n : notices.values()) {
      for (Holiday holiday : n.holidays()) {
        for (LocalDate d = holiday.daysOff().start(); !d.isAfter(holiday.daysOff().end()); d = d.plusDays(1)) {
          checkArgument(!a.containsKey(d), "day %s must not be both a holiday (notice of %s) and an adjusted "
              + "working day (notice of %s)", d, n.year(), a.get(d));
          h.putIfAbsent(d, holiday);
        }
      }
      for (LocalDate d : n.adjustedWorkingDays()) {
        checkArgument(!h.containsKey(d), "day %s must not be both an adjusted working day (notice of %s) and a "
            + "holiday (%s)", d, n.year(), h.get(d) == null ? "" : Objects.requireNonNull(h.get(d)).name().zh());
        a.put(d, n.year());
      }
    }
    this.holidays = ImmutableMap.copyOf(h);
    this.adjusted = ImmutableSet.copyOf(a.keySet());
  }

  private static final class Bundled {
    static final WorkdayCalendar INSTANCE = load();

    private static WorkdayCalendar load() {
      try (InputStream in = WorkdayCalendar.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled holiday data is missing from the jar: " + BUNDLED_RESOURCE);
        }
        return of(HolidayFileReader.read(in, "zhengbing-calendar:" + BUNDLED_RESOURCE));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Returns the bundled calendar: the State Council notices for 2022 to 2026 (国办发明电〔2021〕11号, 〔2022〕16号,
   * 〔2023〕7号, 〔2024〕12号 and 〔2025〕7号). Other years raise {@link MissingHolidayDataException}.
   *
   * @return the bundled calendar, never null
   */
  public static WorkdayCalendar bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Returns a calendar without holiday data in which every year counts Monday to Friday as working days. Use it
   * only where a year's holidays do not matter or are knowingly ignored.
   *
   * @return the weekends-only calendar, never null
   */
  public static WorkdayCalendar weekendsOnly() {
    return new WorkdayCalendar(ImmutableSortedMap.of(), true);
  }

  /**
   * Obtains a calendar from holiday notices.
   *
   * @param notices  the notices, at most one per year, not null
   * @return the calendar, never null
   * @throws IllegalArgumentException if two notices share a year or disagree about a day
   */
  public static WorkdayCalendar of(Iterable<HolidayNotice> notices) {
    checkNotNull(notices, "notices");
    TreeMap<Integer, HolidayNotice> byYear = new TreeMap<>();
    for (HolidayNotice n : notices) {
      checkNotNull(n, "notice");
      HolidayNotice old = byYear.put(n.year(), n);
      checkArgument(old == null, "holiday notices must be one per year, but %s has two (%s and %s)", n.year(),
          old == null ? "" : old.documentNumber(), n.documentNumber());
    }
    return new WorkdayCalendar(ImmutableSortedMap.copyOfSorted(byYear), false);
  }

  /**
   * Reads a holiday data file ({@code zhengbing-holidays/1}, the format of the bundled file).
   *
   * @param file  the file, not null
   * @return the calendar, never null
   * @throws HolidayFileException if the file is missing or malformed
   * @throws UncheckedIOException if the file cannot be read
   */
  public static WorkdayCalendar read(Path file) {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new HolidayFileException(file.toString(), 0, 0, "holiday data file does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday data file " + file, e);
    }
  }

  /**
   * Reads holiday data ({@code zhengbing-holidays/1}) from a stream, which is not closed.
   *
   * @param in  the UTF-8 bytes, not null
   * @param name  the name used in messages, not null
   * @return the calendar, never null
   * @throws HolidayFileException if the data is malformed
   * @throws UncheckedIOException if the stream fails
   */
  public static WorkdayCalendar read(InputStream in, String name) {
    checkNotNull(in, "in");
    checkNotNull(name, "name");
    ImmutableCollection<HolidayNotice> notices = HolidayFileReader.read(in, name);
    try {
      return of(notices);
    } catch (IllegalArgumentException e) {
      throw new HolidayFileException(name, 0, 0, e.getMessage());
    }
  }

  /**
   * Returns a copy with one more notice, such as the next year's when it is published.
   *
   * @param notice  the notice, not null
   * @return a new calendar, never null
   * @throws IllegalArgumentException if this calendar already has a notice for the year, or they disagree
   */
  public WorkdayCalendar with(HolidayNotice notice) {
    checkNotNull(notice, "notice");
    checkArgument(!notices.containsKey(notice.year()), "holiday notices must be one per year, but %s is already "
        + "covered by %s", notice.year(), notices.containsKey(notice.year())
        ? Objects.requireNonNull(notices.get(notice.year())).documentNumber() : "");
    TreeMap<Integer, HolidayNotice> m = new TreeMap<>(notices);
    m.put(notice.year(), notice);
    return new WorkdayCalendar(ImmutableSortedMap.copyOfSorted(m), weekendsOnlyForMissingYears);
  }

  /**
   * Returns a copy that treats years without a notice as weekends-only (Monday to Friday worked, no holidays)
   * instead of raising {@link MissingHolidayDataException}. This is an explicit choice: such days may be wrong.
   *
   * @return a new calendar, never null
   */
  public WorkdayCalendar withWeekendsOnlyForMissingYears() {
    return weekendsOnlyForMissingYears ? this : new WorkdayCalendar(notices, true);
  }

  /**
   * Returns true if this calendar answers for days of the year: it has the year's notice or treats missing years
   * as weekends-only.
   *
   * @param year  the year
   * @return whether the year is covered
   */
  public boolean covers(int year) {
    return weekendsOnlyForMissingYears || notices.containsKey(year);
  }

  /**
   * Returns true if days of the year are judged by weekends alone, for want of a notice.
   *
   * @param year  the year
   * @return whether the year is weekends-only
   */
  public boolean isWeekendsOnly(int year) {
    return !notices.containsKey(year) && weekendsOnlyForMissingYears;
  }

  /**
   * Returns the years with a notice.
   *
   * @return the years, in order, never null
   */
  public ImmutableSortedSet<Integer> years() {
    return notices.keySet();
  }

  /**
   * Returns the notice for a year.
   *
   * @param year  the year
   * @return the notice, if the calendar has one
   */
  public Optional<HolidayNotice> notice(int year) {
    return Optional.ofNullable(notices.get(year));
  }

  /**
   * Returns what the days of a year are judged by, for explanations: the notice's document number, or
   * weekends-only.
   *
   * @param year  the year
   * @return the source, never null
   * @throws MissingHolidayDataException if the year is not covered
   */
  public LocalizedText sourceOf(int year) {
    HolidayNotice n = notices.get(year);
    if (n != null) {
      return LocalizedText.of(n.citation().document(), "State Council holiday notice " + n.documentNumber());
    }
    requireCovered(year);
    return LocalizedText.of("仅按周末计算（无" + year + "年节假日数据）", "weekends only (no holiday data for " + year + ")");
  }

  private void requireCovered(int year) {
    if (!covers(year)) {
      throw new MissingHolidayDataException(year, notices.keySet());
    }
  }

  /**
   * Returns the kind of a day.
   *
   * @param date  the day, not null
   * @return the kind, never null
   * @throws MissingHolidayDataException if the day's year is not covered
   */
  public DayType dayType(LocalDate date) {
    checkNotNull(date, "date");
    requireCovered(date.getYear());
    if (holidays.containsKey(date)) {
      return DayType.HOLIDAY;
    }
    if (adjusted.contains(date)) {
      return DayType.ADJUSTED_WORKDAY;
    }
    DayOfWeek w = date.getDayOfWeek();
    return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY ? DayType.WEEKEND : DayType.WORKDAY;
  }

  /**
   * Returns true if the day is worked: a Monday to Friday that is not a holiday, or an adjusted working day.
   *
   * @param date  the day, not null
   * @return whether it is a working day
   * @throws MissingHolidayDataException if the day's year is not covered
   */
  public boolean isWorkingDay(LocalDate date) {
    return dayType(date).isWorkingDay();
  }

  /**
   * Returns the holiday a day belongs to.
   *
   * @param date  the day, not null
   * @return the holiday, or empty if the day is not a holiday day off
   * @throws MissingHolidayDataException if the day's year is not covered
   */
  public Optional<Holiday> holiday(LocalDate date) {
    checkNotNull(date, "date");
    requireCovered(date.getYear());
    return Optional.ofNullable(holidays.get(date));
  }

  /**
   * Returns the first working day after a date (the date itself not counted).
   *
   * @param date  the date, not null
   * @return the next working day, never null
   * @throws MissingHolidayDataException if a year passed through is not covered
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    checkNotNull(date, "date");
    LocalDate d = date.plusDays(1);
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * Returns the last working day before a date (the date itself not counted).
   *
   * @param date  the date, not null
   * @return the previous working day, never null
   * @throws MissingHolidayDataException if a year passed through is not covered
   */
  public LocalDate previousWorkingDay(LocalDate date) {
    checkNotNull(date, "date");
    LocalDate d = date.minusDays(1);
    while (!isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /**
   * Returns the working day that comes a number of working days after a date, the date itself not counted: one
   * working day after a Friday is the next Monday, unless that is a holiday.
   *
   * @param date  the date, not null
   * @param workingDays  the number of working days, at least 1
   * @return the working day, never null
   * @throws IllegalArgumentException if workingDays is less than 1
   * @throws MissingHolidayDataException if a year passed through is not covered
   */
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    checkNotNull(date, "date");
    checkArgument(workingDays >= 1, "working days must be >= 1, but was %s", workingDays);
    LocalDate d = date;
    for (int i = 0; i < workingDays; i++) {
      d = nextWorkingDay(d);
    }
    return d;
  }

  /**
   * Returns the span of a number of working days starting on or after a date: from the first working day on or
   * after the date to the last of the working days. A public notice of "at least 5 working days" posted on that
   * date runs over this span; it always ends on a working day.
   *
   * @param startInclusive  the first day the span may start on, not null
   * @param workingDays  the number of working days, at least 1
   * @return the span, never null
   * @throws IllegalArgumentException if workingDays is less than 1
   * @throws MissingHolidayDataException if a year passed through is not covered
   */
  public DateSpan workingDaysFrom(LocalDate startInclusive, int workingDays) {
    checkNotNull(startInclusive, "startInclusive");
    checkArgument(workingDays >= 1, "working days must be >= 1, but was %s", workingDays);
    LocalDate first = isWorkingDay(startInclusive) ? startInclusive : nextWorkingDay(startInclusive);
    LocalDate last = workingDays == 1 ? first : plusWorkingDays(first, workingDays - 1);
    return DateSpan.ofClosed(first, last);
  }

  /**
   * Counts the working days in a span, both ends included.
   *
   * @param span  the span, not null
   * @return the number of working days
   * @throws MissingHolidayDataException if a year of the span is not covered
   */
  public long countWorkingDays(DateSpan span) {
    checkNotNull(span, "span");
    long n = 0;
    for (LocalDate d = span.start(); !d.isAfter(span.end()); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof WorkdayCalendar && ((WorkdayCalendar) obj).notices.equals(notices)
        && ((WorkdayCalendar) obj).weekendsOnlyForMissingYears == weekendsOnlyForMissingYears;
  }

  @Override
  public int hashCode() {
    return notices.hashCode() * 31 + Boolean.hashCode(weekendsOnlyForMissingYears);
  }

  @Override
  public String toString() {
    return "WorkdayCalendar[notices " + notices.keySet()
        + (weekendsOnlyForMissingYears ? ", weekends-only for other years]" : "]");
  }
}
