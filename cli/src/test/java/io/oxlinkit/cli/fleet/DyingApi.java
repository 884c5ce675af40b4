package io.oxlinkit.cli.fleet;

import io.oxlinkit.application.port.OxlinApi;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The API as a process that can die sees it: once {@code killed} is set every call fails, and the process dies
 * at the transaction page for which {@code diesAtThisPage} answers true (asked on each page fetched).
 */
final class DyingApi {

    private DyingApi() {}

    static OxlinApi wrap(OxlinApi delegate, String name, AtomicBoolean killed, BooleanSupplier diesAtThisPage) {
        return (OxlinApi) Proxy.newProxyInstance(
                OxlinApi.class.getClassLoader(), new Class<?>[] {OxlinApi.class}, (proxy, method, args) -> {
                    if (killed.get()) {
                        throw new IllegalStateException("instance " + name + " is dead");
                    }
                    if (method.getName().equals("transactions") && diesAtThisPage.getAsBoolean()) {
                        killed.set(true);
                        throw new IllegalStateException("instance " + name + " dies in the middle of a sync");
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }
}
