/**
 * Explanations and citations: every result in Zhengbing carries an {@link org.zhengbing.core.explain.Explanation},
 * an ordered list of {@link org.zhengbing.core.explain.Step}s whose inputs name the parameter values used with
 * their {@link org.zhengbing.core.explain.Provenance} (key, region scope, effective dates,
 * {@link org.zhengbing.core.explain.Citation} and {@link org.zhengbing.core.explain.Confidence}).
 *
 * <p>Typed values inside explanations and parameters are {@link org.zhengbing.core.explain.Datum}s. Rendering an
 * explanation to words is a separate, locale-taking component; nothing here reads the default locale.
 *
 * <pre>{@code
 * Explanation e = result.explanation();
 * e.result();            // equals the returned amount
 * e.isIllustrative();    // true if any step rests on an ILLUSTRATIVE value
 * }</pre>
 */
@NullMarked
@ZhengbingStyle
package org.zhengbing.core.explain;

import org.jspecify.annotations.NullMarked;
import org.zhengbing.core.internal.ZhengbingStyle;
