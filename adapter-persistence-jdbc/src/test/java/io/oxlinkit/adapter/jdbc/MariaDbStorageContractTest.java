package io.oxlinkit.adapter.jdbc;

/** Every storage contract suite on MariaDB (127.0.0.1:3306, database test). */
class MariaDbStorageContractTest extends JdbcStorageContracts {

    MariaDbStorageContractTest() {
        super("mariadb", Databases::mariadb);
    }
}
