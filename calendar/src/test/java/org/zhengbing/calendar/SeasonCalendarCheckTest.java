package org.zhengbing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.core.time.Season;

/**
 * A season checks its own phases when built, whoever builds it: each order rule, broken alone in an otherwise valid
 * season (the bundled 2024 spring season of Jiangjin), is rejected with a message naming the phases.
 */
class SeasonCalendarCheckTest {

  private static final RegionCode JIANGJIN = RegionCode.of("500116");
  private static final SeasonCalendar VALID = ConscriptionScheduler.of(PolicyBook.nationalDefaults(),
      WorkdayCalendar.bundled()).schedule(2024, JIANGJIN).season(Season.SPRING);

  private static Phase phase(Phase p, DateSpan span, RegionCode region) {
    return Phase.builder().kind(p.kind()).year(p.year()).term(p.term()).region(region).span(span)
        .explanation(Explanation.of(Step.builder().rule("test." + p.kind().name().toLowerCase(Locale.ROOT)).result(Datum.of(span)).build())).build();
  }

  /** The valid season with one phase's span replaced. */
  private static SeasonCalendar with(PhaseKind kind, DateSpan span) {
    List<Phase> phases = new ArrayList<>();
    for (Phase p : VALID.phases()) {
      phases.add(p.kind() == kind ? phase(p, span, p.region()) : p);
    }
    return ImmutableSeasonCalendar.builder().term(VALID.term()).region(VALID.region()).addAllPhases(phases)
        .serviceTerm(VALID.serviceTerm()).build();
  }

  private static DateSpan span(PhaseKind kind) {
    return VALID.phase(kind).span();
  }

  private static DateSpan days(LocalDate start, LocalDate endInclusive) {
    return DateSpan.ofClosed(start, endInclusive);
  }

  private static void rejected(PhaseKind kind, DateSpan span, String fragment) {
    assertThatThrownBy(() -> with(kind, span)).as("%s at %s", kind, span).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calendar of 2024-SPRING in region 500116: ").hasMessageContaining(fragment);
  }

  @Test
  void theValidSeasonRebuildsEqual() {
    SeasonCalendar same = with(PhaseKind.APPROVAL, span(PhaseKind.APPROVAL));
    assertThat(same.phases()).extracting(Phase::span).isEqualTo(VALID.phases().stream().map(Phase::span).toList());
    assertThat(same.serviceTerm()).isEqualTo(VALID.serviceTerm());
  }

  @Test
  void registrationsAndChecksMustEndBeforeTheSeason() {
    LocalDate start = span(PhaseKind.SEASON).start();
    for (PhaseKind k : List.of(PhaseKind.MALE_REGISTRATION, PhaseKind.FEMALE_REGISTRATION,
        PhaseKind.PRELIMINARY_CHECK, PhaseKind.LIAISON_ARRIVAL)) {
      rejected(k, days(span(k).start(), start), "must end before the season starts on " + start);
    }
  }

  @Test
  void examinationStartsInTheSeasonAndTheAssessmentWithIt() {
    LocalDate start = span(PhaseKind.SEASON).start();
    DateSpan exam = span(PhaseKind.PHYSICAL_EXAM);
    rejected(PhaseKind.PHYSICAL_EXAM, days(start.minusDays(1), exam.end()),
        "the physical examination must not start before the season's first day " + start);
    DateSpan assessment = span(PhaseKind.POLITICAL_ASSESSMENT);
    rejected(PhaseKind.POLITICAL_ASSESSMENT, days(assessment.start().plusDays(1), assessment.end()),
        "the political assessment must start with the physical examination on " + exam.start());
  }

  @Test
  void eachStepFollowsTheOneBefore() {
    LocalDate education = span(PhaseKind.PRE_SERVICE_EDUCATION).start();
    // the examination (or the assessment) running into education: only that rule breaks
    rejected(PhaseKind.PHYSICAL_EXAM, days(span(PhaseKind.PHYSICAL_EXAM).start(), education),
        "must start after physical examination");
    rejected(PhaseKind.POLITICAL_ASSESSMENT, days(span(PhaseKind.POLITICAL_ASSESSMENT).start(), education),
        "must start after political assessment");
    rejected(PhaseKind.COLLECTIVE_APPROVAL, days(span(PhaseKind.PRE_SERVICE_EDUCATION).end(),
        span(PhaseKind.COLLECTIVE_APPROVAL).end()), "must start after pre-service education");
    rejected(PhaseKind.PUBLIC_NOTICE, days(span(PhaseKind.COLLECTIVE_APPROVAL).end(),
        span(PhaseKind.PUBLIC_NOTICE).end()), "must start after collective approval of recruits");
    rejected(PhaseKind.APPROVAL, DateSpan.ofDay(span(PhaseKind.PUBLIC_NOTICE).end()),
        "must start after public notice of recruits");
  }

  @Test
  void approvalMustLieInTheSeason() {
    rejected(PhaseKind.APPROVAL, DateSpan.ofDay(span(PhaseKind.SEASON).end().plusDays(1)),
        "approval of enlistment " + DateSpan.ofDay(span(PhaseKind.SEASON).end().plusDays(1))
            + " must lie in the season's conscription period");
  }

  @Test
  void handoverEscortDepartureArrivalAndReturnAreInOrder() {
    LocalDate approval = span(PhaseKind.APPROVAL).start();
    LocalDate departure = span(PhaseKind.DEPARTURE).start();
    rejected(PhaseKind.HANDOVER, days(approval.minusDays(1), span(PhaseKind.HANDOVER).end()),
        "must not be before approval");
    rejected(PhaseKind.HANDOVER, days(span(PhaseKind.HANDOVER).start(), departure),
        "must start after handover of recruits");
    rejected(PhaseKind.ESCORT_ARRIVAL, days(span(PhaseKind.ESCORT_ARRIVAL).start(), departure),
        "must start after arrival of escort staff");
    rejected(PhaseKind.ARRIVAL, DateSpan.ofDay(span(PhaseKind.DEPARTURE).end().minusDays(1)),
        "must not be before departure");
    DateSpan back = span(PhaseKind.RETURN_WINDOW);
    rejected(PhaseKind.RETURN_WINDOW, days(back.start().plusDays(1), back.end()), "must start on arrival");
    DateSpan end = span(PhaseKind.TERM_END);
    rejected(PhaseKind.TERM_END, DateSpan.ofDay(end.start().plusDays(1)), "must be the term's end");
  }

  @Test
  void phasesMustBelongToTheSeasonOnceEach() {
    List<Phase> phases = new ArrayList<>(VALID.phases());
    Phase approval = VALID.phase(PhaseKind.APPROVAL);
    phases.set(phases.indexOf(approval), phase(approval, approval.span(), RegionCode.of("510100")));
    assertThatThrownBy(() -> ImmutableSeasonCalendar.builder().term(VALID.term()).region(VALID.region())
        .addAllPhases(phases).serviceTerm(VALID.serviceTerm()).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phases of season 2024-SPRING in region 500116 must belong to it, but APPROVAL belongs "
            + "to 2024-SPRING in 510100");
    List<Phase> twice = new ArrayList<>(VALID.phases());
    twice.add(approval);
    assertThatThrownBy(() -> ImmutableSeasonCalendar.builder().term(VALID.term()).region(VALID.region())
        .addAllPhases(twice).serviceTerm(VALID.serviceTerm()).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("season 2024-SPRING must have one phase of kind APPROVAL, but had 2");
  }

  @Test
  void phasesOnADayAndAYearPhaseKind() {
    LocalDate approval = span(PhaseKind.APPROVAL).start();
    assertThat(VALID.phasesOn(approval)).extracting(Phase::kind).contains(PhaseKind.APPROVAL)
        .doesNotContain(PhaseKind.MALE_REGISTRATION);
    assertThat(VALID.phasesOn(LocalDate.of(2000, 1, 1))).isEmpty();
    assertThatThrownBy(() -> VALID.phase(PhaseKind.SERVICE_REGISTRATION))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
