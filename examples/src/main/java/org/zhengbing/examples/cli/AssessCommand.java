package org.zhengbing.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhengbing.core.quota.AssessmentCounts;
import org.zhengbing.core.quota.AssessmentRate;
import org.zhengbing.core.quota.FiveRateAssessment;
import org.zhengbing.core.quota.FiveRateAssessor;
import org.zhengbing.core.quota.RateAssessment;
import org.zhengbing.core.quota.Verdict;
import org.zhengbing.core.region.RegionCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The five-rate assessment (五率) of units read from a CSV file of counts. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    header = "The five rates of each unit. / "
        + "五率考核：报名率、上站率、合格率、择优率、退兵率。",
    footerHeading = "%nExample (示例):%n",
    footer = {
        "  zhengbing assess --counts counts.csv --date 2026-09-30",
    },
    description = {"Assess units by the five rates (五率: registration, exam turnout, qualification, selection, "
        + "return) plus task completion and the college share, from a CSV file with the columns unit, liable, "
        + "registered, applicants, examined, double_qualified, approved, college_approved, returned, task and "
        + "optionally region (the unit's region code; default --region).",
        "The bundled rate definitions are ILLUSTRATIVE (no official formula is published); --policy files may "
            + "override them."})
final class AssessCommand implements Callable<Integer> {

  static final List<String> COUNTS = List.of("liable", "registered", "applicants", "examined", "double_qualified",
      "approved", "college_approved", "returned", "task");

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--counts", paramLabel = "FILE", required = true, description = "The CSV file of unit counts.")
  Path counts;

  @Option(names = "--region", paramLabel = "CODE", defaultValue = "500116",
      description = "The region of units without a region column (default ${DEFAULT-VALUE}).")
  RegionCode region;

  @Option(names = "--date", paramLabel = "DATE",
      description = "The date the rate definitions are read for (default: today in Asia/Shanghai).")
  LocalDate date;

  @Option(names = "--explain", description = "Print each unit's explanation too.")
  boolean explain;

  /** A unit as read. */
  record Unit(String name, RegionCode region, AssessmentCounts counts) {}

  @Override
  public Integer call() {
    FiveRateAssessor assessor = FiveRateAssessor.of(common.book());
    List<Unit> units = read(counts, region);
    LocalDate day = Options.dateOr(date, spec);
    List<FiveRateAssessment> results = new ArrayList<>();
    for (Unit u : units) {
      results.add(assessor.assess(u.counts(), u.region(), day));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Five rates (五率) as of " + Options.shown(date, day));
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      FiveRateAssessment a = results.get(i);
      out.println("Unit " + u.name() + " (" + u.region() + ", " + day + "): " + a.targetsMet() + " of "
          + AssessmentRate.values().length + " targets met"
          + a.applicantsPerPlace().map(m -> "; " + m.toPlainString() + " applicants per place").orElse("")
          + (a.isIllustrative() ? "  [ILLUSTRATIVE definitions]" : ""));
      out.println(String.format("  %-16s %9s %5s %9s  %-8s", "rate", "value", "", "target", "verdict"));
      for (RateAssessment r : a.rates().values()) {
        String target = r.target().map(t -> (r.targetIsMaximum() ? "<= " : ">= ") + t).orElse("-");
        String gap = r.verdict() == Verdict.NOT_MET ? r.shortfall().map(s -> "missed by " + s).orElse("")
            : r.verdict() == Verdict.MET ? r.margin().map(m -> "margin " + m).orElse("") : "";
        out.println(String.format("  %-16s %9s %5s %9s  %-8s %s  %s", r.kind().name().toLowerCase(Locale.ROOT),
            r.rate().map(Object::toString).orElse("-"), "", target, r.verdict().key(), gap,
            r.kind().chineseName()));
      }
      if (explain) {
        ExplanationText.print(out, a.explanation(), "    ");
      }
    }
    return 0;
  }

  static List<Unit> read(Path file, RegionCode defaultRegion) {
    List<String> optional = List.of("region");
    List<String> required = new ArrayList<>(List.of("unit"));
    required.addAll(COUNTS);
    List<Unit> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (CsvInput.Row row : CsvInput.read(file, required, optional)) {
      String name = row.text("unit");
      if (seen.contains(name)) {
        throw row.error("unit must appear once, but '" + name + "' appeared already");
      }
      seen.add(name);
      RegionCode r = row.find("region").isPresent() ? row.region("region") : defaultRegion;
      AssessmentCounts counts;
      try {
        counts = AssessmentCounts.builder().liable(row.whole("liable")).registered(row.whole("registered"))
            .applicants(row.whole("applicants")).examined(row.whole("examined"))
            .doubleQualified(row.whole("double_qualified")).approved(row.whole("approved"))
            .collegeApproved(row.whole("college_approved")).returned(row.whole("returned"))
            .task(row.whole("task")).build();
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      out.add(new Unit(name, r, counts));
    }
    return out;
  }

}
