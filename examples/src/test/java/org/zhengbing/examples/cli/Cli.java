package org.zhengbing.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;

/** Runs the tool in-process and captures its exit code, standard output and standard error. */
record Cli(int code, String out, String err) {

  /** The tests' clock: 00:00 on 1 January 2026 in China (16:00 UTC the day before). */
  static final Clock NEW_YEAR_2026 = Clock.fixed(Instant.parse("2025-12-31T16:00:00Z"), ZhengbingCli.ZONE);

  static Cli run(String... args) {
    return runAt(NEW_YEAR_2026, args);
  }

  static Cli runAt(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ZhengbingCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), clock);
    return new Cli(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
  }
}
