package org.zhengbing.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.ConscriptionCalendar;
import org.zhengbing.calendar.ConscriptionScheduler;
import org.zhengbing.calendar.Phase;
import org.zhengbing.calendar.PhaseKind;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;

class ICalendarExporterTest {

  private static final RegionCode JIANGJIN = RegionCode.of("500116");
  private static final ConscriptionCalendar C2023 =
      ConscriptionScheduler.of(PolicyBook.nationalDefaults(), WorkdayCalendar.bundled()).schedule(2023, JIANGJIN);
  private static final Instant STAMP = Instant.parse("2023-01-01T00:00:00Z");
  private static final ICalendarExporter EXPORTER = ICalendarExporter.stampedAt(STAMP);

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static String value(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue).orElseThrow();
  }

  @Test
  void exportParsesBackWithOneEventPerPhase() throws Exception {
    Calendar parsed = parse(EXPORTER.export(C2023));
    List<VEvent> events = parsed.getComponents("VEVENT");
    assertThat(events).hasSize(C2023.phases().size());
    for (int i = 0; i < events.size(); i++) {
      VEvent e = events.get(i);
      Phase p = C2023.phases().get(i);
      assertThat(value(e, "UID")).isEqualTo(p.id() + "-500116@zhengbing.org");
      // All-day events: DTEND is the day after the last day (RFC 5545 3.6.1).
      assertThat(value(e, "DTSTART")).isEqualTo(p.span().start().toString().replace("-", ""));
      assertThat(value(e, "DTEND")).isEqualTo(p.span().end().plusDays(1).toString().replace("-", ""));
      assertThat(value(e, "SUMMARY")).isEqualTo(p.title().zh() + " / " + p.title().en());
      assertThat(value(e, "DTSTAMP")).isEqualTo("20230101T000000Z");
    }
    assertThat(events.stream().map(e -> value(e, "UID")).collect(Collectors.toSet())).hasSize(events.size());
    assertThat(parsed.getProperty("PRODID").map(Property::getValue)).contains(ICalendarExporter.PRODUCT_ID);
    assertThat(parsed.getProperty("VERSION").map(Property::getValue)).contains("2.0");
  }

  @Test
  void eventsAreBilingualAndSayWhenTheyAreIllustrative() throws Exception {
    List<VEvent> events = parse(EXPORTER.export(C2023)).getComponents("VEVENT");
    VEvent season = events.stream().filter(e -> value(e, "UID").startsWith("2023-spring-season-")).findFirst()
        .orElseThrow();
    assertThat(value(season, "SUMMARY")).isEqualTo("2023年上半年 征兵时间 / 2023 spring: conscription period");
    assertThat(value(season, "DTSTART")).isEqualTo("20230215");
    assertThat(value(season, "DTEND")).isEqualTo("20230401");
    assertThat(value(season, "DESCRIPTION")).contains("2023年全国征兵工作电视电话会议").doesNotContain("示例数据");
    VEvent exam = events.stream().filter(e -> value(e, "UID").startsWith("2023-spring-physical-exam-")).findFirst()
        .orElseThrow();
    assertThat(value(exam, "DESCRIPTION")).contains("示例数据，非官方 / Illustrative dates, not official")
        .contains("calendar.phase.physical_exam.days");
  }

  @Test
  void fixedStampGivesTheSameBytes() {
    String a = EXPORTER.export(C2023);
    String b = ICalendarExporter.stampedAt(STAMP).export(C2023);
    assertThat(a).isEqualTo(b);
    assertThat(a).contains("\r\n").startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    // A clock at the same instant gives the same bytes; another stamp changes only the DTSTAMP lines.
    assertThat(ICalendarExporter.stampedBy(Clock.fixed(STAMP, ZoneOffset.UTC)).export(C2023)).isEqualTo(a);
    String later = ICalendarExporter.stampedAt(Instant.parse("2024-06-30T12:00:00Z")).export(C2023);
    assertThat(later).isNotEqualTo(a);
    assertThat(later.replace("DTSTAMP:20240630T120000Z", "DTSTAMP:20230101T000000Z")).isEqualTo(a);
  }

  @Test
  void uidsAreStableAcrossPolicyChanges() {
    // Lengthening education moves the dates, not the identities, so calendar clients update their events.
    PolicyBook longer = PolicyBook.nationalDefaults().withYaml(String.join("\n",
        "format: zhengbing-policy/1", "region: \"500000\"",
        "sources:", "  fixture: {document: \"test fixture\", issuer: test}",
        "parameters:", "  calendar.phase.pre_service_education.days:", "    values:",
        "      - {from: 2023-01-01, value: 5, confidence: LOCAL_DOCUMENT, citation: fixture}", ""), "f.yaml");
    ConscriptionCalendar changed = ConscriptionScheduler.of(longer, WorkdayCalendar.bundled()).schedule(2023, JIANGJIN);
    assertThat(changed.phases().stream().map(EXPORTER::uidOf).collect(Collectors.toSet()))
        .isEqualTo(C2023.phases().stream().map(EXPORTER::uidOf).collect(Collectors.toSet()));
    assertThat(changed.spring().phase(PhaseKind.APPROVAL).span().start()).isNotEqualTo(LocalDate.of(2023, 3, 1));
  }

  @Test
  void uidDomainCanBeChosen() {
    ICalendarExporter office = EXPORTER.withUidDomain("zbb.example.gov.cn");
    assertThat(office.uidOf(C2023.spring().phase(PhaseKind.APPROVAL)))
        .isEqualTo("2023-spring-approval-500116@zbb.example.gov.cn");
    assertThatThrownBy(() -> EXPORTER.withUidDomain("not a domain"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UID domain must be a domain name such as 'zhengbing.org', but was 'not a domain'");
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(ConscriptionCalendar.class, C2023)
        .setDefault(Phase.class, C2023.spring().phase(PhaseKind.APPROVAL));
    t.testAllPublicStaticMethods(ICalendarExporter.class);
    t.testAllPublicInstanceMethods(EXPORTER);
  }
}
