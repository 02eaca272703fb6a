/**
 * Reusable QuickTheories generators for the policy module's domain types, shipped in the policy test-jar:
 * {@link org.zhengbing.policy.testing.ProfileGen} gives possible candidate profiles in the settings the bundled sample
 * policy covers, or in any setting of your own policy; {@link org.zhengbing.policy.testing.Personas} the golden
 * personas of the three-accounts statement, and {@link org.zhengbing.policy.testing.AccountsPage} writes one's
 * printable page (for {@code scripts/render-accounts-screenshot.sh}).
 *
 * <pre>{@code
 * qt().forAll(ProfileGen.sampleProfiles()).checkAssert(p -> ...);
 * }</pre>
 */
@NullMarked
package org.zhengbing.policy.testing;

import org.jspecify.annotations.NullMarked;
