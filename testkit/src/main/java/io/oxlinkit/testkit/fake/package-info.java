/** A scriptable in-memory fake of the OXLIN API and a stand-in credential encryptor, for host tests. */
package io.oxlinkit.testkit.fake;
