package io.oxlinkit.adapter.http.client;

import feign.Body;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;

/** {@code POST {authBase}/token}: the form body is built and URL-encoded by the caller. */
public interface TokenClient {

    @RequestLine("POST /token")
    @Headers("Content-Type: application/x-www-form-urlencoded")
    @Body("{form}")
    Response token(@Param("form") String form);
}
