package org.zhengbing.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhengbing.core.io.CsvFile;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.quota.Apportionment;
import org.zhengbing.core.quota.ApportionmentMethod;
import org.zhengbing.core.quota.QuotaApportioner;
import org.zhengbing.core.quota.QuotaUnit;
import org.zhengbing.core.quota.SeasonSplit;
import org.zhengbing.core.quota.SeasonSplitter;
import org.zhengbing.core.quota.UnitKey;
import org.zhengbing.core.region.RegionCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Apportions a task over units read from a CSV file. */
@Command(name = "quota", mixinStandardHelpOptions = true,
    header = "Apportion a task over units. / "
        + "征集任务分配（最大余数法或除数法）。",
    footerHeading = "%nExample (示例):%n",
    footer = {
        "  zhengbing quota --units units.csv --total 120 --season-split",
    },
    description = {"Apportion a task over units read from a CSV file with the columns code, weight and optionally "
        + "floor, cap and name (a header line first; # comment lines and blank lines are skipped).",
        "Ties for the last places are broken by the declared rule (larger weight, then code)."})
final class QuotaCommand implements Callable<Integer> {

  static final List<String> REQUIRED = List.of("code", "weight");
  static final List<String> OPTIONAL = List.of("floor", "cap", "name");

  /** Output formats. */
  enum Format { table, csv }

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--units", paramLabel = "FILE", required = true, description = "The units CSV file.")
  Path units;

  @Option(names = "--total", paramLabel = "N", required = true,
      description = "The places to share (with --season-split: the annual task).")
  long total;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "LARGEST_REMAINDER",
      description = "The method: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  ApportionmentMethod method;

  @Option(names = "--season-split",
      description = "Split the total into the spring and autumn tasks by the spring share in force for --region on "
          + "--date, and apportion each.")
  boolean seasonSplit;

  @Option(names = "--region", paramLabel = "CODE", defaultValue = "500116",
      description = "The region whose spring share applies (default ${DEFAULT-VALUE}).")
  RegionCode region;

  @Option(names = "--date", paramLabel = "DATE",
      description = "The date the spring share is read for (default: today in Asia/Shanghai).")
  LocalDate date;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the result to this file (written whole or not at all) instead of standard output.")
  Path outFile;

  @Option(names = "--explain", description = "Print each apportionment's explanation after the result.")
  boolean explain;

  /** A unit as read, with its optional display name. */
  record Unit(QuotaUnit unit, String name) {}

  @Override
  public Integer call() {
    if (total < 0 || total > Integer.MAX_VALUE) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--total must be between 0 and " + Integer.MAX_VALUE + ", but was " + total);
    }
    PolicyBook book = common.book(); // read even when unused, so a bad --policy file never passes silently
    ImmutableList<Unit> read = read(units);
    List<QuotaUnit> list = read.stream().map(Unit::unit).toList();
    QuotaApportioner apportioner = QuotaApportioner.of(method);
    StringWriter text = new StringWriter();
    PrintWriter w = new PrintWriter(text);
    if (seasonSplit) {
      LocalDate day = Options.dateOr(date, spec);
      SeasonSplit split = SeasonSplitter.of(book).split(total, region, day);
      Apportionment spring = apportioner.apportion(split.spring(), list);
      Apportionment autumn = apportioner.apportion(split.autumn(), list);
      if (format == Format.csv) {
        w.println("code,weight,spring,autumn,total");
        for (Unit u : read) {
          UnitKey k = u.unit().key();
          w.println(csv(k.toString()) + "," + u.unit().weight() + "," + spring.places(k) + "," + autumn.places(k)
              + "," + (spring.places(k) + autumn.places(k)));
        }
      } else {
        w.println("Annual task " + total + ", spring share " + split.springShare() + " (" + region + ", "
            + Options.shown(date, day) + "): spring " + split.spring() + ", autumn " + split.autumn() + "; "
            + method.chineseName() + " ("
            + method + ")");
        w.println(String.format("%-14s %10s %7s %7s %7s  %s", "code", "weight", "spring", "autumn", "total", "name"));
        for (Unit u : read) {
          UnitKey k = u.unit().key();
          w.println(String.format("%-14s %10d %7d %7d %7d  %s", k, u.unit().weight(), spring.places(k),
              autumn.places(k), spring.places(k) + autumn.places(k), u.name()));
        }
        w.println(String.format("%-14s %10d %7d %7d %7d", "total", spring.units().weightSum(), split.spring(),
            split.autumn(), total));
      }
      if (explain) {
        w.println();
        w.println("Season split:");
        ExplanationText.print(w, split.explanation(), "  ");
        w.println("Spring apportionment:");
        ExplanationText.print(w, spring.explanation(), "  ");
        w.println("Autumn apportionment:");
        ExplanationText.print(w, autumn.explanation(), "  ");
      }
    } else {
      Apportionment a = apportioner.apportion(total, list);
      if (format == Format.csv) {
        w.println("code,weight,places");
        for (Unit u : read) {
          w.println(csv(u.unit().key().toString()) + "," + u.unit().weight() + "," + a.places(u.unit().key()));
        }
      } else {
        w.println("Task " + total + " over " + read.size() + " units; " + method.chineseName() + " (" + method + ")");
        w.println(String.format("%-14s %10s %7s %-18s  %s", "code", "weight", "places", "reason", "name"));
        for (Unit u : read) {
          UnitKey k = u.unit().key();
          w.println(String.format("%-14s %10d %7d %-18s  %s", k, u.unit().weight(), a.places(k),
              a.share(k).reason().key(), u.name()));
        }
        w.println(String.format("%-14s %10d %7d", "total", a.units().weightSum(), a.total()));
        if (a.isTieBroken()) {
          w.println("tie for the last places among " + a.tiedUnits() + ", won by " + a.tieWinners()
              + " (larger weight, then code)");
        }
      }
      if (explain) {
        w.println();
        ExplanationText.print(w, a.explanation(), "  ");
      }
    }
    w.flush();
    emit(spec.commandLine().getOut(), outFile, text.toString());
    return 0;
  }

  static void emit(PrintWriter out, Path file, String text) {
    if (file == null) {
      out.print(text);
      out.flush();
    } else {
      AtomicFiles.write(file, (Writer w) -> w.write(text));
      out.println("wrote " + file);
    }
  }

  static String csv(String field) {
    if (field.contains(",") || field.contains("\"")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }

  /**
   * Reads and validates the units file.
   *
   * @throws InputFileException for a malformed row, a repeated code, or a floor above the cap
   */
  static ImmutableList<Unit> read(Path file) {
    ImmutableList.Builder<Unit> out = ImmutableList.builder();
    Map<UnitKey, Integer> seen = new HashMap<>();
    try (CsvFile csv = CsvFile.open(file, REQUIRED, OPTIONAL, true)) {
      while (csv.next()) {
        String code = csv.get(0);
        long weight = csv.getLong(1, 0, Long.MAX_VALUE);
        long floor = csv.get(2).isEmpty() ? 0 : csv.getLong(2, 0, Integer.MAX_VALUE - 1);
        long cap = csv.get(3).isEmpty() ? -1 : csv.getLong(3, 0, Integer.MAX_VALUE - 1);
        if (code.isBlank()) {
          csv.reject(0, "must not be blank");
          continue;
        }
        UnitKey key = UnitKey.of(code);
        Integer first = seen.putIfAbsent(key, csv.line());
        if (first != null) {
          csv.reject(0, "must appear once, but appeared already on line " + first);
        } else if (floor >= 0 && cap >= 0 && floor > cap) {
          csv.rejectRow("floor must not exceed cap, but was " + floor + " > " + cap);
        } else if (weight >= 0 && floor >= 0 && cap >= -1) {
          QuotaUnit unit = QuotaUnit.of(key, weight);
          unit = cap >= 0 ? unit.withCap((int) cap) : unit;
          unit = unit.withFloor((int) floor);
          String name = csv.get(4).isEmpty() ? key.region().map(Options::regionName).orElse("") : csv.get(4);
          out.add(new Unit(unit, name));
        }
      }
      csv.finish();
    }
    return out.build();
  }
}
