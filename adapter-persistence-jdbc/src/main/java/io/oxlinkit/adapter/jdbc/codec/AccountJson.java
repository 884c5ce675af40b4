package io.oxlinkit.adapter.jdbc.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.domain.account.Account;

/** An account as one JSON document (the change feed keeps each account change's state), in the snapshot's account form. */
public final class AccountJson {

    private final ObjectMapper mapper = new ObjectMapper();
    private final DomainCodec codec = new DomainCodec();

    /** The account's stored JSON form. */
    public String write(Account account) {
        try {
            return mapper.writeValueAsString(codec.account(account).put("v", 1));
        } catch (JsonProcessingException impossible) {
            throw new StorageException("an account could not be written as JSON", impossible);
        }
    }

    /** The account a stored JSON form holds. */
    public Account read(String json) {
        try {
            return codec.account(mapper.readTree(json));
        } catch (JsonProcessingException | RuntimeException unreadable) {
            throw new StorageException("a stored account change could not be read", unreadable);
        }
    }
}
