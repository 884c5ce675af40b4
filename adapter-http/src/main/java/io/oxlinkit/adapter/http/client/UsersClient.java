package io.oxlinkit.adapter.http.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import io.oxlinkit.adapter.http.wire.Bodies;

/** Users. */
@Headers({"Authorization: {authorization}", "Accept: application/json"})
public interface UsersClient {

    @RequestLine("POST /users")
    @Headers("Content-Type: application/json")
    Response create(@Param("authorization") String authorization, Bodies.NewUser body);

    @RequestLine("GET /users/me")
    Response me(@Param("authorization") String authorization);

    @RequestLine("DELETE /users/{id}")
    Response delete(@Param("authorization") String authorization, @Param("id") String id);
}
