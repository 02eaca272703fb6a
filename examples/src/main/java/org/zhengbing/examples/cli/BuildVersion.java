package org.zhengbing.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of the build ({@code --version}), from {@code version.properties} filtered by Maven. */
final class BuildVersion implements IVersionProvider {

  static String version() {
    Properties p = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the build");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties", e);
    }
    return p.getProperty("version");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"zhengbing " + version(),
        "Java " + Runtime.version() + ", " + System.getProperty("java.vm.name") + "; dates in Asia/Shanghai"};
  }
}
