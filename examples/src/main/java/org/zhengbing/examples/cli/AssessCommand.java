package org.zhengbing.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhengbing.core.assess.AssessmentRate;
import org.zhengbing.core.assess.FiveRateAssessment;
import org.zhengbing.core.assess.InvalidRecordException;
import org.zhengbing.core.assess.RateAssessment;
import org.zhengbing.core.assess.RecordAssessment;
import org.zhengbing.core.assess.RecordAssessor;
import org.zhengbing.core.assess.Ranking;
import org.zhengbing.core.assess.ReturnReason;
import org.zhengbing.core.assess.ScoreItem;
import org.zhengbing.core.assess.SeasonRecord;
import org.zhengbing.core.assess.Streak;
import org.zhengbing.core.assess.Verdict;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The assessment (五率考评) of units' season records: rates per season and year, scores, rankings, streaks. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    header = "The five rates of each unit. / "
        + "五率考核：报名率、上站率、合格率、择优率、退兵率。",
    footerHeading = "%nExample (示例):%n",
    footer = {
        "  zhengbing assess --records records.csv --format html --output report.html",
    },
    description = {"Assess units by their season records: the five rates (五率: 报名率, 上站率, 合格率, 择优率, "
        + "退兵率), the double-qualified rate, the college and graduate shares and task completion, per season and "
        + "per year (from summed counts); scores, rankings and zero-return streaks.",
        "--records is a CSV file with one row per unit and season and the columns unit, season (2026-SPRING), "
            + "liable, registered, applicants, examined, physical_passed, political_passed, double_qualified, "
            + "approved, college_approved, graduates_approved, task, and optionally region, returned_physical, "
            + "returned_political, returned_other, returned_approved_in; or a .json file: an array of objects with "
            + "the same fields and an optional returns array.",
        "The bundled definitions are ILLUSTRATIVE (no official formula is published); --policy files may set "
            + "their own."})
final class AssessCommand implements Callable<Integer> {

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--records", paramLabel = "FILE", required = true,
      description = "The season records: CSV, or JSON for a name ending in .json.")
  Path records;

  @Option(names = "--region", paramLabel = "CODE", defaultValue = "500116",
      description = "The region of records without a region (default ${DEFAULT-VALUE}).")
  RegionCode region;

  @Option(names = "--season", paramLabel = "TERM",
      description = "The season to show and rank, such as 2026-SPRING (default: the latest with records).")
  String season;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or html: a self-contained page with charts, in Chinese and English.")
  String format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to this file instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("html")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or html, but was '"
          + format + "'");
    }
    PolicyBook book = common.book();
    List<RecordsInput.Row> rows = RecordsInput.read(records, region);
    if (rows.isEmpty()) {
      throw new InputFileException(records.toString(), 0, "file must hold at least one record, but had none");
    }
    Map<String, Integer> lines = new HashMap<>();
    List<SeasonRecord> list = new ArrayList<>();
    for (RecordsInput.Row r : rows) {
      lines.putIfAbsent(r.record().unit() + "\u0000" + r.record().season(), r.line());
      list.add(r.record());
    }
    RecordAssessment a;
    try {
      a = RecordAssessor.of(book).assess(list);
    } catch (InvalidRecordException e) {
      int line = lines.getOrDefault(e.unit() + "\u0000" + e.season(), 0);
      if (e.field().equals("season")) {
        // the second record of the season
        line = rows.stream().filter(r -> r.record().unit().equals(e.unit()) && r.record().season().equals(e.season()))
            .mapToInt(RecordsInput.Row::line).skip(1).findFirst().orElse(line);
      }
      throw new InputFileException(records.toString(), line, e.getMessage());
    }
    ConscriptionTerm shown = a.latestSeason().orElseThrow();
    if (season != null) {
      try {
        shown = ConscriptionTerm.parse(season);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--season: " + e.getMessage());
      }
      if (!a.seasons().contains(shown)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--season must be one with records "
            + a.seasons() + ", but was " + shown);
      }
    }
    String report = format.equals("html") ? AssessmentHtml.render(a, shown) : text(a, shown);
    if (output != null) {
      AtomicFiles.write(output, w -> w.write(report));
      spec.commandLine().getOut().println("wrote " + output);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(report);
      out.flush();
    }
    return 0;
  }

  private static final List<AssessmentRate> COLUMNS = List.of(AssessmentRate.values());
  /** Short column headings, in {@link AssessmentRate} order. */
  private static final List<String> SHORT = List.of("报名率", "上站率", "合格率", "择优率", "退兵率", "双合格率",
      "大学生", "毕业生", "完成率", "扣退完成");

  /** Pads to a display width, counting CJK and full-width characters as two columns. */
  static String pad(String s, int width, boolean right) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
          || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
          || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000)) ? 2 : 1;
      i += Character.charCount(c);
    }
    String fill = " ".repeat(Math.max(0, width - w));
    return right ? fill + s : s + fill;
  }

  private static String cell(RateAssessment r) {
    return r.rate().map(Object::toString).orElse("-") + (r.verdict() == Verdict.NOT_MET ? "!" : " ");
  }

  static String text(RecordAssessment a, ConscriptionTerm shown) {
    StringBuilder b = new StringBuilder();
    boolean illustrative = a.units().stream().anyMatch(u -> a.seasons(u).values().stream()
        .anyMatch(FiveRateAssessment::isIllustrative));
    b.append("Assessment of ").append(a.units().size()).append(" units over ").append(a.seasons().size())
        .append(" seasons (").append(a.seasons().get(0)).append(" to ").append(a.seasons().get(a.seasons().size() - 1))
        .append(")").append(illustrative ? "  [ILLUSTRATIVE definitions]" : "").append('\n');
    b.append("Season ").append(shown).append(": rates (! = target missed), applicants per place, pool, score, rank\n");
    b.append("(报名率 registration, 上站率 exam turnout, 合格率 qualification, 择优率 selection, 退兵率 return, "
        + "双合格率 double-qualified, 大学生/毕业生 college/graduate share, 完成率/扣退完成 task completion as "
        + "approved/less returns)\n");
    header(b, "rank");
    Ranking ranking = a.ranking(shown);
    for (Ranking.Place p : ranking.places()) {
      FiveRateAssessment s = a.season(p.score().unit(), shown).orElseThrow();
      b.append(pad(p.rank() + (p.tied() ? "=" : ""), 5, false)).append(pad(p.score().unit(), 12, false));
      row(b, s);
      b.append(pad(s.applicantsPerPlace().map(m -> m.toPlainString() + "x").orElse("-"), 10, true))
          .append(pad(s.isPoolLargeEnough() ? "ok" : "small!", 7, true))
          .append(pad(p.score().score().toPlainString(), 8, true)).append('\n');
    }
    b.append("\nScores item by item, ").append(shown).append(" (rule ")
        .append(ranking.places().get(0).score().rule().key()).append(")\n");
    for (Ranking.Place p : ranking.places()) {
      b.append("  ").append(pad(p.score().unit(), 12, false));
      List<String> items = new ArrayList<>();
      for (ScoreItem i : p.score().items()) {
        items.add(i.rate().chineseName() + " " + i.verdict().key() + " " + i.points().toPlainString() + "/"
            + i.weight());
      }
      b.append(String.join(", ", items)).append(" = ").append(p.score().score().toPlainString()).append(" of ")
          .append(p.score().maximum()).append('\n');
    }
    b.append("\nYears, from the summed counts of their seasons\n");
    header(b, "year");
    for (String u : a.units()) {
      for (Map.Entry<Integer, FiveRateAssessment> e : a.years(u).entrySet()) {
        b.append(pad(String.valueOf(e.getKey()), 5, false)).append(pad(u, 12, false));
        row(b, e.getValue());
        Ranking.Place p = a.yearRanking(e.getKey()).place(u).orElseThrow();
        b.append(pad(e.getValue().applicantsPerPlace().map(m -> m.toPlainString() + "x").orElse("-"), 10, true))
            .append(pad(e.getValue().isPoolLargeEnough() ? "ok" : "small!", 7, true))
            .append(pad(p.score().score().toPlainString(), 8, true)).append("  rank ").append(p.rank())
            .append(p.tied() ? "=" : "").append('\n');
      }
    }
    b.append("\nZero-return streaks and returns recorded (physical/political/other)\n");
    for (String u : a.units()) {
      Streak longest = a.longestStreak(u, RecordAssessment.ZERO_RETURNS);
      Streak current = a.currentStreak(u, RecordAssessment.ZERO_RETURNS);
      b.append("  ").append(pad(u, 12, false)).append("longest ").append(streak(longest)).append("; current ")
          .append(streak(current));
      for (SeasonRecord r : a.records(u).values()) {
        if (!r.returns().isEmpty()) {
          Map<ReturnReason, Long> by = r.returnsByReason();
          b.append("; returned in ").append(r.season()).append(": ").append(by.get(ReturnReason.PHYSICAL))
              .append('/').append(by.get(ReturnReason.POLITICAL)).append('/').append(by.get(ReturnReason.OTHER));
        }
      }
      b.append('\n');
    }
    b.append("\nA return counts in the return rate of the season its recruit was approved in. Ties share the "
        + "better rank (1, 2, 2, 4) and are listed by name.\n");
    return b.toString();
  }

  private static String streak(Streak s) {
    return s.length() == 0 ? "0" : s.length() + " (" + s.first().orElseThrow() + ".." + s.last().orElseThrow() + ")";
  }

  private static void header(StringBuilder b, String first) {
    b.append(pad(first, 5, false)).append(pad("unit", 12, false));
    for (String h : SHORT) {
      b.append(pad(h, 11, true));
    }
    b.append(pad("appl/task", 10, true)).append(pad("pool", 7, true)).append(pad("score", 8, true)).append('\n');
  }

  private static void row(StringBuilder b, FiveRateAssessment s) {
    for (AssessmentRate r : COLUMNS) {
      b.append(pad(cell(s.rate(r)), 11, true));
    }
  }
}
