package io.oxlinkit.adapter.http.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import io.oxlinkit.adapter.http.wire.Bodies;

/** Connections, channels, challenges and consents. */
@Headers({"Authorization: {authorization}", "Accept: application/json"})
public interface ConnectionsClient {

    @RequestLine("POST /connections")
    @Headers("Content-Type: application/json")
    Response create(@Param("authorization") String authorization, Bodies.NewConnection body);

    @RequestLine("GET /connections/{id}")
    Response get(@Param("authorization") String authorization, @Param("id") String id);

    @RequestLine("GET /connections")
    Response list(@Param("authorization") String authorization);

    @RequestLine("DELETE /connections/{id}")
    Response delete(@Param("authorization") String authorization, @Param("id") String id);

    @RequestLine("PUT /connections/{id}/channels/{channel}")
    @Headers("Content-Type: application/json")
    Response updateChannel(
            @Param("authorization") String authorization,
            @Param("id") String id,
            @Param("channel") String channel,
            Bodies.ChannelUpdate body);

    @RequestLine("PUT /connections/{id}/credentials/{credential}")
    @Headers("Content-Type: application/json")
    Response updateCredential(
            @Param("authorization") String authorization,
            @Param("id") String id,
            @Param("credential") String credential,
            Bodies.OneCredential body);

    @RequestLine("POST /connections/{id}/channels/{channel}/user_input")
    @Headers("Content-Type: application/json")
    Response userInput(
            @Param("authorization") String authorization,
            @Param("id") String id,
            @Param("channel") String channel,
            Bodies.UserInput body);

    @RequestLine("PUT /connections/{id}/consents")
    @Headers("Content-Type: application/json")
    Response consents(@Param("authorization") String authorization, @Param("id") String id, Bodies.Consents body);
}
