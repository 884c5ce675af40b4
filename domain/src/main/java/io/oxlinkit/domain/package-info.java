/** The pure domain of Oxlin Kit: depends on the JDK alone. */
package io.oxlinkit.domain;
