package io.oxlinkit.adapter.http.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import io.oxlinkit.adapter.http.wire.Bodies;

/** PGP keys. */
@Headers({"Authorization: {authorization}", "Accept: application/json"})
public interface KeysClient {

    @RequestLine("POST /keys")
    @Headers("Content-Type: application/json")
    Response create(@Param("authorization") String authorization, Bodies.NewKey body);

    @RequestLine("GET /keys/{id}")
    Response get(@Param("authorization") String authorization, @Param("id") String id);
}
