/** Every storage port on plain JDBC: H2, PostgreSQL, MariaDB; Flyway migrations; sealed user secrets. */
package io.oxlinkit.adapter.jdbc;
