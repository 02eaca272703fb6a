package org.zhengbing.examples.integration;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.PolicyFileException;

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
 * <p>Reloads are logged through SLF4J: at INFO when the new policy is in force (the reader has already logged the
 * file's SHA-256 and counts), and by {@link #tryReload()} at WARN when it is rejected, with the file, line, column
 * and problem; never anything about the people the policy is applied to.
 *
 * <p>This class is thread-safe.
 */
public final class ReloadablePolicy {

  private static final Logger LOG = LoggerFactory.getLogger(ReloadablePolicy.class);

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
    LOG.info("policy reload accepted: {} is in force", file);
    return next;
  }

  /**
   * Reads the file again and puts it in force if it is valid, for a reload on a timer or a signal where no caller
   * waits for an exception: a rejected file is logged at WARN with its file, line, column and problem.
   *
   * @return true if the new policy is in force, false if it was rejected and the previous policy stays in force
   */
  public boolean tryReload() {
    try {
      reload();
      return true;
    } catch (PolicyFileException | UncheckedIOException e) {
      LOG.warn("policy reload rejected, the previous policy stays in force: {}", e.getMessage());
      return false;
    }
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
