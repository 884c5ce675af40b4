package io.oxlinkit.adapter.http.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;

/** Accounts and transactions. */
@Headers({"Authorization: {authorization}", "Accept: application/json"})
public interface AccountsClient {

    @RequestLine("GET /accounts?connection_id={connection}&limit={limit}&page={page}")
    Response accounts(
            @Param("authorization") String authorization,
            @Param("connection") String connection,
            @Param("limit") int limit,
            @Param("page") int page);

    /** The date filters are epoch seconds; a null one is left out of the query (Feign drops undefined expressions). */
    @RequestLine(
            "GET /transactions?account_id={account}&limit={limit}&page={page}&start_date={startDate}&end_date={endDate}"
                    + "&start_import_date={startImportDate}")
    Response transactions(
            @Param("authorization") String authorization,
            @Param("account") String account,
            @Param("limit") int limit,
            @Param("page") int page,
            @Param("startDate") Long startDate,
            @Param("endDate") Long endDate,
            @Param("startImportDate") Long startImportDate);
}
