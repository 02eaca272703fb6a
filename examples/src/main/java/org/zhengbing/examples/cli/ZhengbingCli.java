package org.zhengbing.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhengbing.core.param.ParameterDefinition;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.PolicyFileException;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.Region;
import org.zhengbing.core.region.RegionCatalog;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.policy.PolicySets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code zhengbing} command-line tool. */
@Command(name = "zhengbing", mixinStandardHelpOptions = true, version = "zhengbing 0.1.0",
    description = "Zhengbing (征兵): conscription policy, quotas, calendar and benefits on embedded defaults.",
    subcommands = {ZhengbingCli.Params.class})
public final class ZhengbingCli implements Callable<Integer> {

  @Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the tool. @param args the arguments */
  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the tool with the given output streams, for tests and embedding.
   *
   * @param args  the arguments
   * @param out  standard output
   * @param err  standard error
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new ZhengbingCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof PolicyFileException || e instanceof IllegalArgumentException) {
        cmd.getErr().println("error: " + e.getMessage());
        return 1;
      }
      throw e;
    });
    return cl.execute(args);
  }

  @Override
  public Integer call() {
    return new CommandLine(new Params()).setOut(spec.commandLine().getOut())
        .setErr(spec.commandLine().getErr()).execute();
  }

  /** Prints every national parameter resolved for a region and date, with its provenance. */
  @Command(name = "params", mixinStandardHelpOptions = true,
      description = "Print every bundled parameter (national defaults and the sample regions) resolved for a region "
          + "and date, with its provenance.")
  static final class Params implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--region", defaultValue = "500116", description = "Region code (default ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--date", defaultValue = "2026-03-01", description = "Date, ISO (default ${DEFAULT-VALUE}).")
    LocalDate date;

    @Option(names = "--policy", description = "A policy file to layer over the bundled defaults (repeatable).")
    List<Path> policies = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RegionCode code = RegionCode.of(region);
      PolicyBook book = PolicySets.sampleRegions();
      for (Path p : policies) {
        book = book.withFile(p);
      }
      String name = RegionCatalog.bundled().find(code).map(Region::name).orElse("(not in the bundled catalogue)");
      out.println("Parameters for " + code + " " + name + " on " + date + ":");
      for (ParameterDefinition def : book.definitions().values()) {
        var found = book.find(ParameterKey.of(def.key(), def.type()), code, date);
        out.println(found.map(Resolved::toString).orElse(def.key() + " = (no value in force)"));
      }
      return 0;
    }
  }
}
