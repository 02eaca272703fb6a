package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ZhengbingCliTest {

  @TempDir
  Path dir;

  @Test
  void helpListsEveryCommand() {
    Cli r = Cli.run("--help");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("demo", "quota", "cascade", "calendar", "assess", "policy")
        .doesNotContain("params");
  }

  @Test
  void everyCommandHasHelp() {
    CommandLine root = new CommandLine(new ZhengbingCli());
    int checked = 0;
    for (var sub : root.getSubcommands().entrySet()) {
      Cli r = Cli.run(sub.getKey(), "--help");
      assertThat(r.code()).as(sub.getKey() + ": " + r).isZero();
      assertThat(r.out()).as(sub.getKey()).contains("Usage: zhengbing " + sub.getKey());
      checked++;
      for (String leaf : sub.getValue().getSubcommands().keySet()) {
        Cli l = Cli.run(sub.getKey(), leaf, "--help");
        assertThat(l.code()).as(sub.getKey() + " " + leaf + ": " + l).isZero();
        assertThat(l.out()).contains("Usage: zhengbing " + sub.getKey() + " " + leaf);
        checked++;
      }
    }
    // demo, quota, cascade, calendar, assess, policy (+ show, check, list), params
    assertThat(checked).isGreaterThanOrEqualTo(10);
  }

  @Test
  void versionPrintsTheVersion() {
    Cli r = Cli.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("zhengbing 0.1.0");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Cli r = Cli.run("frobnicate");
    assertThat(r.code()).as(r.toString()).isEqualTo(ZhengbingCli.USAGE_ERROR);
    assertThat(r.err()).contains("frobnicate");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Cli r = Cli.run("calendar", "--yaer", "2026");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown options: '--yaer'");
  }

  @Test
  void aBadRegionCodeIsAUsageErrorNamingTheValue() {
    Cli r = Cli.run("calendar", "--region", "5001");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("'5001'");
  }

  @Test
  void anInputErrorIsOneLineWithoutAStackTrace() throws Exception {
    Path units = dir.resolve("units.csv");
    Files.writeString(units, "code,weight\nA,-3\n");
    Cli r = Cli.run("quota", "--units", units.toString(), "--total", "5");
    assertThat(r.code()).as(r.toString()).isEqualTo(ZhengbingCli.INPUT_ERROR);
    assertThat(r.err().strip()).isEqualTo("error: " + units + ":2:2: weight '-3' must be a non-negative whole number");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void verbosePrintsTheStackTrace() throws Exception {
    Path units = dir.resolve("units.csv");
    Files.writeString(units, "code,weight\nA,-3\n");
    Cli r = Cli.run("quota", "--units", units.toString(), "--total", "5", "--verbose");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error: " + units + ":2:", "CsvFileException", "\tat org.zhengbing.examples.cli");
  }

  @Test
  void aMalformedPolicyFileIsAnInputErrorWithLineAndColumn() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "format: zhengbing-policy/1\nregion: \"500116\"\nparamters: {}\n");
    Cli r = Cli.run("demo", "--policy", bad.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + bad + ":3:1:").contains("paramters");
  }

  @Test
  void everyCommandReadsItsPolicyFiles() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "format: zhengbing-policy/1\nregion: \"500116\"\nparamters: {}\n");
    Path units = dir.resolve("units.csv");
    Files.writeString(units, "code,weight\nA,1\n");
    String[][] commands = {
        {"demo"}, {"accounts", "--birth-date", "2007-03-01"}, {"quota", "--units", units.toString(), "--total", "1"},
        {"cascade", "--root", "500116", "--weights", units.toString(), "--total", "1", "--out", dir.toString()},
        {"calendar"}, {"assess", "--records", units.toString()}, {"policy", "show", "quota.season_split.spring_share"},
        {"policy", "list"}, {"policy", "check", units.toString()}};
    for (String[] c : commands) {
      String[] args = java.util.Arrays.copyOf(c, c.length + 2);
      args[c.length] = "--policy";
      args[c.length + 1] = bad.toString();
      Cli r = Cli.run(args);
      assertThat(r.code()).as(String.join(" ", c) + ": " + r).isEqualTo(1);
      assertThat(r.err()).as(String.join(" ", c)).startsWith("error: " + bad + ":3:1:");
    }
  }

  @Test
  void aMissingPolicyFileIsAnInputError() {
    Path missing = dir.resolve("missing.yaml");
    Cli r = Cli.run("calendar", "--policy", missing.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").contains("missing.yaml");
  }

  @Test
  void messageAddsTheCauseOfAnIoError() {
    var e = new java.io.UncheckedIOException("cannot read x", new java.io.IOException("disk on fire"));
    assertThat(ZhengbingCli.message(e)).isEqualTo("cannot read x: java.io.IOException: disk on fire");
    assertThat(ZhengbingCli.message(new NullPointerException("boom"))).startsWith("internal error (NullPointerException)");
  }
}
