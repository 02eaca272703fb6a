package org.zhengbing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.workday.MissingHolidayDataException;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.core.time.Season;

class ConscriptionCalendarTest {

  private static final RegionCode JIANGJIN = RegionCode.of("500116");
  private static final RegionCode JINJIANG_CHENGDU = RegionCode.of("510104");
  private static final ConscriptionScheduler SCHEDULER =
      ConscriptionScheduler.of(PolicyBook.nationalDefaults(), WorkdayCalendar.bundled());
  private static final ConscriptionCalendar C2023 = SCHEDULER.schedule(2023, JIANGJIN);

  /** A province's own figures, as a test fixture (not a real notice). */
  private static final String CHONGQING_FILE = String.join("\n",
      "format: zhengbing-policy/1",
      "region: \"500000\"",
      "sources:",
      "  fixture:",
      "    document: \"test fixture: a provincial conscription notice\"",
      "    issuer: test",
      "parameters:",
      "  calendar.phase.pre_service_education.days:",
      "    values:",
      "      - {from: 2023-01-01, value: 5, confidence: LOCAL_DOCUMENT, citation: fixture}",
      "  calendar.publicity.awareness_months:",
      "    values:",
      "      - {from: 2022-01-01, value: [5, 10], confidence: LOCAL_DOCUMENT, citation: fixture,",
      "         note: \"seeds/003 names May and October as recruitment awareness months\"}",
      "  calendar.season.spring.departure_date:",
      "    values:",
      "      - {from: 2024-01-01, to: 2024-12-31, value: \"03-20\", confidence: LOCAL_DOCUMENT, citation: fixture}",
      "");
  private static final ConscriptionScheduler WITH_CHONGQING = ConscriptionScheduler.of(
      PolicyBook.nationalDefaults().withYaml(CHONGQING_FILE, "chongqing.yaml"), WorkdayCalendar.bundled());

  private static Phase phase(ConscriptionCalendar c, Season s, PhaseKind k) {
    return c.season(s).phase(k);
  }

  @Test
  void registrationWindowsOf2023() {
    // 2023 notice (pyxzzb.gov.cn/gonggao/2481.html, DOMAIN §1): men 2022-12-01 to 02-10 and to 08-10;
    // women 2023-01-01 to 02-10 and 2023-07-01 to 08-10.
    assertThat(C2023.spring().registration(Sex.MALE).span()).isEqualTo(DateSpan.parse("2022-12-01/2023-02-10"));
    assertThat(C2023.autumn().registration(Sex.MALE).span()).isEqualTo(DateSpan.parse("2022-12-01/2023-08-10"));
    assertThat(C2023.spring().registration(Sex.FEMALE).span()).isEqualTo(DateSpan.parse("2023-01-01/2023-02-10"));
    assertThat(C2023.autumn().registration(Sex.FEMALE).span()).isEqualTo(DateSpan.parse("2023-07-01/2023-08-10"));
    assertThat(C2023.spring().registration(Sex.MALE).isIllustrative()).isFalse();
    assertThat(C2023.spring().registration(Sex.MALE).explanation().weakestConfidence())
        .contains(Confidence.OFFICIAL_NOTICE);
  }

  @Test
  void men2026RegistrationOpensOnFiveDecember() {
    // Daxiang District notice (DOMAIN B5): men 2025-12-05 to 2026-02-10 and to 2026-08-10.
    ConscriptionCalendar c = SCHEDULER.schedule(2026, JIANGJIN);
    assertThat(c.spring().registration(Sex.MALE).span()).isEqualTo(DateSpan.parse("2025-12-05/2026-02-10"));
    assertThat(c.autumn().registration(Sex.MALE).span()).isEqualTo(DateSpan.parse("2025-12-05/2026-08-10"));
  }

  @Test
  void seasonsOf2023And2024() {
    // Xinhua 2023-01-18: 02-15 to 03-31 and 08-15 to 09-30. 人民日报 2024-01-27: spring starts late, on 02-20.
    assertThat(C2023.spring().period()).isEqualTo(DateSpan.parse("2023-02-15/2023-03-31"));
    assertThat(C2023.autumn().period()).isEqualTo(DateSpan.parse("2023-08-15/2023-09-30"));
    ConscriptionCalendar c2024 = SCHEDULER.schedule(2024, JIANGJIN);
    assertThat(c2024.spring().period()).isEqualTo(DateSpan.parse("2024-02-20/2024-03-31"));
    assertThat(c2024.spring().period().start()).isEqualTo(LocalDate.of(2024, 2, 20));
    assertThat(c2024.autumn().period()).isEqualTo(DateSpan.parse("2024-08-15/2024-09-30"));
    assertThat(c2024.spring().phase(PhaseKind.SEASON).isIllustrative()).isFalse();
  }

  @Test
  void spring2023LayoutByHand() {
    // Season starts Wed 02-15. Exams 3 working days: Wed 15, Thu 16, Fri 17. Education 3 working days from Sat 02-18:
    // Mon 20, Tue 21, Wed 22. Collective approval on the next working day: Thu 02-23. Notice of 5 working days from
    // 02-24: Fri 24, Mon 27, Tue 28, Wed 03-01, Thu 03-02. Approval: the day after the notice, 03-03, which is after
    // the national date 03-01 (Reg. Art 31). Departure 03-15; escorts 10 to 7 days before: 03-05..03-08; handover
    // one day before: 03-14; arrival 2 days after: 03-17; return window 45 days: 03-17 + 45 = 05-01 (14 days to
    // 03-31, then 31 in April).
    SeasonCalendar s = C2023.spring();
    assertThat(s.phase(PhaseKind.PHYSICAL_EXAM).span()).isEqualTo(DateSpan.parse("2023-02-15/2023-02-17"));
    assertThat(s.phase(PhaseKind.POLITICAL_ASSESSMENT).span()).isEqualTo(DateSpan.parse("2023-02-15/2023-02-17"));
    assertThat(s.phase(PhaseKind.PRE_SERVICE_EDUCATION).span()).isEqualTo(DateSpan.parse("2023-02-20/2023-02-22"));
    assertThat(s.phase(PhaseKind.COLLECTIVE_APPROVAL).span()).isEqualTo(DateSpan.parse("2023-02-23/2023-02-23"));
    assertThat(s.phase(PhaseKind.PUBLIC_NOTICE).span()).isEqualTo(DateSpan.parse("2023-02-24/2023-03-02"));
    assertThat(s.approvalDate()).isEqualTo(LocalDate.of(2023, 3, 3));
    assertThat(s.phase(PhaseKind.ESCORT_ARRIVAL).span()).isEqualTo(DateSpan.parse("2023-03-05/2023-03-08"));
    assertThat(s.phase(PhaseKind.HANDOVER).span()).isEqualTo(DateSpan.ofDay(LocalDate.of(2023, 3, 14)));
    assertThat(s.phase(PhaseKind.DEPARTURE).span()).isEqualTo(DateSpan.ofDay(LocalDate.of(2023, 3, 15)));
    assertThat(s.phase(PhaseKind.ARRIVAL).span()).isEqualTo(DateSpan.ofDay(LocalDate.of(2023, 3, 17)));
    assertThat(s.phase(PhaseKind.RETURN_WINDOW).span()).isEqualTo(DateSpan.parse("2023-03-17/2023-05-01"));
    assertThat(s.phase(PhaseKind.LIAISON_ARRIVAL).span()).isEqualTo(DateSpan.ofDay(LocalDate.of(2023, 1, 31)));
    assertThat(s.phase(PhaseKind.PRELIMINARY_CHECK).span()).isEqualTo(DateSpan.parse("2023-01-16/2023-02-14"));
    assertThat(s.phase(PhaseKind.TERM_END).span()).isEqualTo(DateSpan.ofDay(LocalDate.of(2025, 3, 3)));
    assertThat(s.serviceTerm().span()).isEqualTo(DateSpan.parse("2023-03-03/2025-03-02"));
    // Publicity: concentrated 30 days up to the men's close 02-10 (01-12..02-10), preparation the 15 days before
    // (12-28..01-11), deepening from the start to departure.
    assertThat(s.phase(PhaseKind.PUBLICITY_CONCENTRATED).span()).isEqualTo(DateSpan.parse("2023-01-12/2023-02-10"));
    assertThat(s.phase(PhaseKind.PUBLICITY_PREPARATION).span()).isEqualTo(DateSpan.parse("2022-12-28/2023-01-11"));
    assertThat(s.phase(PhaseKind.PUBLICITY_DEEPENING).span()).isEqualTo(DateSpan.parse("2023-02-15/2023-03-15"));
  }

  @Test
  void approvalFollowsTheNoticeWhenTheSeasonStartsLate() {
    // 2024 spring starts Tue 02-20: exams Tue 20, Wed 21, Thu 22; education Fri 23, Mon 26, Tue 27; collective
    // approval Wed 02-28; notice Thu 29, Fri 03-01, Mon 04, Tue 05, Wed 06; it ends after the national date 03-01,
    // so approval is the next day, 03-07 (Reg. Art 31), and the service term runs from it.
    SeasonCalendar s = SCHEDULER.schedule(2024, JIANGJIN).spring();
    assertThat(s.phase(PhaseKind.PRE_SERVICE_EDUCATION).span()).isEqualTo(DateSpan.parse("2024-02-23/2024-02-27"));
    assertThat(s.phase(PhaseKind.PUBLIC_NOTICE).span()).isEqualTo(DateSpan.parse("2024-02-29/2024-03-06"));
    assertThat(s.approvalDate()).isEqualTo(LocalDate.of(2024, 3, 7));
    assertThat(s.serviceTerm().end()).isEqualTo(LocalDate.of(2026, 3, 7));
    Phase approval = s.phase(PhaseKind.APPROVAL);
    assertThat(approval.explanation().step("calendar.approval").flatMap(st -> st.input("follows_notice"))
        .map(Input::value)).contains(Datum.of(true));
    assertThat(approval.isIllustrative()).isTrue();
    // In autumn 2023 the national date stands and rests on no illustrative value: the season starts Tue 08-15,
    // exams 15, 16, 17, education Fri 18, Mon 21, Tue 22, collective approval Wed 23, notice Thu 24, Fri 25,
    // Mon 28, Tue 29, Wed 30; the day after it, 08-31, is before 09-01.
    Phase approval2023 = C2023.autumn().phase(PhaseKind.APPROVAL);
    assertThat(approval2023.span()).isEqualTo(DateSpan.ofDay(LocalDate.of(2023, 9, 1)));
    assertThat(approval2023.explanation().steps()).hasSize(1);
    // it rests on the national approval date alone, which is illustrative after 2021 (the 2020 reform's 09-01
    // carried forward), and on none of the layout's lengths
    assertThat(approval2023.explanation().illustrativeKeys())
        .containsExactly("calendar.season.autumn.approval_date");
  }

  @Test
  void publicNoticeCountsWorkingDaysFromTheHolidayNotice() {
    Phase notice = C2023.spring().phase(PhaseKind.PUBLIC_NOTICE);
    assertThat(notice.explanation().step("calendar.public_notice").flatMap(st -> st.input("working_days"))
        .map(Input::value)).contains(Datum.of(LocalizedText.of(
            "国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）",
            "State Council holiday notice 国办发明电〔2022〕16号")));
    assertThat(WorkdayCalendar.bundled().countWorkingDays(notice.span())).isEqualTo(5L);
  }

  @Test
  void phasesExplainThemselvesAndFlagIllustrativeValues() {
    Phase exam = C2023.spring().phase(PhaseKind.PHYSICAL_EXAM);
    assertThat(exam.isIllustrative()).isTrue();
    assertThat(exam.explanation().illustrativeKeys()).contains("calendar.phase.physical_exam.days");
    assertThat(exam.explanation().result()).isEqualTo(Datum.of(exam.span()));
    Phase season = C2023.spring().phase(PhaseKind.SEASON);
    assertThat(season.explanation().citations()).anySatisfy(c ->
        assertThat(c.document()).contains("2023年全国征兵工作电视电话会议"));
    assertThat(season.title()).isEqualTo(LocalizedText.of("2023年上半年 征兵时间", "2023 spring: conscription period"));
    assertThat(season.id()).isEqualTo("2023-spring-season");
    // Return window rests on Reg. Art 49, carried back to 2023 from its entry into force on 2023-05-01.
    Phase returns = SCHEDULER.schedule(2024, JIANGJIN).autumn().phase(PhaseKind.RETURN_WINDOW);
    assertThat(returns.explanation().step("calendar.return_window").flatMap(st -> st.input("max_days"))
        .flatMap(Input::provenance).map(p -> p.confidence())).contains(Confidence.LEGAL_TEXT);
  }

  @Test
  void serviceRegistrationRunsToTheYearEndOrToTheNewDeadline() {
    // MSL Art 15: in the year; 国办发〔2025〕41号: completed by 31 October from 2026.
    assertThat(C2023.yearPhases()).filteredOn(p -> p.kind() == PhaseKind.SERVICE_REGISTRATION).singleElement()
        .satisfies(p -> assertThat(p.span()).isEqualTo(DateSpan.parse("2023-01-01/2023-12-31")));
    assertThat(SCHEDULER.schedule(2026, JIANGJIN).yearPhases())
        .filteredOn(p -> p.kind() == PhaseKind.SERVICE_REGISTRATION).singleElement()
        .satisfies(p -> {
          assertThat(p.span()).isEqualTo(DateSpan.parse("2026-01-01/2026-10-31"));
          assertThat(p.explanation().citations()).anySatisfy(c -> assertThat(c.document()).contains("国办发〔2025〕41号"));
        });
  }

  @Test
  void phasesOnADateOverlap() {
    assertThat(C2023.phasesOn(LocalDate.of(2023, 2, 16))).extracting(Phase::id).containsExactlyInAnyOrder(
        "2023-autumn-male-registration", "2023-year-service-registration", "2023-spring-season",
        "2023-spring-physical-exam", "2023-spring-political-assessment", "2023-spring-publicity-deepening");
    // Across years: on 2022-12-30 the 2023 men's windows and spring publicity are open, and the 2022 calendar's
    // service registration.
    assertThat(SCHEDULER.phasesOn(JIANGJIN, LocalDate.of(2022, 12, 30))).extracting(Phase::id).containsExactly(
        "2022-year-service-registration", "2023-autumn-male-registration", "2023-spring-male-registration",
        "2023-spring-publicity-preparation");
    // 2025-03-03: the term of the 2023 spring recruits (approved 2023-03-03) is complete, and the 2025 spring notice
    // runs (the season starts Sat 02-15: exams Mon 17 to Wed 19, education Thu 20, Fri 21, Mon 24, collective
    // approval Tue 25, notice Wed 26, Thu 27, Fri 28, Mon 03-03, Tue 03-04).
    assertThat(SCHEDULER.phasesOn(JIANGJIN, LocalDate.of(2025, 3, 3))).extracting(Phase::id)
        .contains("2023-spring-term-end", "2025-spring-public-notice");
  }

  @Test
  void seasonOfADate() {
    assertThat(C2023.seasonOf(LocalDate.of(2023, 3, 31))).map(SeasonCalendar::term)
        .contains(ConscriptionTerm.of(2023, Season.SPRING));
    assertThat(C2023.seasonOf(LocalDate.of(2023, 4, 1))).isEmpty();
    assertThat(SCHEDULER.seasonOf(JIANGJIN, LocalDate.of(2023, 8, 15))).map(SeasonCalendar::term)
        .contains(ConscriptionTerm.of(2023, Season.AUTUMN));
    assertThat(SCHEDULER.seasonOf(JIANGJIN, LocalDate.of(2024, 2, 19))).isEmpty();
  }

  @Test
  void nextDeadlineForAPerson() {
    assertThat(C2023.nextDeadline(LocalDate.of(2023, 2, 10), Sex.MALE)).map(Deadline::date)
        .contains(LocalDate.of(2023, 2, 10));   // still open on the last day (until 18:00)
    assertThat(C2023.nextDeadline(LocalDate.of(2023, 2, 11), Sex.FEMALE)).map(d -> d.phase().id())
        .contains("2023-autumn-female-registration");
    assertThat(C2023.nextDeadline(LocalDate.of(2023, 8, 11), Sex.MALE)).map(d -> d.phase().kind())
        .contains(PhaseKind.SERVICE_REGISTRATION);
    assertThat(C2023.nextDeadline(LocalDate.of(2023, 8, 11), Sex.FEMALE)).isEmpty();
    // Across years: after the 2023 autumn close a woman's next deadline is the 2024 spring close.
    assertThat(SCHEDULER.nextDeadline(JIANGJIN, LocalDate.of(2023, 8, 11), Sex.FEMALE)).map(Deadline::date)
        .contains(LocalDate.of(2024, 2, 10));
    assertThat(SCHEDULER.nextDeadline(JIANGJIN, LocalDate.of(2022, 12, 15), Sex.MALE)).map(d -> d.phase().id())
        .contains("2022-year-service-registration");
    assertThat(SCHEDULER.nextDeadline(JIANGJIN, LocalDate.of(2023, 1, 5), Sex.MALE)).map(d -> d.phase().id())
        .contains("2023-spring-male-registration");
    assertThat(C2023.spring().registration(Sex.MALE).daysRemainingFrom(LocalDate.of(2023, 2, 1))).isEqualTo(10);
    assertThat(C2023.nextDeadline(LocalDate.of(2023, 2, 1), Sex.MALE).orElseThrow()
        .daysRemainingFrom(LocalDate.of(2023, 2, 1))).isEqualTo(10);
  }

  @Test
  void provinceAndYearOverridesApply() {
    // Chongqing's fixture: education 5 working days from 2023. 2023 spring: exams Wed 02-15..Fri 02-17, education
    // Mon 20 to Fri 24, collective approval Mon 02-27, notice Tue 28, Wed 03-01, Thu 02, Fri 03, Mon 06, so approval
    // follows on 03-07.
    ConscriptionCalendar cq = WITH_CHONGQING.schedule(2023, JIANGJIN);
    assertThat(cq.spring().phase(PhaseKind.PRE_SERVICE_EDUCATION).span())
        .isEqualTo(DateSpan.parse("2023-02-20/2023-02-24"));
    assertThat(cq.spring().phase(PhaseKind.PUBLIC_NOTICE).span()).isEqualTo(DateSpan.parse("2023-02-28/2023-03-06"));
    assertThat(cq.spring().approvalDate()).isEqualTo(LocalDate.of(2023, 3, 7));
    assertThat(cq.yearPhases()).filteredOn(p -> p.kind() == PhaseKind.AWARENESS_MONTH).extracting(Phase::span)
        .containsExactly(DateSpan.parse("2023-05-01/2023-05-31"), DateSpan.parse("2023-10-01/2023-10-31"));
    assertThat(cq.yearPhases()).filteredOn(p -> p.kind() == PhaseKind.AWARENESS_MONTH).extracting(Phase::id)
        .containsExactly("2023-year-awareness-month-05", "2023-year-awareness-month-10");
    // The 2024-only departure override, and back to the national value in 2025.
    assertThat(WITH_CHONGQING.schedule(2024, JIANGJIN).spring().phase(PhaseKind.DEPARTURE).span())
        .isEqualTo(DateSpan.ofDay(LocalDate.of(2024, 3, 20)));
    assertThat(WITH_CHONGQING.schedule(2025, JIANGJIN).spring().phase(PhaseKind.DEPARTURE).span())
        .isEqualTo(DateSpan.ofDay(LocalDate.of(2025, 3, 15)));
    // A region outside Chongqing keeps the national layout and has no awareness month.
    ConscriptionCalendar chengdu = WITH_CHONGQING.schedule(2023, JINJIANG_CHENGDU);
    assertThat(chengdu.spring().approvalDate()).isEqualTo(LocalDate.of(2023, 3, 3)); // as spring2023LayoutByHand
    assertThat(chengdu.yearPhases()).noneMatch(p -> p.kind() == PhaseKind.AWARENESS_MONTH);
  }

  @Test
  void unknownYearIsAnError() {
    assertThatThrownBy(() -> SCHEDULER.schedule(2019, JIANGJIN))
        .isInstanceOf(UnknownYearException.class)
        .hasMessageContaining("no conscription calendar for 2019 in region 500116")
        .hasMessageContaining("has no value in force on 2019-01-01")
        .satisfies(e -> {
          assertThat(((UnknownYearException) e).year()).isEqualTo(2019);
          assertThat(((UnknownYearException) e).key()).startsWith("calendar.");
        });
    assertThatThrownBy(() -> SCHEDULER.phasesOn(JIANGJIN, LocalDate.of(2019, 6, 1)))
        .isInstanceOf(UnknownYearException.class).hasMessageContaining("2019");
  }

  @Test
  void missingHolidayDataIsAnErrorUnlessWeekendsOnlyIsChosen() {
    assertThatThrownBy(() -> SCHEDULER.schedule(2027, JIANGJIN))
        .isInstanceOf(MissingHolidayDataException.class)
        .hasMessageContaining("no holiday data for 2027");
    ConscriptionScheduler lenient = ConscriptionScheduler.of(PolicyBook.nationalDefaults(),
        WorkdayCalendar.bundled().withWeekendsOnlyForMissingYears());
    Phase notice = lenient.schedule(2027, JIANGJIN).spring().phase(PhaseKind.PUBLIC_NOTICE);
    assertThat(notice.explanation().step("calendar.public_notice").flatMap(s -> s.input("working_days"))
        .map(i -> i.value().toString())).hasValueSatisfying(v -> assertThat(v).contains("weekends only"));
  }

  @Test
  void policyThatBreaksThePhaseOrderIsRejected() {
    String lateDeparture = CHONGQING_FILE.replace("value: \"03-20\"", "value: \"04-05\"");
    ConscriptionScheduler s = ConscriptionScheduler.of(
        PolicyBook.nationalDefaults().withYaml(lateDeparture, "late.yaml"), WorkdayCalendar.bundled());
    assertThatThrownBy(() -> s.schedule(2024, JIANGJIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calendar of 2024-SPRING in region 500116")
        .hasMessageContaining("departure of recruits 2024-04-05/2024-04-05 must lie in the season's conscription "
            + "period 2024-02-20/2024-03-31");
    String zeroDays = CHONGQING_FILE.replace("value: 5, confidence", "value: 0, confidence");
    ConscriptionScheduler z = ConscriptionScheduler.of(
        PolicyBook.nationalDefaults().withYaml(zeroDays, "zero.yaml"), WorkdayCalendar.bundled());
    assertThatThrownBy(() -> z.schedule(2023, JIANGJIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter 'calendar.phase.pre_service_education.days' must be in 1..366 for region "
            + "500116 in 2023, but was 0");
  }

  @Test
  void yearOutOfRangeIsRejected() {
    assertThatThrownBy(() -> SCHEDULER.schedule(1899, JIANGJIN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("conscription year must be in 1900..2200, but was 1899");
  }

  @Test
  void yearPhaseKindsAreNotSeasonPhases() {
    assertThatThrownBy(() -> C2023.spring().phase(PhaseKind.AWARENESS_MONTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phase kind must be seasonal, but was AWARENESS_MONTH");
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(RegionCode.class, JIANGJIN)
        .setDefault(ConscriptionTerm.class, ConscriptionTerm.of(2023, Season.SPRING))
        .setDefault(LocalDate.class, LocalDate.of(2023, 3, 1))
        .setDefault(WorkdayCalendar.class, WorkdayCalendar.bundled())
        .setDefault(PolicyBook.class, PolicyBook.nationalDefaults());
    t.testAllPublicStaticMethods(ConscriptionScheduler.class);
    t.testAllPublicInstanceMethods(SCHEDULER);
    t.testAllPublicInstanceMethods(C2023);
    t.testAllPublicInstanceMethods(C2023.spring());
  }
}
