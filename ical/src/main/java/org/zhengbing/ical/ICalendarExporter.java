package org.zhengbing.ical;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;
import org.zhengbing.calendar.ConscriptionCalendar;
import org.zhengbing.calendar.Phase;
import org.zhengbing.core.explain.Citation;

/**
 * Writes a region's {@link ConscriptionCalendar} as an iCalendar (RFC 5545) document: one all-day VEVENT per
 * phase, in the calendar's order.
 *
 * <p>Each event has
 * <ul>
 *   <li>a UID stable across runs and policy changes: the phase's {@linkplain Phase#id() id}, the region and a
 *       domain, such as {@code 2023-spring-physical-exam-500116@zhengbing.org}, so that re-imported calendars
 *       update their events instead of duplicating them;
 *   <li>DTSTART and DTEND as dates (DTEND the day after the phase's last day, as RFC 5545 requires);
 *   <li>a bilingual SUMMARY, such as {@code 2023年上半年 体格检查 / 2023 spring: physical examination};
 *   <li>a DESCRIPTION giving the dates, the sources cited and, where the dates rest on an ILLUSTRATIVE value, a
 *       warning that they are not official;
 *   <li>the DTSTAMP the exporter was given, so that output is byte-for-byte reproducible.
 * </ul>
 *
 * <p>This class is immutable and thread-safe. It reads a clock only if built with {@link #stampedBy(Clock)}.
 */
public final class ICalendarExporter {

  /** The product identifier written as PRODID. */
  public static final String PRODUCT_ID = "-//Zhengbing//Zhengbing conscription calendar//ZH";

  private static final String DEFAULT_UID_DOMAIN = "zhengbing.org";

  private final @Nullable Instant timestamp;
  private final @Nullable Clock clock;
  private final String uidDomain;

  private ICalendarExporter(@Nullable Instant timestamp, @Nullable Clock clock, String uidDomain) {
    this.timestamp = timestamp;
    this.clock = clock;
    this.uidDomain = uidDomain;
  }

  /**
   * Obtains an exporter that stamps every event with a fixed DTSTAMP: the same calendar gives the same bytes.
   *
   * @param dtstamp  the DTSTAMP, not null
   * @return the exporter, never null
   */
  public static ICalendarExporter stampedAt(Instant dtstamp) {
    checkNotNull(dtstamp, "dtstamp");
    return new ICalendarExporter(dtstamp.truncatedTo(ChronoUnit.SECONDS), null, DEFAULT_UID_DOMAIN);
  }

  /**
   * Obtains an exporter that stamps events with the clock's instant at each export.
   *
   * @param clock  the clock, not null
   * @return the exporter, never null
   */
  public static ICalendarExporter stampedBy(Clock clock) {
    checkNotNull(clock, "clock");
    return new ICalendarExporter(null, clock, DEFAULT_UID_DOMAIN);
  }

  /**
   * Returns a copy that writes UIDs in another domain, such as the publishing office's.
   *
   * @param domain  the domain, letters, digits, dots and hyphens, not null
   * @return a new exporter, never null
   * @throws IllegalArgumentException if the domain is malformed
   */
  public ICalendarExporter withUidDomain(String domain) {
    checkNotNull(domain, "domain");
    checkArgument(domain.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"),
        "UID domain must be a domain name such as 'zhengbing.org', but was '%s'", domain);
    return new ICalendarExporter(timestamp, clock, domain);
  }

  /**
   * Returns the UID of a phase's event.
   *
   * @param phase  the phase, not null
   * @return the UID, never null
   */
  public String uidOf(Phase phase) {
    checkNotNull(phase, "phase");
    return phase.id() + "-" + phase.region() + "@" + uidDomain;
  }

  /**
   * Exports a calendar as iCalendar text, lines ending in CRLF.
   *
   * @param calendar  the calendar, not null
   * @return the iCalendar document, never null
   */
  public String export(ConscriptionCalendar calendar) {
    StringWriter out = new StringWriter();
    write(calendar, out);
    return out.toString();
  }

  /**
   * Writes a calendar as iCalendar text. The writer is not closed.
   *
   * @param calendar  the calendar, not null
   * @param out  the writer, not null
   * @throws UncheckedIOException if writing fails
   */
  public void write(ConscriptionCalendar calendar, Writer out) {
    checkNotNull(calendar, "calendar");
    checkNotNull(out, "out");
    Instant stamp = timestamp != null ? timestamp : Instant.now(java.util.Objects.requireNonNull(clock))
        .truncatedTo(ChronoUnit.SECONDS);
    Calendar ical = new Calendar();
    ical.add(new ProdId(PRODUCT_ID));
    ical.add(ImmutableVersion.VERSION_2_0);
    ical.add(ImmutableCalScale.GREGORIAN);
    ical.add(new XProperty("X-WR-CALNAME", calendar.year() + "年征兵日历 " + calendar.region() + " / Conscription calendar "
        + calendar.year() + ", region " + calendar.region()));
    for (Phase p : calendar.phases()) {
      ical.add(event(p, stamp));
    }
    try {
      new CalendarOutputter(true).output(ical, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write iCalendar of " + calendar.year() + " " + calendar.region(), e);
    } catch (ValidationException e) {
      throw new IllegalStateException("iCalendar of " + calendar.year() + " " + calendar.region()
          + " failed RFC 5545 validation: " + e.getMessage(), e);
    }
  }

  private VEvent event(Phase p, Instant stamp) {
    VEvent e = new VEvent(false);
    e.add(new Uid(uidOf(p)));
    e.add(new DtStamp(stamp));
    e.add(new DtStart<LocalDate>(p.span().start()));
    e.add(new DtEnd<LocalDate>(p.span().end().plusDays(1)));
    e.add(new Summary(p.title().zh() + " / " + p.title().en()));
    e.add(new Description(description(p)));
    e.add(new Categories(p.kind().slug()));
    e.add(ImmutableTransp.TRANSPARENT);
    return e;
  }

  private static String description(Phase p) {
    StringBuilder s = new StringBuilder();
    s.append("日期 / Dates: ").append(p.span().start()).append(" – ").append(p.span().end());
    String sources = p.explanation().citations().stream().map(Citation::toShortString).distinct()
        .collect(Collectors.joining("; "));
    if (!sources.isEmpty()) {
      s.append("\n依据 / Sources: ").append(sources);
    }
    if (p.isIllustrative()) {
      s.append("\n示例数据，非官方 / Illustrative dates, not official: ")
          .append(String.join(", ", p.explanation().illustrativeKeys()));
    }
    return s.toString();
  }
}
