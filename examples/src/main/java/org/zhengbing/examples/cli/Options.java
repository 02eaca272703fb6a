package org.zhengbing.examples.cli;

import org.zhengbing.core.region.Region;
import org.zhengbing.core.region.RegionCatalog;
import org.zhengbing.core.region.RegionCode;

/** Conversions of option values shared by the commands. */
final class Options {

  private Options() {}

  static String regionName(RegionCode code) {
    return RegionCatalog.bundled().find(code).map(Region::name).orElse("(not in the bundled catalogue)");
  }
}
