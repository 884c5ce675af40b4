/** The oxlin command line: the composition root of Oxlin Kit. */
package io.oxlinkit.cli;
