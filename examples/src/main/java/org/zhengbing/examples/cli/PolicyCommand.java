package org.zhengbing.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.param.ParameterDefinition;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.PolicyFileException;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.testkit.ConformanceReport;
import org.zhengbing.testkit.ConformanceRule;
import org.zhengbing.testkit.PolicyConformance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Policy files and parameters: show one, list all, check files. */
@Command(name = "policy", mixinStandardHelpOptions = true,
    header = "Parameters in force and policy files. / "
        + "政策参数查询与政策文件检查。",
    footerHeading = "%nExample (示例):%n",
    footer = {
        "  zhengbing policy check --properties my-county.yaml",
    },
    description = "Inspect the parameters in force and check a region's policy files.",
    subcommands = {PolicyCommand.Show.class, PolicyCommand.Check.class, PolicyCommand.List.class})
final class PolicyCommand implements Callable<Integer> {

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "policy needs a command: show, check or list");
  }

  /** Shows one parameter's value in force for a region and date, with its provenance. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      header = "One parameter in force, with its source. / "
          + "查询一个政策参数及其出处。",
      footerHeading = "%nExample (示例):%n",
      footer = {
          "  zhengbing policy show family_payment.annual_standard --date 2026-03-01",
      },
      description = "Show the value of a parameter in force for a region on a date, with its provenance.")
  static final class Show implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(index = "0", paramLabel = "KEY", description = "The parameter key, such as "
        + "quota.season_split.spring_share.")
    String key;

    @Option(names = "--region", paramLabel = "CODE", defaultValue = "500116",
        description = "The region (default ${DEFAULT-VALUE}).")
    RegionCode region;

    @Option(names = "--date", paramLabel = "DATE", description = "The date (default: today in Asia/Shanghai).")
    LocalDate date;

    @Override
    public Integer call() {
      PolicyBook book = common.book();
      ParameterDefinition def = book.definition(key).orElseThrow(() -> new IllegalArgumentException(
          "KEY must be a defined parameter key, but was '" + key + "'" + suggestion(book, key)));
      LocalDate day = Options.dateOr(date, spec);
      Resolved<?> r = book.resolve(ParameterKey.of(def.key(), def.type()), region, day);
      Provenance p = r.provenance();
      Citation c = p.citation();
      PrintWriter out = spec.commandLine().getOut();
      out.println(def.key() + " = " + r.datum() + def.unit().map(u -> " " + u).orElse(""));
      out.println("  label:      " + def.label().zh() + " / " + def.label().en());
      out.println("  type:       " + def.type());
      out.println("  for:        " + region + " " + Options.regionName(region) + " on " + Options.shown(date, day));
      out.println("  scope:      " + p.scope());
      out.println("  effective:  from " + p.effectiveFrom() + p.effectiveUntil().map(u -> " until " + u)
          .orElse(" (open-ended)"));
      out.println("  confidence: " + p.confidence() + (p.confidence().name().equals("ILLUSTRATIVE")
          ? " (invented for examples; never official)" : ""));
      out.println("  citation:   " + c.document());
      c.issuer().ifPresent(v -> out.println("    issuer:   " + v));
      c.documentEn().ifPresent(v -> out.println("    title:    " + v));
      c.article().ifPresent(v -> out.println("    article:  " + v));
      c.articleText().ifPresent(v -> out.println("    text:     " + v.replace("\n", "\n              ")));
      c.date().ifPresent(v -> out.println("    date:     " + v));
      c.url().ifPresent(v -> out.println("    url:      " + v));
      c.note().ifPresent(v -> out.println("    note:     " + v));
      p.origin().ifPresent(v -> out.println("  file:       " + v));
      return 0;
    }

    private static String suggestion(PolicyBook book, String key) {
      String tail = key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key;
      Optional<String> near = book.definitions().keySet().stream().filter(k -> k.endsWith(tail) || k.startsWith(key))
          .findFirst();
      return near.map(n -> " (did you mean " + n + "?)").orElse("");
    }
  }

  /** Checks policy files, reporting every file's error with its line and column. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      header = "Check policy files. / "
          + "检查政策文件（格式、引用、一致性）。",
      footerHeading = "%nExample (示例):%n",
      footer = {
          "  zhengbing policy check --properties my-province.yaml my-county.yaml",
      },
      description = {"Check a region's policy files, read in order over the bundled defaults (and any --policy "
          + "files). Reports each bad file's error as FILE:LINE:COLUMN: problem and goes on with the next file; "
          + "exits 1 if any file is bad.",
          "The reader stops at a file's first error: fix it and check again. A policy whose family payment differs "
              + "between urban and rural families where one standard is required (征兵工作条例第六十二条) is rejected.",
          "With --properties, a policy that reads cleanly is then checked against the conformance suite "
              + "(citations, coverage, reconciling schedules, monotonic rules, calendar order)."})
  static final class Check implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The policy files.")
    java.util.List<Path> files = new ArrayList<>();

    @Option(names = "--properties", description = "Also run the conformance suite (zhengbing-testkit) over the "
        + "policy the files make, layered over the bundled ones; exit 1 on any violation.")
    boolean properties;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      PolicyBook book = common.book();
      int bad = 0;
      for (Path f : files) {
        int before = book.entries().size();
        try {
          if (!Files.isReadable(f)) {
            throw new UncheckedIOException(f + ": cannot read the file: it does not exist or is not readable",
                new java.io.IOException(f.toString()));
          }
          book = book.withFile(f);
          out.println("ok    " + f + " (" + (book.entries().size() - before) + " values)");
        } catch (PolicyFileException e) {
          bad++;
          err.println(e.getMessage().replace('\n', ' '));
        } catch (UncheckedIOException e) {
          bad++;
          err.println(e.getMessage().startsWith(f.toString()) ? e.getMessage()
              : f + ": " + ZhengbingCli.message(e));
        }
      }
      out.println(bad == 0 ? "all " + files.size() + " files are valid"
          : bad + " of " + files.size() + " files have errors");
      if (bad > 0) {
        return ZhengbingCli.INPUT_ERROR;
      }
      // the rules every file must keep whether or not --properties is given: one urban-rural standard
      ConformanceReport legal = PolicyConformance.check(book, java.util.EnumSet.of(ConformanceRule.UNIFIED_STANDARD));
      if (!legal.passed()) {
        err.print(legal.format());
        return ZhengbingCli.INPUT_ERROR;
      }
      if (properties) {
        ConformanceReport report = PolicyConformance.check(book);
        out.print(report.format());
        return report.passed() ? 0 : ZhengbingCli.INPUT_ERROR;
      }
      return 0;
    }
  }

  /** Lists every parameter resolved for a region and date. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      header = "Every parameter in force, or the reference. / "
          + "列出全部政策参数。",
      footerHeading = "%nExample (示例):%n",
      footer = {
          "  zhengbing policy list --region 510100 --date 2018-09-01",
          "  zhengbing policy list --format markdown > docs/parameters.md",
      },
      description = "Print every parameter (national defaults, the sample regions and any --policy files) resolved "
          + "for a region and date, with its provenance.")
  static class List implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--region", paramLabel = "CODE", defaultValue = "500116",
        description = "Region code (default ${DEFAULT-VALUE}).")
    RegionCode region;

    @Option(names = "--date", paramLabel = "DATE", description = "Date, ISO (default: today in Asia/Shanghai).")
    LocalDate date;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text (the values in force for --region and --date) or markdown (the parameter reference: "
            + "every parameter and every value, whatever the region and date; docs/parameters.md).")
    String format;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PolicyBook book = common.book();
      if (format.equals("markdown")) {
        out.print(ParameterReference.markdown(book));
        return 0;
      }
      if (!format.equals("text")) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--format must be text or markdown, but was '" + format + "'");
      }
      LocalDate day = Options.dateOr(date, spec);
      out.println("Parameters for " + region + " " + Options.regionName(region) + " on " + Options.shown(date, day)
          + ":");
      for (ParameterDefinition def : book.definitions().values()) {
        var found = book.find(ParameterKey.of(def.key(), def.type()), region, day);
        out.println(found.map(Resolved::toString).orElse(def.key() + " = (no value in force)"));
      }
      return 0;
    }
  }

  /** The former name of {@code policy list}, kept for scripts. */
  @Command(name = "params", hidden = true, mixinStandardHelpOptions = true,
      description = "The same as 'policy list'.")
  static final class Params extends List {}
}
