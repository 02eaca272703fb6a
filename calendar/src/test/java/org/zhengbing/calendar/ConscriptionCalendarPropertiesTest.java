package org.zhengbing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.zhengbing.calendar.testing.CalendarGenerators;
import org.zhengbing.calendar.workday.DayType;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.core.time.Season;

class ConscriptionCalendarPropertiesTest {

  /** Dongcheng, Beijing, and Jinjiang, Chengdu: no regional overrides in the fixture. */
  private static final RegionCode DONGCHENG = RegionCode.of("110101");
  private static final RegionCode JINJIANG = RegionCode.of("510104");
  /** Jiangjin, Chongqing: the fixture lengthens Chongqing's pre-service education to 5 working days. */
  private static final RegionCode CHONGQING_COUNTY = CalendarGenerators.JIANGJIN;
  private static final PolicyBook BOOK = PolicyBook.nationalDefaults().withYaml(String.join("\n",
      "format: zhengbing-policy/1",
      "region: \"500000\"",
      "sources:",
      "  fixture: {document: \"test fixture\", issuer: test}",
      "parameters:",
      "  calendar.phase.pre_service_education.days:",
      "    values:",
      "      - {from: 2022-01-01, value: 5, confidence: LOCAL_DOCUMENT, citation: fixture}",
      "  calendar.publicity.awareness_months:",
      "    values:",
      "      - {from: 2022-01-01, value: [5, 10], confidence: LOCAL_DOCUMENT, citation: fixture}",
      ""), "fixture.yaml");
  private static final WorkdayCalendar WORKDAYS = WorkdayCalendar.bundled().withWeekendsOnlyForMissingYears();
  private static final ConscriptionScheduler SCHEDULER = ConscriptionScheduler.of(BOOK, WORKDAYS);
  private static final Map<String, ConscriptionCalendar> CACHE = new ConcurrentHashMap<>();

  private static ConscriptionCalendar calendar(int year, RegionCode region) {
    return CACHE.computeIfAbsent(year + "/" + region, k -> SCHEDULER.schedule(year, region));
  }

  private static Gen<RegionCode> regions() {
    return Generate.pick(List.of(DONGCHENG, CHONGQING_COUNTY, JINJIANG));
  }

  private static Gen<SeasonCalendar> seasons() {
    return CalendarGenerators.policyYears().zip(regions(), CalendarGenerators.seasons(),
        (y, r, s) -> calendar(y, r).season(s));
  }

  @Test
  void phasesOfASeasonLieWithinTheirBoundsAndInOrder() {
    qt().forAll(seasons()).checkAssert(s -> {
      DateSpan season = s.phase(PhaseKind.SEASON).span();
      LocalDate start = season.start();
      for (PhaseKind k : List.of(PhaseKind.MALE_REGISTRATION, PhaseKind.FEMALE_REGISTRATION,
          PhaseKind.PRELIMINARY_CHECK, PhaseKind.LIAISON_ARRIVAL, PhaseKind.PUBLICITY_PREPARATION,
          PhaseKind.PUBLICITY_CONCENTRATED)) {
        assertThat(s.phase(k).span().end()).as(k.name()).isBefore(start);
      }
      // The chain from the exams to departure, each in the season and after the one before.
      List<PhaseKind> chain = List.of(PhaseKind.PHYSICAL_EXAM, PhaseKind.PRE_SERVICE_EDUCATION,
          PhaseKind.COLLECTIVE_APPROVAL, PhaseKind.PUBLIC_NOTICE, PhaseKind.APPROVAL);
      for (int i = 0; i < chain.size(); i++) {
        assertThat(season.encloses(s.phase(chain.get(i)).span())).as(chain.get(i).name()).isTrue();
        if (i > 0) {
          assertThat(s.phase(chain.get(i)).span().start()).as(chain.get(i).name())
              .isAfter(s.phase(chain.get(i - 1)).span().end());
        }
      }
      // the exams start on the season's first working day; every phase that needs working days starts and ends on one
      LocalDate firstWorkingDay = WORKDAYS.workingDaysFrom(start, 1).start();
      assertThat(s.phase(PhaseKind.PHYSICAL_EXAM).span().start()).isEqualTo(firstWorkingDay);
      assertThat(s.phase(PhaseKind.POLITICAL_ASSESSMENT).span().start()).isEqualTo(firstWorkingDay);
      for (PhaseKind k : PhaseKind.values()) {
        if (k.needsWorkingDays()) {
          assertThat(WORKDAYS.isWorkingDay(s.phase(k).span().start())).as(k.name()).isTrue();
          assertThat(WORKDAYS.isWorkingDay(s.phase(k).span().end())).as(k.name()).isTrue();
        }
      }
      assertThat(s.phase(PhaseKind.PRE_SERVICE_EDUCATION).span().start())
          .isAfter(s.phase(PhaseKind.POLITICAL_ASSESSMENT).span().end());
      LocalDate departure = s.phase(PhaseKind.DEPARTURE).span().start();
      assertThat(season.contains(departure)).isTrue();
      assertThat(s.phase(PhaseKind.HANDOVER).span().start()).isAfterOrEqualTo(s.approvalDate()).isBefore(departure);
      assertThat(s.phase(PhaseKind.ESCORT_ARRIVAL).span().end()).isBefore(departure);
      assertThat(s.phase(PhaseKind.ARRIVAL).span().start()).isAfterOrEqualTo(departure);
      assertThat(s.phase(PhaseKind.PUBLICITY_DEEPENING).span()).isEqualTo(DateSpan.ofClosed(start, departure));
      assertThat(s.phase(PhaseKind.TERM_END).span().start()).isEqualTo(s.serviceTerm().end())
          .isAfter(s.approvalDate());
      // Escort arrival and handover per Reg. Art 39: 10 to 7 days, and 1 day, before departure.
      assertThat(s.phase(PhaseKind.ESCORT_ARRIVAL).span()).isEqualTo(
          DateSpan.ofClosed(departure.minusDays(10), departure.minusDays(7)));
      assertThat(s.phase(PhaseKind.HANDOVER).span()).isEqualTo(DateSpan.ofDay(departure.minusDays(1)));
    });
  }

  @Test
  void returnWindowEndsExactlyFortyFiveDaysAfterArrival() {
    ParameterKey<Long> maxDays = ParameterKey.integer("calendar.return_window.max_days");
    qt().forAll(seasons()).checkAssert(s -> {
      long days = BOOK.resolve(maxDays, s.region(), LocalDate.of(s.term().year(), 1, 1)).value();
      assertThat(days).isEqualTo(45L);
      LocalDate arrival = s.phase(PhaseKind.ARRIVAL).span().start();
      DateSpan window = s.phase(PhaseKind.RETURN_WINDOW).span();
      assertThat(window.start()).isEqualTo(arrival);
      assertThat(ChronoUnit.DAYS.between(arrival, window.end())).isEqualTo(45L);
    });
  }

  @Test
  void everyDateBelongsToAtMostOneSeasonsMainPeriod() {
    qt().forAll(CalendarGenerators.dates(LocalDate.of(2023, 1, 1), LocalDate.of(2039, 12, 31)), regions())
        .checkAssert((date, region) -> {
          long containing = java.util.stream.IntStream.rangeClosed(date.getYear() - 1, date.getYear() + 1)
              .mapToObj(y -> calendar(y, region))
              .flatMap(c -> java.util.stream.Stream.of(c.spring(), c.autumn()))
              .filter(s -> s.contains(date)).count();
          assertThat(containing).isLessThanOrEqualTo(1L);
          Optional<SeasonCalendar> found = calendar(date.getYear(), region).seasonOf(date);
          assertThat(found.isPresent()).isEqualTo(containing == 1);
        });
  }

  @Test
  void nextDeadlineIsNeverBeforeTheQueryDateAndNoneIsSkipped() {
    qt().forAll(CalendarGenerators.dates(LocalDate.of(2022, 1, 1), LocalDate.of(2038, 12, 31)),
            CalendarGenerators.sexes(), regions())
        .checkAssert((date, sex, region) -> {
          Optional<Deadline> next = SCHEDULER.nextDeadline(region, date, sex);
          assertThat(next).isPresent();
          Deadline d = next.get();
          assertThat(d.date()).isAfterOrEqualTo(date);
          assertThat(d.phase().kind().appliesTo(sex)).isTrue();
          // Oracle: every personal deadline of the neighbouring calendars, filtered and minimised by hand.
          LocalDate earliest = java.util.stream.IntStream.rangeClosed(date.getYear(), date.getYear() + 2)
              .mapToObj(y -> calendar(y, region)).flatMap(c -> c.phases().stream())
              .filter(p -> p.kind().isPersonalDeadline() && p.kind().appliesTo(sex))
              .map(p -> p.span().end()).filter(e -> !e.isBefore(date)).min(LocalDate::compareTo).orElseThrow();
          assertThat(d.date()).isEqualTo(earliest);
        });
  }

  @Test
  void publicNoticeHoldsTheMinimumWorkingDaysAndEndsOnAWorkingDay() {
    WorkdayCalendar strict = WorkdayCalendar.bundled();
    qt().forAll(CalendarGenerators.coveredYears(), regions(), CalendarGenerators.seasons()).checkAssert((y, r, s) -> {
      DateSpan notice = calendar(y, r).season(s).phase(PhaseKind.PUBLIC_NOTICE).span();
      assertThat(strict.countWorkingDays(notice)).isEqualTo(5L);
      assertThat(strict.isWorkingDay(notice.start())).isTrue();
      assertThat(strict.holiday(notice.end())).isEmpty();
      DayType last = strict.dayType(notice.end());
      assertThat(last).isIn(DayType.WORKDAY, DayType.ADJUSTED_WORKDAY);
      boolean weekend = notice.end().getDayOfWeek() == DayOfWeek.SATURDAY
          || notice.end().getDayOfWeek() == DayOfWeek.SUNDAY;
      assertThat(weekend).isEqualTo(last == DayType.ADJUSTED_WORKDAY);
      LocalDate collective = calendar(y, r).season(s).phase(PhaseKind.COLLECTIVE_APPROVAL).span().start();
      assertThat(strict.isWorkingDay(collective)).isTrue();
    });
  }

  @Test
  void everyPhaseReconcilesWithItsExplanation() {
    qt().forAll(CalendarGenerators.policyYears(), regions()).checkAssert((y, r) -> {
      ConscriptionCalendar c = calendar(y, r);
      for (Phase p : c.phases()) {
        assertThat(p.explanation().result()).isEqualTo(Datum.of(p.span()));
        assertThat(p.year()).isEqualTo(y);
      }
      assertThat(c.spring().serviceTerm().explanation().result())
          .isEqualTo(Datum.of(c.spring().serviceTerm().span()));
      assertThat(c.phases().stream().map(Phase::id).collect(Collectors.toSet())).hasSize(c.phases().size());
    });
  }

  @Test
  void phasesOnADateAreExactlyThePhasesContainingIt() {
    qt().forAll(CalendarGenerators.dates(LocalDate.of(2023, 1, 1), LocalDate.of(2038, 12, 31)), regions())
        .checkAssert((date, region) -> {
          List<Phase> found = SCHEDULER.phasesOn(region, date);
          List<Phase> oracle = java.util.stream.IntStream.rangeClosed(date.getYear() - 3, date.getYear() + 1)
              .filter(y -> y >= CalendarGenerators.FIRST_COVERED_YEAR)
              .mapToObj(y -> calendar(y, region)).flatMap(c -> c.phases().stream())
              .filter(p -> p.span().contains(date)).sorted().collect(Collectors.toList());
          assertThat(found).containsExactlyElementsOf(oracle);
        });
  }

  @Test
  void seasonsAreIndependentOfTheRegionOutsideOverrides() {
    qt().forAll(CalendarGenerators.policyYears(), CalendarGenerators.seasons()).checkAssert((y, s) -> {
      SeasonCalendar a = calendar(y, DONGCHENG).season(s);
      SeasonCalendar b = calendar(y, JINJIANG).season(s);
      assertThat(a.phases().stream().map(Phase::span).collect(Collectors.toList()))
          .isEqualTo(b.phases().stream().map(Phase::span).collect(Collectors.toList()));
      assertThat(calendar(y, CHONGQING_COUNTY).season(s).approvalDate()).isAfterOrEqualTo(a.approvalDate());
    });
  }

  @Test
  void springPrecedesAutumn() {
    qt().forAll(CalendarGenerators.policyYears(), regions()).checkAssert((y, r) -> {
      ConscriptionCalendar c = calendar(y, r);
      assertThat(c.season(Season.SPRING).period().end()).isBefore(c.season(Season.AUTUMN).period().start());
    });
  }
}
