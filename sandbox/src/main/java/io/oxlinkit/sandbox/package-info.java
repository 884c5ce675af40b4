/** A local emulator of the OXLIN API v2.1 over real HTTP; shares no code with the client on purpose. */
package io.oxlinkit.sandbox;
