package io.oxlinkit.cli.fleet;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source whose next statements fail on demand ({@link #failNextStatements}), as a database that drops a
 * connection or times a statement out: the statement is refused before it runs, the transaction rolls back.
 */
final class FlakyDatabase {

    private final DataSource delegate;
    private final AtomicInteger failing = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    FlakyDatabase(DataSource delegate) {
        this.delegate = delegate;
    }

    /** The next {@code count} statements prepared fail. */
    void failNextStatements(int count) {
        failing.set(count);
    }

    /** How many statements were refused. */
    int failed() {
        return failed.get();
    }

    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(delegate, method, args);
                    return result instanceof Connection connection ? flaky(connection) : result;
                });
    }

    private Connection flaky(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") && failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        failed.incrementAndGet();
                        throw new SQLTransientConnectionException("injected: the database dropped the statement");
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
