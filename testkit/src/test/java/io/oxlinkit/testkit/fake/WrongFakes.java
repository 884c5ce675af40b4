package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.consent.Consent;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventHeader;
import io.oxlinkit.testkit.contract.OxlinApiContract;
import io.oxlinkit.testkit.contract.api.Emulator;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Test fixtures: the contract run on fakes that are wrong on purpose. Nested, so the build never runs
 * them as tests of their own; {@code OxlinApiContractCanFailTest} runs them and expects named failures.
 */
final class WrongFakes {

    private WrongFakes() {}

    /** Declined accounts stay listed: the consent call keeps only the grants. */
    static final class KeepsDeclinedAccounts extends OxlinApiContract {
        @Override
        protected Emulator startEmulator() {
            return new Rewired((method, args) -> {
                if (method.equals("giveConsent")) {
                    Consent consent = (Consent) args[1];
                    args[1] = new Consent(
                            consent.connectionId(),
                            consent.decisions().stream()
                                    .filter(ConsentDecision::granted)
                                    .toList());
                }
                return UnaryOperator.identity();
            });
        }
    }

    /** Every event names the connection's first channel, whichever channel it came from. */
    static final class MergesChannelEvents extends OxlinApiContract {
        @Override
        protected Emulator startEmulator() {
            return new Rewired((method, args) -> method.equals("poll")
                    ? result -> ((List<?>) result)
                            .stream().map(e -> firstChannel((Event) e)).toList()
                    : UnaryOperator.identity());
        }

        private static Event firstChannel(Event event) {
            EventHeader h = event.header();
            EventHeader merged = new EventHeader(
                    h.id(),
                    h.connectionId(),
                    h.createdAt(),
                    h.snapshot().flatMap(s -> s.channels().stream().findFirst()).map(Channel::definitionId),
                    h.snapshot());
            if (event instanceof Event.UserInputRequested e) {
                return new Event.UserInputRequested(merged, e.type(), e.prompt());
            }
            if (event instanceof Event.SynchronizationSucceeded e) {
                return new Event.SynchronizationSucceeded(merged, e.type());
            }
            if (event instanceof Event.SynchronizationFailed e) {
                return new Event.SynchronizationFailed(merged, e.type());
            }
            return new Event.Unrecognized(merged, ((Event.Unrecognized) event).rawType());
        }
    }

    /** Rewrites a call's arguments and its result on the way to the real fake. */
    interface Rewrite {
        UnaryOperator<Object> apply(String method, Object[] args);
    }

    /** The fake emulator, its port wrapped by a {@link Rewrite}. */
    private static final class Rewired extends FakeEmulator {
        private final OxlinApi wrapped;

        Rewired(Rewrite rewrite) {
            OxlinApi real = api;
            InvocationHandler handler = (proxy, method, args) -> {
                Object[] actual = args == null ? new Object[0] : args;
                UnaryOperator<Object> result = rewrite.apply(method.getName(), actual);
                try {
                    return result.apply(method.invoke(real, actual));
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            wrapped = (OxlinApi)
                    Proxy.newProxyInstance(OxlinApi.class.getClassLoader(), new Class<?>[] {OxlinApi.class}, handler);
        }

        @Override
        public OxlinApi api() {
            return wrapped;
        }
    }
}
