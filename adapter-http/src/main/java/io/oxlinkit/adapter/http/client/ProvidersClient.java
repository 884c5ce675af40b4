package io.oxlinkit.adapter.http.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import io.oxlinkit.adapter.http.wire.Bodies;

/** Providers and authorize URLs. */
@Headers({"Authorization: {authorization}", "Accept: application/json"})
public interface ProvidersClient {

    @RequestLine("GET /providers")
    Response list(@Param("authorization") String authorization);

    @RequestLine("GET /providers/{id}")
    Response get(@Param("authorization") String authorization, @Param("id") String id);

    @RequestLine("POST /providers/{id}/channels/{channel}/authorize_url")
    @Headers("Content-Type: application/json")
    Response authorizeUrl(
            @Param("authorization") String authorization,
            @Param("id") String id,
            @Param("channel") String channel,
            Bodies.AuthorizeUrl body);
}
