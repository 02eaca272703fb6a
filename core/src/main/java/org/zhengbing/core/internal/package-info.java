/**
 * Implementation details shared between Zhengbing modules. Not an API: anything here may change without notice.
 */
@NullMarked
package org.zhengbing.core.internal;

import org.jspecify.annotations.NullMarked;
