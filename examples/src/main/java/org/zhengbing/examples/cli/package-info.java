/**
 * The {@code zhengbing} command-line tool (picocli), shaded into {@code examples/target/zhengbing.jar}.
 *
 * <p>{@link org.zhengbing.examples.cli.ZhengbingCli} is the entry point; each command is a small class that reads
 * its inputs strictly (CSV rows with file and line in every error), calls the library and prints the result.
 * {@code ZhengbingCli.execute(args, out, err)} runs it in-process:
 * <pre>{@code int code = ZhengbingCli.execute(new String[] {"quota", "--units", "units.csv", "--total", "120"}, out, err);}</pre>
 * Exit codes: 0 ok, 1 policy or input error (one line on standard error), 2 usage error.
 */
@NullMarked
package org.zhengbing.examples.cli;

import org.jspecify.annotations.NullMarked;
