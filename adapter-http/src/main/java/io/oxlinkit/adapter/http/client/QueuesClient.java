package io.oxlinkit.adapter.http.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import io.oxlinkit.adapter.http.wire.Bodies;

/** Event queues. */
@Headers({"Authorization: {authorization}", "Accept: application/json"})
public interface QueuesClient {

    @RequestLine("POST /queues/subscribe")
    @Headers("Content-Type: application/json")
    Response subscribe(@Param("authorization") String authorization, Bodies.Subscribe body);

    @RequestLine("GET /queues/{id}")
    Response poll(@Param("authorization") String authorization, @Param("id") String id);
}
