package io.oxlinkit.adapter.http.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;

/** Accounts and transactions. */
@Headers({"Authorization: {authorization}", "Accept: application/json"})
public interface AccountsClient {

    @RequestLine("GET /accounts?connection_id={connection}&limit={limit}&page={page}")
    Response accounts(@Param("authorization") String authorization, @Param("connection") String connection,
                      @Param("limit") int limit, @Param("page") int page);

    @RequestLine("GET /transactions?account_id={account}&limit={limit}&page={page}")
    Response transactions(@Param("authorization") String authorization, @Param("account") String account,
                          @Param("limit") int limit, @Param("page") int page);
}
