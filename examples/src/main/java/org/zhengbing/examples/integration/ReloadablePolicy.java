package org.zhengbing.examples.integration;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.zhengbing.core.param.PolicyBook;

/**
 * A province's policy file loaded at start-up and reloaded on demand (after an edit, on a signal or a timer): the
 * file is read over the bundled base into a new immutable {@link PolicyBook}, which replaces the current one in a
 * single atomic swap. Requests in flight keep the book they started with; a malformed file is rejected with its
 * line and column and the current book stays in force.
 *
 * <pre>{@code
 * ReloadablePolicy policy = ReloadablePolicy.load(PolicySets.nationalDefaults(), Path.of("policy/chongqing.yaml"));
 * BenefitsCalculator.of(policy.current()).calculate(profile);   // per request
 * policy.reload();                                              // after the file changed
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class ReloadablePolicy {

  private final PolicyBook base;
  private final Path file;
  private final AtomicReference<PolicyBook> current;

  private ReloadablePolicy(PolicyBook base, Path file, PolicyBook first) {
    this.base = base;
    this.file = file;
    this.current = new AtomicReference<>(first);
  }

  /**
   * Loads a policy file over a base at start-up.
   *
   * @param base  the bundled policy the file is read over, not null
   * @param file  the province's policy file, not null
   * @return the holder, never null
   * @throws org.zhengbing.core.param.PolicyFileException if the file is malformed: fail the start-up
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static ReloadablePolicy load(PolicyBook base, Path file) {
    checkNotNull(base, "base");
    checkNotNull(file, "file");
    return new ReloadablePolicy(base, file, base.withFile(file));
  }

  /**
   * Returns the policy in force; take it once per request and use it throughout.
   *
   * @return the policy, never null
   */
  public PolicyBook current() {
    return current.get();
  }

  /**
   * Reads the file again and, if it is valid, puts it in force.
   *
   * @return the new policy, never null
   * @throws org.zhengbing.core.param.PolicyFileException if the file is now malformed or missing; the previous
   *     policy stays in force
   * @throws java.io.UncheckedIOException if the file cannot be read; the previous policy stays in force
   */
  public PolicyBook reload() {
    PolicyBook next = base.withFile(file); // throws before anything changes
    current.set(next);
    return next;
  }

  /**
   * Returns the file.
   *
   * @return the file, never null
   */
  public Path file() {
    return file;
  }
}
