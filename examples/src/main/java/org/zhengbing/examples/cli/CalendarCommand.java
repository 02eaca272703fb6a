package org.zhengbing.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhengbing.calendar.ConscriptionCalendar;
import org.zhengbing.calendar.ConscriptionScheduler;
import org.zhengbing.calendar.Phase;
import org.zhengbing.ical.ICalendarExporter;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.region.RegionCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints a region's conscription calendar for a year as a table, or writes it as an iCalendar file. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
    header = "A region's conscription calendar for a year. / "
        + "全年征兵工作日历（上半年、下半年）。",
    footerHeading = "%nExample (示例):%n",
    footer = {
        "  zhengbing calendar --year 2026 --region 500116 --ics jiangjin-2026.ics",
    },
    description = "Print a region's conscription calendar for a year (both seasons and the year-round phases) as "
        + "a table, or write it as an iCalendar file with --ics.")
final class CalendarCommand implements Callable<Integer> {

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--year", paramLabel = "YEAR",
      description = "The year (default: this year in Asia/Shanghai); working-day data is bundled for 2022-2026.")
  Integer year;

  @Option(names = "--region", paramLabel = "CODE", defaultValue = "500116",
      description = "The region code (default ${DEFAULT-VALUE}, Jiangjin).")
  RegionCode region;

  @Option(names = "--ics", paramLabel = "FILE", description = "Write the calendar to this iCalendar file instead.")
  Path ics;

  @Option(names = "--dtstamp", paramLabel = "INSTANT",
      description = "The DTSTAMP of the iCalendar events, ISO instant (default: 1 January of the year, 00:00 UTC, "
          + "so the same calendar gives the same file).")
  Instant dtstamp;

  @Override
  public Integer call() {
    RegionCode code = region;
    int year = this.year != null ? this.year : Options.dateOr(null, spec).getYear();
    ConscriptionCalendar calendar = ConscriptionScheduler.of(common.book(), WorkdayCalendar.bundled())
        .schedule(year, code);
    PrintWriter out = spec.commandLine().getOut();
    if (ics != null) {
      Instant stamp = dtstamp != null ? dtstamp : LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
      ICalendarExporter exporter = ICalendarExporter.stampedAt(stamp);
      AtomicFiles.write(ics, w -> exporter.write(calendar, w));
      out.println("wrote " + calendar.phases().size() + " events to " + ics);
      return 0;
    }
    out.println("Conscription calendar " + year + (this.year != null ? "" : " (this year in Asia/Shanghai; --year to "
        + "fix it)") + " for " + code + " " + Options.regionName(code));
    printPhases(out, calendar.phases(), "");
    return 0;
  }

  static void printPhases(PrintWriter out, List<Phase> phases, String indent) {
    out.println(String.format("%s%-10s %-10s  %s", indent, "from", "to", "phase"));
    for (Phase p : phases) {
      out.println(String.format("%s%s %s  %s%s", indent, p.span().start(), p.span().end(), title(p),
          p.isIllustrative() ? " *" : ""));
    }
    if (phases.stream().anyMatch(Phase::isIllustrative)) {
      out.println(indent + "* rests on an ILLUSTRATIVE parameter (a library model, not an official date)");
    }
  }

  static String title(Phase p) {
    return p.title().en() + " (" + p.title().zh() + ")";
  }
}
