/** Accounts and transactions collected through connections; money as BigDecimal with a currency. */
package io.oxlinkit.domain.account;
