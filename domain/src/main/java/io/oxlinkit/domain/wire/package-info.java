/** Tolerant reading of OXLIN wire values shared by every domain enumeration. */
package io.oxlinkit.domain.wire;
