package io.oxlinkit.adapter.http.log;

import feign.Request;
import feign.Response;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's log lines through SLF4J at DEBUG: the request line and the response status with its time,
 * never headers or bodies, and every line passed through {@link Redactor} as a second guard.
 */
public final class RedactingFeignLogger extends feign.Logger {

    private static final Logger LOG = LoggerFactory.getLogger("io.oxlinkit.adapter.http.wire");

    @Override
    protected void log(String configKey, String format, Object... args) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(Redactor.redact(methodTag(configKey) + String.format(format, args)));
        }
    }

    @Override
    protected void logRequest(String configKey, Level logLevel, Request request) {
        log(configKey, "---> %s %s", request.httpMethod().name(), request.url());
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime)
            throws IOException {
        log(configKey, "<--- %s (%sms)", response.status(), elapsedTime);
        return response;
    }
}
