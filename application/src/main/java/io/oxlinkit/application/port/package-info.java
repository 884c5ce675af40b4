/**
 * Outbound ports: the OXLIN API, credential encryption, storage and user secrets. Adapters implement
 * them; the testkit's contract suites state and check their contracts.
 */
package io.oxlinkit.application.port;
