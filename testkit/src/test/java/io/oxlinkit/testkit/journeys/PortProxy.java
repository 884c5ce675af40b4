package io.oxlinkit.testkit.journeys;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A port (a store, the API) seen through a proxy, for tests that count, hold, fail or replace some of its calls:
 * the interceptor sees each call and decides whether and how the real one runs; the real one's exceptions come
 * out unwrapped, as the port's own.
 */
final class PortProxy {

    /** Runs the real call. */
    @FunctionalInterface
    interface Proceed {
        Object call() throws Throwable;
    }

    /** Sees one call; answers what the proxy answers. */
    @FunctionalInterface
    interface Interceptor {
        Object intercept(Method method, Object[] args, Proceed proceed) throws Throwable;
    }

    private PortProxy() {}

    @SuppressWarnings("unchecked")
    static <T> T around(Class<T> port, T target, Interceptor interceptor) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            Object[] arguments = args == null ? new Object[0] : args;
            return interceptor.intercept(method, arguments, () -> {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException thrown) {
                    throw thrown.getCause();
                }
            });
        });
    }
}
