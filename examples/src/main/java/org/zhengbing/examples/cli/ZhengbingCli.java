package org.zhengbing.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.zhengbing.core.region.RegionCode;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * The {@code zhengbing} command-line tool: the demo (the default command), the three accounts, quotas, cascades,
 * the calendar, the five-rate assessment and policy files.
 *
 * <p>Exit codes: 0 on success, 2 on bad usage (picocli's parameter errors), 1 on a policy or input error, reported
 * as one line on standard error ({@code error: ...}); {@code --verbose} adds the stack trace.
 */
@Command(name = "zhengbing", mixinStandardHelpOptions = true,
    header = "Conscription quotas, calendar, policy and benefits on embedded defaults. / "
        + "征兵任务分配、征兵日历、政策参数与优待计算。",
    footerHeading = "%nExample (示例):%n",
    footer = {
        "  zhengbing                      # the demo (演示)",
        "  zhengbing policy show quota.season_split.spring_share",
        "  . examples/target/zhengbing_completion    # bash/zsh completion (补全)",
        "  zhengbing generate-completion > zhengbing_completion",
    },
    versionProvider = BuildVersion.class,
    description = {"Zhengbing (征兵): conscription quotas, calendar, policy and benefits on embedded defaults.",
        "Without a command, runs the demo."},
    subcommands = {DemoCommand.class, AccountsCommand.class, QuotaCommand.class, CascadeCommand.class,
        CalendarCommand.class, AssessCommand.class, PolicyCommand.class, PolicyCommand.Params.class,
        AutoComplete.GenerateCompletion.class})
public final class ZhengbingCli implements Callable<Integer> {

  /** Exit code of a policy or input error. */
  public static final int INPUT_ERROR = 1;
  /** Exit code of bad usage. */
  public static final int USAGE_ERROR = 2;
  /** The time zone in which "today" is taken: China Standard Time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Spec
  CommandLine.Model.CommandSpec spec;

  private final Clock clock;

  ZhengbingCli() {
    this(Clock.system(ZONE));
  }

  ZhengbingCli(Clock clock) {
    this.clock = clock;
  }

  /** Today in China (Asia/Shanghai), the default date of the commands other than the demo. */
  LocalDate today() {
    return LocalDate.now(clock.withZone(ZONE));
  }

  /**
   * Runs the tool and exits with its code.
   *
   * @param args  the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
        java.nio.charset.StandardCharsets.UTF_8), true);
    System.exit(execute(args, out, err));
  }

  /**
   * Runs the tool with the given output streams, for tests and embedding.
   *
   * @param args  the arguments, not null
   * @param out  standard output, not null
   * @param err  standard error, not null
   * @return the exit code: 0 ok, 1 policy or input error, 2 usage error
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, Clock.system(ZONE));
  }

  /**
   * Runs the tool with the given output streams and clock, for tests and embedding.
   *
   * @param args  the arguments, not null
   * @param out  standard output, not null
   * @param err  standard error, not null
   * @param clock  the clock the default dates are read from (in Asia/Shanghai), not null
   * @return the exit code: 0 ok, 1 policy or input error, 2 usage error
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    boolean verbose = Arrays.asList(args).contains("--verbose");
    CommandLine cl = new CommandLine(new ZhengbingCli(clock));
    cl.setOut(out);
    cl.setErr(err);
    cl.registerConverter(RegionCode.class, ZhengbingCli::region);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      PrintWriter w = cmd.getErr();
      w.println("error: " + message(e));
      if (verbose) {
        e.printStackTrace(w);
      }
      w.flush();
      return INPUT_ERROR;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static RegionCode region(String text) {
    try {
      return RegionCode.of(text);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }

  /** A one-line message for an exception: its own message, with the cause of an I/O error. */
  static String message(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof UncheckedIOException && e.getCause() != null && !m.contains(String.valueOf(e.getCause()))) {
      m = m + ": " + e.getCause();
    }
    if (!(e instanceof RuntimeException) || e instanceof NullPointerException || e instanceof ClassCastException
        || e instanceof IndexOutOfBoundsException || e instanceof IllegalStateException) {
      m = "internal error (" + e.getClass().getSimpleName() + "): " + m + " (rerun with --verbose for details)";
    }
    return m.replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  public Integer call() {
    return new DemoCommand().run(spec.commandLine().getOut(), DemoCommand.DEFAULT_DATE, new CommonOptions(), false);
  }
}
