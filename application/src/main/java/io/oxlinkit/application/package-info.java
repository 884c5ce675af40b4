/** The OxlinKit facade a host holds, and its builder. */
package io.oxlinkit.application;
