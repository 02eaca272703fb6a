package org.zhengbing.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.PolicySets;
import picocli.CommandLine.Option;

/** The options every command takes: {@code --policy FILE} (repeatable) and {@code --verbose}. */
final class CommonOptions {

  @Option(names = "--policy", paramLabel = "FILE",
      description = "A region's policy file (YAML) layered over the bundled defaults; repeatable, later files win.")
  List<Path> policies = new ArrayList<>();

  @Option(names = "--verbose", description = "On an error, print the stack trace too.")
  boolean verbose;

  /**
   * Returns the bundled national defaults and sample regions with the user's policy files layered on top.
   *
   * @return the policy, never null
   * @throws org.zhengbing.core.param.PolicyFileException if a file is malformed
   */
  PolicyBook book() {
    return layer(PolicySets.sampleRegions());
  }

  PolicyBook layer(PolicyBook base) {
    PolicyBook book = base;
    for (Path p : policies) {
      book = book.withFile(p);
    }
    return book;
  }
}
