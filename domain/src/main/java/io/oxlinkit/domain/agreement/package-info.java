/** The guide's regulatory table: what a host may do with or without its own PSD2 agreement. */
package io.oxlinkit.domain.agreement;
