/** Identifiers of OXLIN resources, as self-validating records around the wire string. */
package io.oxlinkit.domain.id;
