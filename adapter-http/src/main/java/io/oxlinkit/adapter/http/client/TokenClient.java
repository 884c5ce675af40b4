package io.oxlinkit.adapter.http.client;

import feign.Headers;
import feign.RequestLine;
import feign.Response;

/** {@code POST {authBase}/token}: the form body is built, URL-encoded and wiped by the caller (as bytes: no String). */
public interface TokenClient {

    @RequestLine("POST /token")
    @Headers("Content-Type: application/x-www-form-urlencoded")
    Response token(byte[] form);
}
