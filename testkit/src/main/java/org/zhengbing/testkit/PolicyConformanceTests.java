package org.zhengbing.testkit;

import com.google.common.base.Splitter;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.PolicySets;

/**
 * The JUnit 5 entry point of the conformance suite: extend it in your own test sources and get one test per
 * {@link ConformanceRule}, each failing with the violations of its rule.
 *
 * <pre>{@code
 * class MyCountyPolicyTests extends PolicyConformanceTests {
 *   @Override
 *   protected List<Path> policyFiles() {
 *     return List.of(Path.of("src/main/policy/my-county.yaml"));
 *   }
 * }
 * }</pre>
 *
 * <p>By default the files come from the system property {@value #POLICY_PROPERTY}: paths separated by the
 * platform's path separator or by commas, read in order over {@link #base()} (the national defaults). Without the
 * property, the bundled national defaults are checked on their own.
 */
public abstract class PolicyConformanceTests {

  /** The system property naming the policy files to check. */
  public static final String POLICY_PROPERTY = "zhengbing.policy";

  /**
   * Returns the policy files to check, in layering order. The default reads the system property
   * {@value #POLICY_PROPERTY}.
   *
   * @return the files, never null
   */
  protected List<Path> policyFiles() {
    String value = System.getProperty(POLICY_PROPERTY, "");
    return Splitter.onPattern("[,\\" + File.pathSeparatorChar + "]").trimResults().omitEmptyStrings()
        .splitToStream(value).map(Path::of).collect(Collectors.toList());
  }

  /**
   * Returns the policy the files are read over. The default is {@link PolicySets#nationalDefaults()}.
   *
   * @return the base policy, never null
   */
  protected PolicyBook base() {
    return PolicySets.nationalDefaults();
  }

  /**
   * Returns one test per rule.
   *
   * @return the tests, never null
   */
  @TestFactory
  public Stream<DynamicTest> conformance() {
    ConformanceReport report = PolicyConformance.check(base(), policyFiles());
    return EnumSet.allOf(ConformanceRule.class).stream().map(rule -> DynamicTest.dynamicTest(
        rule.id() + ": " + rule.description(), () -> {
          List<Violation> found = report.violations(rule);
          if (!found.isEmpty()) {
            throw new AssertionError(found.size() + (found.size() == 1 ? " violation" : " violations")
                + " of rule '" + rule.id() + "' (" + rule.description() + "):\n"
                + found.stream().map(Violation::toLine).collect(Collectors.joining("\n")));
          }
        }));
  }
}
