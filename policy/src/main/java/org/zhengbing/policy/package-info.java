/**
 * Zhengbing policy module (under construction).
 */
@NullMarked
package org.zhengbing.policy;

import org.jspecify.annotations.NullMarked;
