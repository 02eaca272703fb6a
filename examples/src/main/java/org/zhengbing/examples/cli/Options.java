package org.zhengbing.examples.cli;

import java.time.LocalDate;
import org.zhengbing.core.region.Region;
import org.zhengbing.core.region.RegionCatalog;
import org.zhengbing.core.region.RegionCode;
import picocli.CommandLine;

/** Conversions of option values shared by the commands. */
final class Options {

  private Options() {}

  /** The date given, or today in Asia/Shanghai. */
  static LocalDate dateOr(LocalDate given, CommandLine.Model.CommandSpec spec) {
    return given != null ? given : ((ZhengbingCli) spec.root().userObject()).today();
  }

  /** How a date was chosen, for the output: {@code 2026-12-02 (today in Asia/Shanghai)} or the date alone. */
  static String shown(LocalDate given, LocalDate used) {
    return given != null ? used.toString() : used + " (today in Asia/Shanghai; --date to fix it)";
  }

  static String regionName(RegionCode code) {
    return RegionCatalog.bundled().find(code).map(Region::name).orElse("(not in the bundled catalogue)");
  }
}
