package io.oxlinkit.adapter.jdbc;

/** Every storage contract suite on PostgreSQL (127.0.0.1:5432, database test). */
class PostgresStorageContractTest extends JdbcStorageContracts {

    PostgresStorageContractTest() {
        super("postgres", Databases::postgres);
    }
}
