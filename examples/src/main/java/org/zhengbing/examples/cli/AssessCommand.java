package org.zhengbing.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhengbing.core.io.CsvFile;
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

  @Option(names = "--date", paramLabel = "DATE", defaultValue = "2026-01-01",
      description = "The date the rate definitions are read for (default ${DEFAULT-VALUE}).")
  LocalDate date;

  @Option(names = "--explain", description = "Print each unit's explanation too.")
  boolean explain;

  /** A unit as read. */
  record Unit(String name, RegionCode region, AssessmentCounts counts) {}

  @Override
  public Integer call() {
    FiveRateAssessor assessor = FiveRateAssessor.of(common.book());
    List<Unit> units = read(counts, region);
    List<FiveRateAssessment> results = new ArrayList<>();
    for (Unit u : units) {
      results.add(assessor.assess(u.counts(), u.region(), date));
    }
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      FiveRateAssessment a = results.get(i);
      out.println("Unit " + u.name() + " (" + u.region() + ", " + date + "): " + a.targetsMet() + " of "
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
    try (CsvFile csv = CsvFile.open(file, required, optional, true)) {
      while (csv.next()) {
        String name = csv.get(0);
        long[] c = new long[COUNTS.size()];
        boolean good = !name.isBlank();
        for (int i = 0; i < c.length; i++) {
          c[i] = csv.getLong(1 + i, 0, Long.MAX_VALUE);
          good &= c[i] >= 0;
        }
        if (name.isBlank()) {
          csv.reject(0, "must not be blank");
        } else if (seen.contains(name)) {
          csv.reject(0, "must appear once, but appeared already");
          good = false;
        }
        seen.add(name);
        RegionCode r = defaultRegion;
        if (!csv.get(1 + c.length).isEmpty()) {
          try {
            r = RegionCode.of(csv.get(1 + c.length));
          } catch (IllegalArgumentException e) {
            csv.reject(1 + c.length, e.getMessage());
            good = false;
          }
        }
        if (!good) {
          continue;
        }
        try {
          out.add(new Unit(name, r, AssessmentCounts.builder().liable(c[0]).registered(c[1]).applicants(c[2])
              .examined(c[3]).doubleQualified(c[4]).approved(c[5]).collegeApproved(c[6]).returned(c[7])
              .task(c[8]).build()));
        } catch (IllegalArgumentException e) {
          csv.rejectRow(e.getMessage());
        }
      }
      csv.finish();
    }
    return out;
  }

}
